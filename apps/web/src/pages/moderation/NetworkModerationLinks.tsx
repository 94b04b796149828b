import type { NetworkDetail } from '@inclusieplein/contract';
import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { moderationApi } from '../../api/moderationEndpoints';
import { useApi } from '../../api/useApi';
import { AppLink } from '../../components/AppLink';
import { moderationPaths } from './moderationPaths';
import { useQueueCounts } from './useQueueCounts';

/** Link to the network's code of conduct, for everyone who can see the network. */
export function CodeOfConductLink({ slug }: { slug: string }) {
  const { t } = useTranslation();
  return (
    <Paragraph>
      <AppLink to={moderationPaths.codeOfConduct(slug)}>{t('moderation.codeOfConduct.link')}</AppLink>
    </Paragraph>
  );
}

/** For moderators: the moderation page of the network with the open work as a live count. */
export function ModerationQueueLink({ network }: { network: NetworkDetail }) {
  const { t } = useTranslation();
  const queue = useApi(() => moderationApi.queue(network.slug, 'open'), [network.slug]);
  const { counts } = useQueueCounts(network.id, queue.data);

  return (
    <section aria-labelledby="moderation-link-heading" className="panel">
      <Heading2 id="moderation-link-heading">{t('moderation.queue.linkTitle')}</Heading2>
      <Paragraph>
        <AppLink to={moderationPaths.queue(network.slug)}>
          {t('moderation.queue.linkText')}
          {counts && (
            <>
              {' '}
              <span className="count-badge">{t('moderation.queue.openCount', { count: counts.openReportCount })}</span>
              {counts.pendingPostCount > 0 && (
                <>
                  {' '}
                  <span className="count-badge">{t('moderation.queue.pendingCount', { count: counts.pendingPostCount })}</span>
                </>
              )}
            </>
          )}
        </AppLink>
      </Paragraph>
    </section>
  );
}
