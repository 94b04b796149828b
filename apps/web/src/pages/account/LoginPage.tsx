import { LIMITS } from '@inclusieplein/contract';
import { Button, Paragraph } from '@utrecht/component-library-react';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router-dom';
import { PageHeading } from '../../a11y/PageHeading';
import { useAnnounce } from '../../a11y/LiveRegion';
import { AppLink } from '../../components/AppLink';
import { ErrorSummary } from '../../forms/ErrorSummary';
import { TextField } from '../../forms/fields';
import { hasProblems, useForm } from '../../forms/useForm';
import { checkAll } from '../../forms/validation';
import type { PasswordResetDoneState } from './ResetPasswordPage';
import { readReturnPath, registerPath } from '../../session/returnPath';
import { useSession } from '../../session/SessionContext';

export function LoginPage() {
  const { t } = useTranslation();
  const { login } = useSession();
  const announce = useAnnounce();
  const navigate = useNavigate();
  const location = useLocation();
  const returnTo = readReturnPath(location.search, '/netwerken');
  const afterPasswordReset = (location.state as Partial<PasswordResetDoneState> | null)?.passwordReset === true;

  const labels = useMemo(() => ({ email: t('fields.email.label'), password: t('fields.password.label') }), [t]);
  const form = useForm('login', labels);
  const [values, setValues] = useState({ email: '', password: '' });
  const [busy, setBusy] = useState(false);

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) {
      return;
    }
    const problems = checkAll(values, {
      email: { required: true, max: LIMITS.email.max },
      password: { required: true },
    });
    if (hasProblems(problems)) {
      form.showProblems(problems);
      return;
    }

    setBusy(true);
    try {
      const user = await login({ email: values.email.trim(), password: values.password });
      form.clearErrors();
      announce(t('auth.loggedIn', { name: user.displayName }));
      navigate(returnTo);
    } catch (error) {
      form.showServerError(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <PageHeading title={t('auth.loginTitle')} />
      {afterPasswordReset && <Paragraph className="success-note">{t('resetPassword.done')}</Paragraph>}
      <ErrorSummary form={form} />
      <form noValidate onSubmit={(event) => void handleSubmit(event)} className="form">
        <TextField
          form={form}
          name="email"
          type="email"
          autoComplete="email"
          label={labels.email}
          value={values.email}
          onChange={(email) => setValues((current) => ({ ...current, email }))}
        />
        <TextField
          form={form}
          name="password"
          type="password"
          autoComplete="current-password"
          label={labels.password}
          value={values.password}
          onChange={(password) => setValues((current) => ({ ...current, password }))}
        />
        <Button type="submit" appearance="primary-action-button" busy={busy} aria-disabled={busy || undefined}>
          {t('auth.loginButton')}
        </Button>
      </form>
      <Paragraph>
        <AppLink to="/wachtwoord-vergeten">{t('forgotPassword.linkOnLogin')}</AppLink>
      </Paragraph>
      <Paragraph>
        {t('auth.noAccount')} <AppLink to={registerPath(returnTo)}>{t('auth.registerLink')}</AppLink>
      </Paragraph>
    </>
  );
}
