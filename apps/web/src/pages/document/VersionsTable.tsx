import type { DocumentVersion } from '@inclusieplein/contract';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format';
import { useFileFacts } from './fileFacts';

/** Lists all versions of a document, newest first, each with its own download link. */
export function VersionsTable({ versions, title }: { versions: DocumentVersion[]; title: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const facts = useFileFacts();

  return (
    <div className="table-scroll">
      <table className="utrecht-table document-versions">
        <caption className="utrecht-table__caption">
          {t('documents.versions.caption', { count: versions.length })}
        </caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th scope="col" className="utrecht-table__header-cell">{t('documents.versions.number')}</th>
            <th scope="col" className="utrecht-table__header-cell">{t('documents.versions.by')}</th>
            <th scope="col" className="utrecht-table__header-cell">{t('documents.versions.when')}</th>
            <th scope="col" className="utrecht-table__header-cell">{t('documents.versions.note')}</th>
            <th scope="col" className="utrecht-table__header-cell">{t('documents.versions.file')}</th>
            <th scope="col" className="utrecht-table__header-cell">{t('documents.versions.download')}</th>
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {versions.map((version) => (
            <tr key={version.number} className="utrecht-table__row">
              <th scope="row" className="utrecht-table__header-cell">{t('documents.versions.numberValue', { number: version.number })}</th>
              <td className="utrecht-table__cell">{version.uploadedBy.displayName}</td>
              <td className="utrecht-table__cell">
                <time dateTime={version.uploadedAt}>{format.dateTime(version.uploadedAt)}</time>
              </td>
              <td className="utrecht-table__cell">{version.note ?? t('documents.versions.noNote')}</td>
              <td className="utrecht-table__cell">{facts.formatAndSize(version.format, version.sizeBytes)}</td>
              <td className="utrecht-table__cell">
                <a className="utrecht-link utrecht-link--html-a" href={version.downloadUrl} download>
                  {t('documents.versions.downloadLink', {
                    number: version.number,
                    title,
                    file: facts.formatAndSize(version.format, version.sizeBytes),
                  })}
                </a>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
