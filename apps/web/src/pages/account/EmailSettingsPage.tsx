import { EMAIL_FREQUENCIES, EMAIL_RULES, type EmailFrequency, type NotificationSettings } from '@inclusieplein/contract';
import { Alert, Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { focusElement } from '../../a11y/focus';
import { useAnnounce } from '../../a11y/LiveRegion';
import { PageHeading } from '../../a11y/PageHeading';
import { ApiError } from '../../api/client';
import { accountMailApi, notificationApi } from '../../api/notificationEndpoints';
import { useApi } from '../../api/useApi';
import { AppLink } from '../../components/AppLink';
import { ErrorAlert } from '../../components/ErrorText';
import { Loading } from '../../components/Loading';
import { RequireLogin } from '../../components/RequireLogin';
import { ChoiceFieldset } from '../notifications/ChoiceFieldset';
import '../notifications/notifications.css';

/** Page `/profiel/meldingen`: how often notification mails come, and whether the address is confirmed. */
export function EmailSettingsPage() {
  const { t } = useTranslation();
  return (
    <RequireLogin title={t('emailSettings.title')}>
      <EmailSettings />
    </RequireLogin>
  );
}

function EmailSettings() {
  const { t } = useTranslation();
  const settings = useApi(() => notificationApi.settings(), []);

  return (
    <>
      <Paragraph className="breadcrumb">
        <AppLink to="/profiel">{t('profile.title')}</AppLink>
      </Paragraph>
      <PageHeading title={t('emailSettings.title')} />
      <Paragraph>{t('emailSettings.intro')}</Paragraph>
      {settings.error !== undefined && <ErrorAlert error={settings.error} />}
      {settings.loading && !settings.data && <Loading />}
      {settings.data && (
        <>
          <FrequencyForm settings={settings.data} />
          <AddressSection settings={settings.data} />
        </>
      )}
    </>
  );
}

function FrequencyForm({ settings }: { settings: NotificationSettings }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const [frequency, setFrequency] = useState<EmailFrequency>(settings.emailFrequency);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState<EmailFrequency | null>(null);
  const [error, setError] = useState<unknown>(undefined);

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setError(undefined);
    try {
      await notificationApi.updateSettings({ emailFrequency: frequency });
      setSaved(frequency);
      announce(t('emailSettings.saved', { frequency: t(`emailSettings.frequency.${frequency}`) }));
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form noValidate onSubmit={(event) => void handleSubmit(event)} className="form choice-form panel">
      <ChoiceFieldset
        id="email-frequency"
        legend={t('emailSettings.frequencyLegend')}
        options={EMAIL_FREQUENCIES}
        value={frequency}
        labelOf={(option) => t(`emailSettings.frequency.${option}`)}
        explanationOf={(option) => t(`emailSettings.frequencyExplanation.${option}`)}
        onChange={(next) => {
          setSaved(null);
          setFrequency(next);
        }}
      />
      {error !== undefined && <ErrorAlert error={error} />}
      <Button type="submit" appearance="primary-action-button" busy={busy} aria-disabled={busy || undefined}>
        {t('emailSettings.save')}
      </Button>
      {saved && (
        <Paragraph className="success-note">{t('emailSettings.saved', { frequency: t(`emailSettings.frequency.${saved}`) })}</Paragraph>
      )}
    </form>
  );
}

type ResendResult = { kind: 'sent' } | { kind: 'wait' } | { kind: 'alreadyVerified' } | { kind: 'failed'; error: unknown };

function resendResultOf(error: unknown): ResendResult {
  if (error instanceof ApiError && error.code === 'too_many_requests') return { kind: 'wait' };
  if (error instanceof ApiError && error.code === 'conflict') return { kind: 'alreadyVerified' };
  return { kind: 'failed', error };
}

function AddressSection({ settings }: { settings: NotificationSettings }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<ResendResult | null>(null);
  const resultRef = useRef<HTMLDivElement>(null);
  const attempt = useRef(0);
  const [shownAttempt, setShownAttempt] = useState(0);

  // Every response, also the same one twice, takes focus, so the person hears the result.
  useEffect(() => {
    if (shownAttempt > 0) focusElement(resultRef.current);
  }, [shownAttempt]);

  const resend = async () => {
    if (busy) return;
    setBusy(true);
    let next: ResendResult;
    try {
      await accountMailApi.resendVerification();
      next = { kind: 'sent' };
    } catch (error) {
      next = resendResultOf(error);
    } finally {
      setBusy(false);
    }
    setResult(next);
    attempt.current += 1;
    setShownAttempt(attempt.current);
  };

  return (
    <section aria-labelledby="email-address-heading" className="panel">
      <Heading2 id="email-address-heading">{t('emailSettings.addressTitle')}</Heading2>
      <Paragraph>{t('emailSettings.address', { email: settings.email })}</Paragraph>
      {settings.emailVerified || result?.kind === 'alreadyVerified' ? (
        <Paragraph className="success-note">{t('emailSettings.verified')}</Paragraph>
      ) : (
        <>
          <Paragraph>{t('emailSettings.notVerified')}</Paragraph>
          <Button type="button" appearance="secondary-action-button" busy={busy} aria-disabled={busy || undefined} onClick={() => void resend()}>
            {t('emailSettings.resend')}
          </Button>
        </>
      )}
      <div ref={resultRef} className="resend-result">
        {result?.kind === 'sent' && (
          <Paragraph className="success-note">
            {t('emailSettings.resent', { email: settings.email, hours: EMAIL_RULES.verificationHours })}
          </Paragraph>
        )}
        {result?.kind === 'wait' && (
          <Alert type="warning">
            <Paragraph>{t('emailSettings.resendWait')}</Paragraph>
          </Alert>
        )}
        {result?.kind === 'alreadyVerified' && <Paragraph>{t('emailSettings.alreadyVerified')}</Paragraph>}
        {result?.kind === 'failed' && <ErrorAlert error={result.error} />}
      </div>
    </section>
  );
}
