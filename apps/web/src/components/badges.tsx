import type { NetworkRole, NetworkVisibility } from '@inclusieplein/contract';
import { StatusBadge } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';

/** Marks demo content, so readers do not mistake it for real conversations. */
export function DemoBadge() {
  const { t } = useTranslation();
  return (
    <StatusBadge status="warning" className="badge badge--demo" title={t('badges.demoExplanation')}>
      {t('badges.demo')}
    </StatusBadge>
  );
}

/** Open or closed, written out, so the meaning does not depend on colour. */
export function VisibilityBadge({ visibility }: { visibility: NetworkVisibility }) {
  const { t } = useTranslation();
  return (
    <StatusBadge status={visibility === 'open' ? 'safe' : 'neutral'} className="badge">
      {t(`networks.visibility.${visibility}`)}
    </StatusBadge>
  );
}

export function RoleBadge({ role }: { role: NetworkRole }) {
  const { t } = useTranslation();
  return (
    <StatusBadge status="active" className="badge">
      {t('networks.yourRole', { role: t(`networks.role.${role}`) })}
    </StatusBadge>
  );
}
