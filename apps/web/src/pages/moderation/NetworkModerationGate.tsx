import type { NetworkDetail } from '@inclusieplein/contract';
import { Paragraph } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { PageHeading } from '../../a11y/PageHeading';
import { networkApi } from '../../api/endpoints';
import { isNotFound } from '../../api/errorText';
import { useApi } from '../../api/useApi';
import { AppLink } from '../../components/AppLink';
import { ErrorAlert } from '../../components/ErrorText';
import { Loading } from '../../components/Loading';
import { RequireLogin } from '../../components/RequireLogin';
import { useSession } from '../../session/SessionContext';
import { NotFoundPage } from '../NotFoundPage';
import type { ModeratorLevel } from './MemberModeration';

/** Returns how the signed-in person moderates a network, or null when they do not. */
export function moderatorLevelOf(network: NetworkDetail, isAdmin: boolean): ModeratorLevel | null {
  if (isAdmin) {
    return 'admin';
  }
  return network.myRole === 'owner' || network.myRole === 'moderator' ? network.myRole : null;
}

/** Renders the usual "no access" state of a moderation page, with a way back to the network. */
export function NoModerationAccess({ title, slug }: { title: string; slug?: string }) {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading title={title} />
      <Paragraph>{t('moderation.noAccess')}</Paragraph>
      {slug && (
        <Paragraph>
          <AppLink to={`/netwerken/${encodeURIComponent(slug)}`}>{t('moderation.backToNetwork')}</AppLink>
        </Paragraph>
      )}
    </>
  );
}

interface NetworkModerationGateProps {
  /** Page title while the network loads and for people without access. */
  title: string;
  children: (network: NetworkDetail, level: ModeratorLevel) => ReactNode;
}

/**
 * Loads the network of the URL and shows `children` only to its moderators, owners and
 * administrators. Others get a login prompt, "not found" or the "no access" state.
 * The server checks every request again.
 */
export function NetworkModerationGate({ title, children }: NetworkModerationGateProps) {
  return (
    <RequireLogin title={title}>
      <GateContent title={title}>{children}</GateContent>
    </RequireLogin>
  );
}

function GateContent({ title, children }: NetworkModerationGateProps) {
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
        <PageHeading title={title} />
        <ErrorAlert error={network.error} />
      </>
    ) : (
      <Loading />
    );
  }
  const level = moderatorLevelOf(network.data, Boolean(user?.isAdmin));
  if (!level) {
    return <NoModerationAccess title={title} slug={slug} />;
  }
  return <>{children(network.data, level)}</>;
}
