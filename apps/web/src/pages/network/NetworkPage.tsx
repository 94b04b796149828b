import { Alert, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { PageHeading } from '../../a11y/PageHeading';
import { isNotFound } from '../../api/errorText';
import { networkApi } from '../../api/endpoints';
import { useApi } from '../../api/useApi';
import { AppLink } from '../../components/AppLink';
import { EasyReadLink } from '../../components/EasyReadLink';
import { DemoBadge, RoleBadge, VisibilityBadge } from '../../components/badges';
import { ErrorAlert } from '../../components/ErrorText';
import { Loading } from '../../components/Loading';
import { useSession } from '../../session/SessionContext';
import { NotFoundPage } from '../NotFoundPage';
import { MemberSection } from './MemberSection';
import { MembershipPanel } from './MembershipPanel';
import { NetworkInfo } from './NetworkInfo';
import { NetworkDocumentsSection } from '../document/NetworkDocumentsSection';
import { NetworkPlansSection } from '../plan/NetworkPlansSection';
import { WatchLevelSection } from '../notifications/WatchLevelSection';
import { RequestsSection } from './RequestsSection';
import { ThreadSection } from './ThreadSection';
import { CodeOfConductLink, ModerationQueueLink } from '../moderation/NetworkModerationLinks';
import { MyStandingNotice } from '../moderation/MyStandingNotice';
import type { ModeratorLevel } from '../moderation/MemberModeration';

export function NetworkPage() {
  const { t } = useTranslation();
  const { slug = '' } = useParams();
  const { user } = useSession();
  const network = useApi(() => networkApi.get(slug), [slug]);

  if (isNotFound(network.error)) {
    return <NotFoundPage message={t('network.notFound')} />;
  }
  if (!network.data) {
    return network.error !== undefined ? (
      <>
        <PageHeading title={t('network.loadFailedTitle')} />
        <ErrorAlert error={network.error} />
      </>
    ) : (
      <Loading />
    );
  }

  const detail = network.data;
  const canModerate = detail.myRole === 'moderator' || detail.myRole === 'owner';
  const canManageRoles = detail.myRole === 'owner' || Boolean(user?.isAdmin);
  const reload = () => void network.reload();
  const moderatorLevel: ModeratorLevel | null = user?.isAdmin
    ? 'admin'
    : detail.myRole === 'owner' || detail.myRole === 'moderator'
      ? detail.myRole
      : null;

  return (
    <>
      <Paragraph className="breadcrumb">
        <AppLink to="/netwerken">{t('network.backToList')}</AppLink>
      </Paragraph>
      <PageHeading title={detail.name} />
      <EasyReadLink to="/makkelijk-lezen/lid-worden" />
      <div className="badge-row">
        <VisibilityBadge visibility={detail.visibility} />
        {detail.isDemo && <DemoBadge />}
        {detail.myRole && <RoleBadge role={detail.myRole} />}
      </div>

      {detail.status === 'proposed' && (
        <Alert type="info">
          <Paragraph>{t('network.statusProposed')}</Paragraph>
        </Alert>
      )}
      {detail.status === 'declined' && (
        <Alert type="warning">
          <Paragraph>{t('network.statusDeclined')}</Paragraph>
          {detail.decisionReason && <Paragraph>{t('network.reason', { reason: detail.decisionReason })}</Paragraph>}
        </Alert>
      )}

      <NetworkInfo network={detail} />
      {detail.status === 'active' && <CodeOfConductLink slug={detail.slug} />}
      {detail.myRole !== null && <MyStandingNotice slug={detail.slug} />}
      {moderatorLevel && detail.status === 'active' && <ModerationQueueLink network={detail} />}
      {detail.status === 'active' && <MembershipPanel network={detail} onChanged={reload} />}
      {detail.status === 'active' && detail.myRole !== null && <WatchLevelSection slug={detail.slug} />}
      {canModerate && <RequestsSection slug={detail.slug} onDecided={reload} />}

      {detail.canRead ? (
        <ThreadSection network={detail} canPost={detail.myRole !== null} />
      ) : (
        <section aria-labelledby="threads-closed-heading">
          <h2 id="threads-closed-heading" className="utrecht-heading-2">
            {t('threads.title')}
          </h2>
          <Paragraph>{t('threads.membersOnly')}</Paragraph>
        </section>
      )}

      {detail.canRead && <NetworkPlansSection network={detail} />}
      {detail.canRead && <NetworkDocumentsSection network={detail} />}

      {(detail.myRole !== null || user?.isAdmin) && (
        <MemberSection slug={detail.slug} canManageRoles={canManageRoles} currentUserId={user?.id} moderatorLevel={moderatorLevel} />
      )}
    </>
  );
}
