import type { MyNetworkStanding } from '@inclusieplein/contract';
import { Alert, Button, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { focusElement } from '../../a11y/focus';
import { codeOfConductApi, moderationApi } from '../../api/moderationEndpoints';
import { useApi } from '../../api/useApi';
import { AppLink } from '../../components/AppLink';
import { ErrorAlert } from '../../components/ErrorText';
import { useFormat } from '../../i18n/format';
import { useSession } from '../../session/SessionContext';
import { moderationPaths } from './moderationPaths';

interface MyStandingNoticeProps {
  slug: string;
  /** Shows the notice about a new code of conduct. The thread page leaves it to the network page. */
  showCodeOfConduct?: boolean;
}

/**
 * Shows what a member should know about their own standing in a network: a mute with its end and reason,
 * a ban, the latest warning, posts that wait for approval, and a code of conduct they have not
 * accepted yet. Shows nothing when all is well or when the standing cannot be loaded.
 */
export function MyStandingNotice({ slug, showCodeOfConduct = true }: MyStandingNoticeProps) {
  const { user } = useSession();
  // A visitor has no standing, and a request without a session would end in the "logged out" handler.
  const standing = useApi(user ? () => moderationApi.myStanding(slug) : null, [slug, user?.id]);
  if (!user || !standing.data) {
    return null;
  }
  return <StandingAlerts slug={slug} standing={standing.data} showCodeOfConduct={showCodeOfConduct} />;
}

function StandingAlerts({
  slug,
  standing,
  showCodeOfConduct,
}: {
  slug: string;
  standing: MyNetworkStanding;
  showCodeOfConduct: boolean;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const latestWarning = standing.warnings[0];

  return (
    <>
      {standing.banned && (
        <Alert type="error" role="none">
          <Paragraph>{t('moderation.standing.banned')}</Paragraph>
        </Alert>
      )}
      {standing.mutedUntil && (
        <Alert type="warning" role="none">
          <Paragraph>
            {t('moderation.standing.mutedUntil')}{' '}
            <time dateTime={standing.mutedUntil}>{format.dateTime(standing.mutedUntil)}</time>.
          </Paragraph>
          {standing.muteReason && <Paragraph>{t('moderation.post.reason', { reason: standing.muteReason })}</Paragraph>}
        </Alert>
      )}
      {latestWarning && (
        <Alert type="warning" role="none">
          <Paragraph>
            {t('moderation.standing.warned')}{' '}
            <time dateTime={latestWarning.createdAt}>{format.dateTime(latestWarning.createdAt)}</time>.
          </Paragraph>
          <Paragraph>{t('moderation.post.reason', { reason: latestWarning.reason })}</Paragraph>
        </Alert>
      )}
      {standing.postsRequiringApproval > 0 && !standing.banned && (
        <Alert type="info" role="none">
          <Paragraph>{t('moderation.standing.approvalNeeded', { count: standing.postsRequiringApproval })}</Paragraph>
        </Alert>
      )}
      {showCodeOfConduct && !standing.banned && standing.codeOfConduct.current && !standing.codeOfConduct.acceptedCurrent && (
        <AcceptCodeOfConduct slug={slug} version={standing.codeOfConduct.current.version} />
      )}
    </>
  );
}

/** Notice for a member who has not accepted the current code of conduct, with a button to accept it. */
export function AcceptCodeOfConduct({ slug, version }: { slug: string; version: number }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(undefined);
  const [accepted, setAccepted] = useState(false);
  const result = useRef<HTMLParagraphElement>(null);

  // The accept button leaves the page, so focus goes to the result, which reads it without a live announcement.
  useEffect(() => {
    if (accepted) {
      focusElement(result.current);
    }
  }, [accepted]);

  const accept = async () => {
    if (busy) {
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      await codeOfConductApi.accept(slug, version);
      setAccepted(true);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  if (accepted) {
    return (
      <Paragraph ref={result} className="standing-result">
        {t('moderation.codeOfConduct.acceptedNotice', { version })}
      </Paragraph>
    );
  }

  return (
    <Alert type="warning" role="none">
      <Paragraph>{t('moderation.codeOfConduct.notAccepted', { version })}</Paragraph>
      <Paragraph>
        <AppLink to={moderationPaths.codeOfConduct(slug)}>{t('moderation.codeOfConduct.readLink')}</AppLink>
      </Paragraph>
      {error !== undefined && <ErrorAlert error={error} />}
      <Button type="button" appearance="primary-action-button" busy={busy} onClick={() => void accept()}>
        {t('moderation.codeOfConduct.acceptButton', { version })}
      </Button>
    </Alert>
  );
}
