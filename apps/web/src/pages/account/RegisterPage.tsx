import { LIMITS } from '@inclusieplein/contract';
import { Button, Paragraph } from '@utrecht/component-library-react';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router-dom';
import { useAnnounce } from '../../a11y/LiveRegion';
import { PageHeading } from '../../a11y/PageHeading';
import { referenceApi } from '../../api/endpoints';
import { useApi } from '../../api/useApi';
import { AppLink } from '../../components/AppLink';
import { ErrorSummary } from '../../forms/ErrorSummary';
import { TextField } from '../../forms/fields';
import { MunicipalitySelect } from '../../forms/MunicipalitySelect';
import { hasProblems, useForm } from '../../forms/useForm';
import { checkAll } from '../../forms/validation';
import { loginPath, readReturnPath } from '../../session/returnPath';
import { useSession } from '../../session/SessionContext';

const EMPTY = { displayName: '', email: '', password: '', municipalityCode: '', roleDescription: '' };

export function RegisterPage() {
  const { t } = useTranslation();
  const { register } = useSession();
  const announce = useAnnounce();
  const navigate = useNavigate();
  const location = useLocation();
  const returnTo = readReturnPath(location.search, '/netwerken');
  const municipalities = useApi(() => referenceApi.municipalities(), []);

  const labels = useMemo(
    () => ({
      displayName: t('fields.displayName.label'),
      email: t('fields.email.label'),
      password: t('fields.password.label'),
      municipalityCode: t('fields.municipality.label'),
      roleDescription: t('fields.roleDescription.label'),
    }),
    [t],
  );
  const form = useForm('register', labels);
  const [values, setValues] = useState(EMPTY);
  const [busy, setBusy] = useState(false);
  const set = (name: keyof typeof EMPTY) => (value: string) => setValues((current) => ({ ...current, [name]: value }));

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) {
      return;
    }
    const problems = checkAll(values, {
      displayName: { required: true, ...LIMITS.displayName },
      email: { required: true, email: true, ...LIMITS.email },
      password: { required: true, ...LIMITS.password },
      roleDescription: LIMITS.roleDescription,
    });
    if (hasProblems(problems)) {
      form.showProblems(problems);
      return;
    }

    setBusy(true);
    try {
      const user = await register({
        displayName: values.displayName.trim(),
        email: values.email.trim(),
        password: values.password,
        municipalityCode: values.municipalityCode || null,
        roleDescription: values.roleDescription.trim() || null,
      });
      form.clearErrors();
      announce(t('auth.registered', { name: user.displayName }));
      navigate(returnTo);
    } catch (error) {
      form.showServerError(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <PageHeading title={t('auth.registerTitle')} />
      <Paragraph>{t('auth.registerIntro')}</Paragraph>
      <ErrorSummary form={form} />
      <form noValidate onSubmit={(event) => void handleSubmit(event)} className="form">
        <TextField
          form={form}
          name="displayName"
          autoComplete="name"
          label={labels.displayName}
          description={t('fields.displayName.hint')}
          value={values.displayName}
          onChange={set('displayName')}
        />
        <TextField
          form={form}
          name="email"
          type="email"
          autoComplete="email"
          label={labels.email}
          description={t('fields.email.hint')}
          value={values.email}
          onChange={set('email')}
        />
        <TextField
          form={form}
          name="password"
          type="password"
          autoComplete="new-password"
          label={labels.password}
          description={t('fields.password.hint', { min: LIMITS.password.min })}
          value={values.password}
          onChange={set('password')}
        />
        <MunicipalitySelect
          form={form}
          name="municipalityCode"
          municipalities={municipalities.data}
          value={values.municipalityCode}
          onChange={set('municipalityCode')}
        />
        <TextField
          form={form}
          name="roleDescription"
          optional
          label={labels.roleDescription}
          description={t('fields.roleDescription.hint')}
          value={values.roleDescription}
          onChange={set('roleDescription')}
        />
        <Button type="submit" appearance="primary-action-button" busy={busy} aria-disabled={busy || undefined}>
          {t('auth.registerButton')}
        </Button>
      </form>
      <Paragraph>
        {t('auth.haveAccount')} <AppLink to={loginPath(returnTo)}>{t('auth.loginLink')}</AppLink>
      </Paragraph>
    </>
  );
}
