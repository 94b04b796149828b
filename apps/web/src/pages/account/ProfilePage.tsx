import { LIMITS, type CurrentUser } from '@inclusieplein/contract';
import { Button, Paragraph } from '@utrecht/component-library-react';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useAnnounce } from '../../a11y/LiveRegion';
import { PageHeading } from '../../a11y/PageHeading';
import { referenceApi } from '../../api/endpoints';
import { useApi } from '../../api/useApi';
import { AppLink } from '../../components/AppLink';
import { RequireLogin } from '../../components/RequireLogin';
import { ErrorSummary } from '../../forms/ErrorSummary';
import { TextField } from '../../forms/fields';
import { MunicipalitySelect } from '../../forms/MunicipalitySelect';
import { hasProblems, useForm } from '../../forms/useForm';
import { checkAll } from '../../forms/validation';
import { useSession } from '../../session/SessionContext';

export function ProfilePage() {
  const { t } = useTranslation();
  const { user } = useSession();
  return <RequireLogin title={t('profile.title')}>{user && <ProfileForm user={user} />}</RequireLogin>;
}

function ProfileForm({ user }: { user: CurrentUser }) {
  const { t } = useTranslation();
  const { updateProfile } = useSession();
  const announce = useAnnounce();
  const municipalities = useApi(() => referenceApi.municipalities(), []);

  const labels = useMemo(
    () => ({
      displayName: t('fields.displayName.label'),
      municipalityCode: t('fields.municipality.label'),
      roleDescription: t('fields.roleDescription.label'),
    }),
    [t],
  );
  const form = useForm('profile', labels);
  const [values, setValues] = useState({
    displayName: user.displayName,
    municipalityCode: user.municipality?.code ?? '',
    roleDescription: user.roleDescription ?? '',
  });
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);
  const set = (name: keyof typeof values) => (value: string) => {
    setSaved(false);
    setValues((current) => ({ ...current, [name]: value }));
  };

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) {
      return;
    }
    const problems = checkAll(values, {
      displayName: { required: true, ...LIMITS.displayName },
      roleDescription: LIMITS.roleDescription,
    });
    if (hasProblems(problems)) {
      form.showProblems(problems);
      return;
    }

    setBusy(true);
    try {
      await updateProfile({
        displayName: values.displayName.trim(),
        municipalityCode: values.municipalityCode || null,
        roleDescription: values.roleDescription.trim() || null,
      });
      form.clearErrors();
      setSaved(true);
      announce(t('profile.saved'));
    } catch (error) {
      form.showServerError(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <PageHeading title={t('profile.title')} />
      <Paragraph>{t('profile.intro', { email: user.email })}</Paragraph>
      <Paragraph>
        <AppLink to="/profiel/meldingen">{t('emailSettings.profileLink')}</AppLink>
      </Paragraph>
      <ErrorSummary form={form} />
      {saved && <Paragraph className="success-note">{t('profile.saved')}</Paragraph>}
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
          {t('profile.save')}
        </Button>
      </form>
    </>
  );
}
