import type { NetworkSummary } from '@inclusieplein/contract';
import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { AppLink } from '../../components/AppLink';
import { DemoBadge, RoleBadge, VisibilityBadge } from '../../components/badges';
import { useFormat } from '../../i18n/format';

/** Summary of one network in the list, with its name as a heading that links to the network. */
export function NetworkCard({ network }: { network: NetworkSummary }) {
  const { t } = useTranslation();
  const format = useFormat();

  return (
    <article className="card" aria-labelledby={`network-${network.id}`}>
      <h3 className="utrecht-heading-3" id={`network-${network.id}`}>
        <AppLink to={`/netwerken/${network.slug}`}>{network.name}</AppLink>
      </h3>
      <div className="badge-row">
        <VisibilityBadge visibility={network.visibility} />
        {network.isDemo && <DemoBadge />}
        {network.myRole && <RoleBadge role={network.myRole} />}
      </div>
      <Paragraph>
        <strong>{t('networks.theme')}:</strong> {network.theme}
      </Paragraph>
      <Paragraph>{network.description}</Paragraph>
      <Paragraph>
        {t('networks.memberCount', { count: network.memberCount, formatted: format.number(network.memberCount) })}
        {' · '}
        {t('networks.threadCount', { count: network.threadCount, formatted: format.number(network.threadCount) })}
      </Paragraph>
      {network.crpdArticleNumbers.length > 0 && (
        <Paragraph>
          {t('networks.articleNumbers', {
            count: network.crpdArticleNumbers.length,
            numbers: [...network.crpdArticleNumbers].sort((a, b) => a - b).join(', '),
          })}
        </Paragraph>
      )}
    </article>
  );
}
