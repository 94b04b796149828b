import { EMAIL_RULES, LIMITS, type FieldErrorCode } from '@inclusieplein/contract';
import { Alert, Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router-dom';
import { focusElement } from '../../a11y/focus';
import { useAnnounce } from '../../a11y/LiveRegion';
import { PageHeading } from '../../a11y/PageHeading';
import { ApiError } from '../../api/client';
import { accountMailApi } from '../../api/notificationEndpoints';
import type { FieldProblem } from '../../api/errorText';
import { AppLink } from '../../components/AppLink';
import { ErrorSummary } from '../../forms/ErrorSummary';
import { TextField } from '../../forms/fields';
import { hasProblems, useForm } from '../../forms/useForm';
import { checkAll } from '../../forms/validation';

/**
 * Field code that only the browser reports: the repeated password differs. The request carries
 * one password, so the code is not in the contract's `FieldErrorCode`, and
 * `errors.field.passwords_differ` contains its text.
 */
const PASSWORDS_DIFFER = 'passwords_differ' as FieldErrorCode;

/** Router state for the login page after a reset, which makes it show that the new password is set. */
export interface PasswordResetDoneState {
  passwordReset: true;
}

type TokenProblem = 'missing' | 'invalid' | 'expired';

function tokenProblemOf(error: unknown): TokenProblem | null {
  if (error instanceof ApiError && error.code === 'invalid_token') return 'invalid';
  if (error instanceof ApiError && error.code === 'token_expired') return 'expired';
  return null;
}

/** Page the reset mail links to (`/account/nieuw-wachtwoord?token=…`): a new password, typed twice. */
export function ResetPasswordPage() {
  const { t } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  const announce = useAnnounce();
  const token = new URLSearchParams(location.search).get('token')?.trim() ?? '';
  const labels = useMemo(
    () => ({ password: t('resetPassword.passwordLabel'), passwordRepeat: t('resetPassword.repeatLabel') }),
    [t],
  );
  const form = useForm('reset-password', labels);
  const [values, setValues] = useState({ password: '', passwordRepeat: '' });
  const [busy, setBusy] = useState(false);
  const [tokenProblem, setTokenProblem] = useState<TokenProblem | null>(token ? null : 'missing');
  const problemHeading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (tokenProblem && tokenProblem !== 'missing') focusElement(problemHeading.current);
  }, [tokenProblem]);

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const problems: Partial<Record<string, FieldProblem>> = checkAll(values, {
      password: { required: true, ...LIMITS.password },
      passwordRepeat: { required: true },
    });
    if (!problems.password && !problems.passwordRepeat && values.password !== values.passwordRepeat) {
      problems.passwordRepeat = { code: PASSWORDS_DIFFER };
    }
    if (hasProblems(problems)) {
      form.showProblems(problems);
      return;
    }
    setBusy(true);
    try {
      await accountMailApi.resetPassword({ token, password: values.password });
      form.clearErrors();
      announce(t('resetPassword.done'));
      const state: PasswordResetDoneState = { passwordReset: true };
      navigate('/inloggen', { state });
    } catch (error) {
      const problem = tokenProblemOf(error);
      if (problem) {
        form.clearErrors();
        setTokenProblem(problem);
      } else {
        form.showServerError(error);
      }
    } finally {
      setBusy(false);
    }
  };

  if (tokenProblem) {
    return (
      <>
        <PageHeading title={t('resetPassword.title')} />
        <Alert type="warning">
          <Heading2 ref={problemHeading}>{t('verifyEmail.failedTitle')}</Heading2>
          <Paragraph>
            {tokenProblem === 'missing' && t('resetPassword.missingToken')}
            {tokenProblem === 'invalid' && t('resetPassword.invalidToken')}
            {tokenProblem === 'expired' && t('resetPassword.expiredToken', { minutes: EMAIL_RULES.passwordResetMinutes })}
          </Paragraph>
          <Paragraph>
            <AppLink to="/wachtwoord-vergeten">{t('resetPassword.requestNew')}</AppLink>
          </Paragraph>
        </Alert>
      </>
    );
  }

  return (
    <>
      <PageHeading title={t('resetPassword.title')} />
      <Paragraph>{t('resetPassword.intro')}</Paragraph>
      <ErrorSummary form={form} />
      <form noValidate onSubmit={(event) => void handleSubmit(event)} className="form">
        <TextField
          form={form}
          name="password"
          type="password"
          autoComplete="new-password"
          label={labels.password}
          description={t('fields.password.hint', { min: LIMITS.password.min })}
          value={values.password}
          onChange={(password) => setValues((current) => ({ ...current, password }))}
        />
        <TextField
          form={form}
          name="passwordRepeat"
          type="password"
          autoComplete="new-password"
          label={labels.passwordRepeat}
          description={t('resetPassword.repeatHint')}
          value={values.passwordRepeat}
          onChange={(passwordRepeat) => setValues((current) => ({ ...current, passwordRepeat }))}
        />
        <Button type="submit" appearance="primary-action-button" busy={busy} aria-disabled={busy || undefined}>
          {t('resetPassword.submit')}
        </Button>
      </form>
    </>
  );
}
