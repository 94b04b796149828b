import { LIMITS, type NetworkDetail } from '@inclusieplein/contract';
import { Alert, Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router-dom';
import { useAnnounce } from '../../a11y/LiveRegion';
import { networkApi } from '../../api/endpoints';
import { AppLink } from '../../components/AppLink';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorAlert } from '../../components/ErrorText';
import { ErrorSummary } from '../../forms/ErrorSummary';
import { TextAreaField } from '../../forms/fields';
import { hasProblems, useForm } from '../../forms/useForm';
import { checkAll } from '../../forms/validation';
import { useFormat } from '../../i18n/format';
import { loginPath } from '../../session/returnPath';
import { useSession } from '../../session/SessionContext';
import { focusElement } from '../../a11y/focus';
import { CodeOfConductConsent, CONSENT_FIELD, useCodeOfConductConsent } from '../moderation/CodeOfConductConsent';

interface MembershipPanelProps {
  network: NetworkDetail;
  /** Called after joining, requesting or leaving, so the page loads the new state. */
  onChanged: () => void;
}

/** Shows the membership action that fits the person: log in, join, request to join, a pending request, or leave. */
export function MembershipPanel({ network, onChanged }: MembershipPanelProps) {
  const { t } = useTranslation();
  const { user } = useSession();
  const location = useLocation();
  const heading = useRef<HTMLHeadingElement>(null);
  const focusAfterChange = useRef(false);

  // The button that was used disappears after a change, so focus goes to this section's heading.
  useEffect(() => {
    if (focusAfterChange.current) {
      focusAfterChange.current = false;
      focusElement(heading.current);
    }
  }, [network]);

  const changed = () => {
    focusAfterChange.current = true;
    onChanged();
  };

  let content;
  if (!user) {
    content = (
      <Paragraph>
        <AppLink to={loginPath(location.pathname)}>{t('membership.loginToJoin')}</AppLink>
      </Paragraph>
    );
  } else if (network.myRole) {
    content = <LeaveNetwork network={network} onLeft={changed} />;
  } else if (network.visibility === 'open') {
    content = <JoinOpenNetwork network={network} onJoined={changed} />;
  } else {
    content = <RequestMembership network={network} onRequested={changed} />;
  }

  return (
    <section aria-labelledby="membership-heading" className="panel">
      <Heading2 id="membership-heading" ref={heading}>{t('membership.title')}</Heading2>
      {content}
    </section>
  );
}

function JoinOpenNetwork({ network, onJoined }: { network: NetworkDetail; onJoined: () => void }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const labels = useMemo(() => ({ [CONSENT_FIELD]: t('moderation.codeOfConduct.fieldName') }), [t]);
  const form = useForm('join', labels);
  const consent = useCodeOfConductConsent(network.slug);
  const [busy, setBusy] = useState(false);

  const join = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) {
      return;
    }
    const missing = consent.problem();
    if (missing) {
      form.showProblems({ [CONSENT_FIELD]: missing });
      return;
    }
    setBusy(true);
    try {
      await networkApi.join(network.slug, { acceptedCodeOfConductVersion: consent.version });
      form.clearErrors();
      announce(t('membership.joined', { name: network.name }));
      onJoined();
    } catch (error) {
      const problems = await consent.handleError(error);
      if (problems) {
        form.showProblems(problems);
      } else {
        form.showServerError(error);
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Paragraph>{t('membership.openExplanation')}</Paragraph>
      <ErrorSummary form={form} />
      <form noValidate onSubmit={(event) => void join(event)} className="form">
        <CodeOfConductConsent consent={consent} form={form} />
        <Button type="submit" appearance="primary-action-button" busy={busy}>
          {t('membership.join')}
        </Button>
      </form>
    </>
  );
}

