import type { ModerationQueueFilter, NetworkDetail } from '@inclusieplein/contract';
import { Paragraph } from '@utrecht/component-library-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { PageHeading } from '../../a11y/PageHeading';
import { networkApi } from '../../api/endpoints';
import { moderationApi } from '../../api/moderationEndpoints';
import { useApi } from '../../api/useApi';
import { AppLink } from '../../components/AppLink';
import { RequireLogin } from '../../components/RequireLogin';
import { BansSection } from './BansSection';
import { ModerationSettingsSection } from './ModerationSettingsSection';
import { moderationPaths } from './moderationPaths';
import { NetworkModerationGate } from './NetworkModerationGate';
import { HANDLED_PARAMETER, QueueView } from './QueueView';

/** Reads the queue filter from the URL: `?status=afgehandeld` for handled reports, open otherwise. */
function useQueueFilter(): ModerationQueueFilter {
  const [parameters] = useSearchParams();
  return parameters.get('status') === HANDLED_PARAMETER ? 'handled' : 'open';
}

const filterSearch = (status: ModerationQueueFilter) => (status === 'handled' ? `?status=${HANDLED_PARAMETER}` : '');

/** Renders the moderation page of one network: its live queue, settings and bans. */
export function ModerationQueuePage() {
  const { t } = useTranslation();
  return (
    <NetworkModerationGate title={t('moderation.queue.pageTitle')}>
      {(network) => <NetworkQueue network={network} />}
    </NetworkModerationGate>
  );
}

function NetworkQueue({ network }: { network: NetworkDetail }) {
  const { t } = useTranslation();
  const status = useQueueFilter();

  return (
    <>
      <Paragraph className="breadcrumb">
        <AppLink to={`/netwerken/${network.slug}`}>{t('moderation.backToNetworkName', { name: network.name })}</AppLink>
      </Paragraph>
      <PageHeading title={t('moderation.queue.networkTitle', { name: network.name })} />
      <nav aria-label={t('moderation.pagesNav')}>
        <ul className="plain-list moderation-links">
          <li>
            <AppLink to={moderationPaths.auditLog(network.slug)}>{t('moderation.auditLog.link')}</AppLink>
          </li>
          <li>
            <AppLink to={moderationPaths.codeOfConduct(network.slug)}>{t('moderation.codeOfConduct.link')}</AppLink>
          </li>
        </ul>
      </nav>
      <QueueView
        status={status}
        load={(filter) => moderationApi.queue(network.slug, filter)}
        hrefFor={(filter) => `${moderationPaths.queue(network.slug)}${filterSearch(filter)}`}
        liveNetworkId={network.id}
      />
      <ModerationSettingsSection slug={network.slug} />
      <BansSection slug={network.slug} />
    </>
  );
}

/**
 * Renders the queues of every network together, for platform administrators. The page joins the
 * live moderation room of every active network, so new reports show and are announced without a reload.
 */
export function ModerationOverviewPage() {
  const { t } = useTranslation();
  const status = useQueueFilter();
  const networks = useApi(() => networkApi.list(), []);
  const liveNetworkIds = useMemo(
    () => networks.data?.networks.filter((network) => network.status === 'active').map((network) => network.id),
    [networks.data],
  );
  return (
    <RequireLogin title={t('moderation.overview.title')} adminOnly>
      <PageHeading title={t('moderation.overview.title')} />
      <Paragraph>{t('moderation.overview.intro')}</Paragraph>
      <Paragraph>
        <AppLink to={moderationPaths.overviewAuditLog()}>{t('moderation.auditLog.allLink')}</AppLink>
      </Paragraph>
      <QueueView
        status={status}
        load={(filter) => moderationApi.allQueues(filter)}
        hrefFor={(filter) => `${moderationPaths.overview()}${filterSearch(filter)}`}
        liveNetworkIds={liveNetworkIds}
        showNetwork
      />
    </RequireLogin>
  );
}
