import { Heading4 } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { threadApi } from '../../api/endpoints';
import { useApi } from '../../api/useApi';
import { ErrorAlert } from '../../components/ErrorText';
import { Loading } from '../../components/Loading';
import { useFormat } from '../../i18n/format';

/** Earlier texts of a post in the order the API sends them, shown as Markdown source because revisions carry no HTML. */
export function RevisionHistory({ postId, id }: { postId: string; id: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const revisions = useApi(() => threadApi.revisions(postId), [postId]);

  return (
    <section id={id} aria-labelledby={`${id}-heading`} className="revisions">
      <Heading4 id={`${id}-heading`}>{t('posts.revisionsTitle')}</Heading4>
      {revisions.error !== undefined && <ErrorAlert error={revisions.error} />}
      {revisions.loading && !revisions.data && <Loading />}
      {revisions.data && revisions.data.length === 0 && <p>{t('posts.noRevisions')}</p>}
      {revisions.data && revisions.data.length > 0 && (
        <ol className="revision-list">
          {revisions.data.map((revision) => (
            <li key={revision.id}>
              <p className="muted">
                {t(revision.byModerator ? 'posts.revisionReplacedByModerator' : 'posts.revisionReplaced', {
                  name: revision.editor.displayName,
                })}{' '}
                <time dateTime={revision.replacedAt}>{format.dateTime(revision.replacedAt)}</time>
              </p>
              <div className="revision-body">{revision.body}</div>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