function RequestMembership({ network, onRequested }: { network: NetworkDetail; onRequested: () => void }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const format = useFormat();
  const labels = useMemo(
    () => ({ motivation: t('membership.motivationLabel'), [CONSENT_FIELD]: t('moderation.codeOfConduct.fieldName') }),
    [t],
  );
  const form = useForm('join-request', labels);
  const consent = useCodeOfConductConsent(network.slug);
  const [motivation, setMotivation] = useState('');
  const [busy, setBusy] = useState(false);
  const request = network.myRequest;

  if (request?.status === 'pending') {
    // This box is no live region, because handleSubmit already announces the pending state. With both, Orca read it twice.
    return (
      <Alert type="info" role="none">
        <Paragraph>{t('membership.pending')}</Paragraph>
        <Paragraph>
          {t('membership.requestedOn')} <time dateTime={request.createdAt}>{format.dateTime(request.createdAt)}</time>
        </Paragraph>
      </Alert>
    );
  }

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) {
      return;
    }
    const problems = checkAll({ motivation }, { motivation: LIMITS.motivation });
    const missingConsent = consent.problem();
    if (hasProblems(problems) || missingConsent) {
      form.showProblems(missingConsent ? { ...problems, [CONSENT_FIELD]: missingConsent } : problems);
      return;
    }
    setBusy(true);
    try {
      const result = await networkApi.join(network.slug, {
        motivation: motivation.trim() || null,
        acceptedCodeOfConductVersion: consent.version,
      });
      form.clearErrors();
      announce(result.result === 'member' ? t('membership.joined', { name: network.name }) : t('membership.pending'));
      onRequested();
    } catch (error) {
      // The motivation stays in its field. Only the consent is asked again for a new version.
      const consentProblems = await consent.handleError(error);
      if (consentProblems) {
        form.showProblems(consentProblems);
      } else {
        form.showServerError(error);
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Paragraph>{t('membership.closedExplanation')}</Paragraph>
      {request?.status === 'declined' && (
        <Alert type="warning">
          <Paragraph>{t('membership.declined')}</Paragraph>
          {request.decisionReason && <Paragraph>{t('network.reason', { reason: request.decisionReason })}</Paragraph>}
          <Paragraph>{t('membership.askAgain')}</Paragraph>
        </Alert>
      )}
      <ErrorSummary form={form} />
      <form noValidate onSubmit={(event) => void handleSubmit(event)} className="form">
        <TextAreaField
          form={form}
          name="motivation"
          optional
          rows={4}
          label={labels.motivation}
          description={t('membership.motivationHint')}
          value={motivation}
          onChange={setMotivation}
        />
        <CodeOfConductConsent consent={consent} form={form} />
        <Button type="submit" appearance="primary-action-button" busy={busy}>
          {t('membership.request')}
        </Button>
      </form>
    </>
  );
}

function LeaveNetwork({ network, onLeft }: { network: NetworkDetail; onLeft: () => void }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<unknown>(undefined);
  const leaveButton = useRef<HTMLButtonElement>(null);

  const cancel = () => {
    setConfirming(false);
    leaveButton.current?.focus();
  };

  const leave = async () => {
    setConfirming(false);
    setError(undefined);
    try {
      await networkApi.leave(network.slug);
      announce(t('membership.left', { name: network.name }));
      onLeft();
    } catch (caught) {
      setError(caught);
      leaveButton.current?.focus();
    }
  };

  return (
    <>
      <Paragraph>
        {t('membership.youAreMember', { role: t(`networks.role.${network.myRole ?? 'member'}`) })}
      </Paragraph>
      {error !== undefined && <ErrorAlert error={error} />}
      <Button ref={leaveButton} type="button" appearance="secondary-action-button" onClick={() => setConfirming(true)}>
        {t('membership.leave')}
      </Button>
      <ConfirmDialog
        open={confirming}
        title={t('membership.leaveConfirmTitle')}
        message={t('membership.leaveConfirmText', { name: network.name })}
        confirmLabel={t('membership.leaveConfirm')}
        cancelLabel={t('membership.leaveCancel')}
        onConfirm={() => void leave()}
        onCancel={cancel}
      />
    </>
  );
}
