import { LIMITS } from '@inclusieplein/contract';
import { Button, Heading2, Paragraph, Select, SelectOption } from '@utrecht/component-library-react';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useAnnounce } from '../../a11y/LiveRegion';
import { adminApi, networkApi } from '../../api/endpoints';
import { useApi } from '../../api/useApi';
import { ErrorSummary } from '../../forms/ErrorSummary';
import { FieldFrame, TextField } from '../../forms/fields';
import { hasProblems, useForm } from '../../forms/useForm';
import { checkAll } from '../../forms/validation';

/** Form for administrators to make an existing account owner of a network. */
export function AppointOwnerSection() {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const networks = useApi(() => networkApi.list(), []);
  const labels = useMemo(() => ({ slug: t('admin.owner.networkLabel'), email: t('admin.owner.emailLabel') }), [t]);
  const form = useForm('appoint-owner', labels);
  const [values, setValues] = useState({ slug: '', email: '' });
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) {
      return;
    }
    const problems = checkAll(values, { slug: { required: true }, email: { required: true, email: true, ...LIMITS.email } });
    if (hasProblems(problems)) {
      form.showProblems(problems);
      return;
    }
    setBusy(true);
    setDone(null);
    try {
      await adminApi.appointOwner(values.slug, { email: values.email.trim() });
      const name = networks.data?.networks.find((network) => network.slug === values.slug)?.name ?? values.slug;
      const message = t('admin.owner.done', { email: values.email.trim(), name });
      form.clearErrors();
      setDone(message);
      announce(message);
      setValues((current) => ({ ...current, email: '' }));
    } catch (error) {
      form.showServerError(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section id="eigenaar" aria-labelledby="appoint-owner-heading" className="panel">
      <Heading2 id="appoint-owner-heading">{t('admin.owner.title')}</Heading2>
      <Paragraph>{t('admin.owner.intro')}</Paragraph>
      <ErrorSummary form={form} />
      {done && <Paragraph className="success-note">{done}</Paragraph>}
      <form noValidate onSubmit={(event) => void handleSubmit(event)} className="form">
        <FieldFrame form={form} name="slug" label={labels.slug}>
          {(ids, invalid) => (
            <Select
              id={ids.id}
              value={values.slug}
              invalid={invalid}
              busy={networks.loading}
              aria-invalid={invalid || undefined}
              aria-describedby={ids.describedBy}
              aria-required
              onChange={(event) => setValues((current) => ({ ...current, slug: event.target.value }))}
            >
              <SelectOption value="">{t('admin.owner.chooseNetwork')}</SelectOption>
              {(networks.data?.networks ?? []).map((network) => (
                <SelectOption key={network.id} value={network.slug}>
                  {network.name}
                </SelectOption>
              ))}
            </Select>
          )}
        </FieldFrame>
        <TextField
          form={form}
          name="email"
          type="email"
          label={labels.email}
          description={t('admin.owner.emailHint')}
          value={values.email}
          onChange={(email) => setValues((current) => ({ ...current, email }))}
        />
        <Button type="submit" appearance="primary-action-button" busy={busy}>
          {t('admin.owner.submit')}
        </Button>
      </form>
    </section>
  );
}
