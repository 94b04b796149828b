import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { libraryAdminApi } from '../../api/documentEndpoints';
import { useApi } from '../../api/useApi';
import { ErrorAlert } from '../../components/ErrorText';
import { Loading } from '../../components/Loading';
import { useFormat } from '../../i18n/format';

/** Log of permanently deleted documents: what, where, who, when, why, and the checksums of the removed files. */
export function DocumentDeletionsSection() {
  const { t } = useTranslation();
  const format = useFormat();
  const deletions = useApi(() => libraryAdminApi.deletions(), []);

  return (
    <section id="verwijderde-documenten" aria-labelledby="document-deletions-heading" className="panel">
      <Heading2 id="document-deletions-heading">{t('libraryAdmin.deletions.title')}</Heading2>
      <Paragraph>{t('libraryAdmin.deletions.intro')}</Paragraph>
      {deletions.error !== undefined && <ErrorAlert error={deletions.error} />}
      {deletions.loading && !deletions.data && <Loading />}
      {deletions.data && deletions.data.length === 0 && <Paragraph>{t('libraryAdmin.deletions.none')}</Paragraph>}
      {deletions.data && deletions.data.length > 0 && (
        <div className="table-scroll">
          <table className="utrecht-table">
            <caption className="utrecht-table__caption visually-hidden">{t('libraryAdmin.deletions.title')}</caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th scope="col" className="utrecht-table__header-cell">{t('libraryAdmin.deletions.document')}</th>
                <th scope="col" className="utrecht-table__header-cell">{t('documents.facts.place')}</th>
                <th scope="col" className="utrecht-table__header-cell">{t('libraryAdmin.deletions.by')}</th>
                <th scope="col" className="utrecht-table__header-cell">{t('libraryAdmin.deletions.when')}</th>
                <th scope="col" className="utrecht-table__header-cell">{t('libraryAdmin.deletions.reason')}</th>
                <th scope="col" className="utrecht-table__header-cell">{t('libraryAdmin.deletions.checksums')}</th>
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {deletions.data.map((entry) => (
                <tr key={entry.id} className="utrecht-table__row">
                  <th scope="row" className="utrecht-table__header-cell">{entry.title}</th>
                  <td className="utrecht-table__cell">{entry.network ? entry.network.name : t('documents.library')}</td>
                  <td className="utrecht-table__cell">{entry.deletedBy.displayName}</td>
                  <td className="utrecht-table__cell">
                    <time dateTime={entry.deletedAt}>{format.dateTime(entry.deletedAt)}</time>
                  </td>
                  <td className="utrecht-table__cell">{entry.reason}</td>
                  <td className="utrecht-table__cell">
                    <ul className="plain-list checksum-list">
                      {entry.sha256s.map((sha) => (
                        <li key={sha}>
                          <code translate="no" className="checksum__value">
                            {sha}
                          </code>
                        </li>
                      ))}
                    </ul>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
