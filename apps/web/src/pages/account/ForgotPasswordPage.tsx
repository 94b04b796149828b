import { EMAIL_RULES, LIMITS } from '@inclusieplein/contract';
import { Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { focusElement } from '../../a11y/focus';
import { PageHeading } from '../../a11y/PageHeading';
import { accountMailApi } from '../../api/notificationEndpoints';
import { AppLink } from '../../components/AppLink';
import { ErrorSummary } from '../../forms/ErrorSummary';
import { TextField } from '../../forms/fields';
import { hasProblems, useForm } from '../../forms/useForm';
import { checkAll } from '../../forms/validation';

/**
 * Page `/wachtwoord-vergeten`, which requests a reset link by e-mail. The API returns the same
 * response whether or not the address has an account, so the page never reveals who is registered.
 */
export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const labels = useMemo(() => ({ email: t('fields.email.label') }), [t]);
  const form = useForm('forgot-password', labels);
  const [email, setEmail] = useState('');
  const [busy, setBusy] = useState(false);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const sentHeading = useRef<HTMLHeadingElement>(null);
  const emailFieldId = form.fieldId('email');

  useEffect(() => {
    if (sentTo) focusElement(sentHeading.current);
  }, [sentTo]);

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const problems = checkAll({ email }, { email: { required: true, email: true, max: LIMITS.email.max } });
    if (hasProblems(problems)) {
      form.showProblems(problems);
      return;
    }
    setBusy(true);
    try {
      await accountMailApi.requestPasswordReset({ email: email.trim() });
      form.clearErrors();
      setSentTo(email.trim());
    } catch (error) {
      form.showServerError(error);
    } finally {
      setBusy(false);
    }
  };

  const again = () => {
    setSentTo(null);
    // The form renders again first. Then its e-mail field takes focus.
    window.setTimeout(() => focusElement(document.getElementById(emailFieldId)), 0);
  };

  return (
    <>
      <PageHeading title={t('forgotPassword.title')} />
      {sentTo ? (
        <section aria-labelledby="forgot-sent-heading" className="panel">
          <Heading2 id="forgot-sent-heading" ref={sentHeading}>
            {t('forgotPassword.sentTitle')}
          </Heading2>
          <Paragraph className="success-note">{t('forgotPassword.sent', { email: sentTo })}</Paragraph>
          <Paragraph>{t('forgotPassword.sentHours', { minutes: EMAIL_RULES.passwordResetMinutes })}</Paragraph>
          <Paragraph>{t('forgotPassword.sentSpam')}</Paragraph>
          <div className="action-row">
            <Button type="button" appearance="secondary-action-button" onClick={again}>
              {t('forgotPassword.again')}
            </Button>
            <AppLink to="/inloggen">{t('forgotPassword.loginLink')}</AppLink>
          </div>
        </section>
      ) : (
        <>
          <Paragraph>{t('forgotPassword.intro')}</Paragraph>
          <ErrorSummary form={form} />
          <form noValidate onSubmit={(event) => void handleSubmit(event)} className="form">
            <TextField
              form={form}
              name="email"
              type="email"
              autoComplete="email"
              label={labels.email}
              value={email}
              onChange={setEmail}
            />
            <Button type="submit" appearance="primary-action-button" busy={busy} aria-disabled={busy || undefined}>
              {t('forgotPassword.submit')}
            </Button>
          </form>
          <Paragraph>
            <AppLink to="/inloggen">{t('forgotPassword.loginLink')}</AppLink>
          </Paragraph>
        </>
      )}
    </>
  );
}
