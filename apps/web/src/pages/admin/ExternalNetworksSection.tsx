import { LIMITS, type ExternalNetwork } from '@inclusieplein/contract';
import { Button, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useAnnounce } from '../../a11y/LiveRegion';
import { adminApi } from '../../api/endpoints';
import { useApi } from '../../api/useApi';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorAlert } from '../../components/ErrorText';
import { Loading } from '../../components/Loading';
import { ErrorSummary } from '../../forms/ErrorSummary';
import { TextAreaField, TextField } from '../../forms/fields';
import { hasProblems, useForm } from '../../forms/useForm';
import { checkAll } from '../../forms/validation';
import { focusElement } from '../../a11y/focus';

const EMPTY = { name: '', url: '', organisation: '', description: '' };

/** Theme networks on other websites: the list, a form to add one, and removal. */
export function ExternalNetworksSection() {
  const { t } = useTranslation();
  const externals = useApi(() => adminApi.externalNetworks(), []);
  const heading = useRef<HTMLHeadingElement>(null);

  return (
    <section id="andere-websites" aria-labelledby="external-heading" className="panel">
      <Heading2 id="external-heading" ref={heading}>
        {t('admin.external.title')}
      </Heading2>
      <Paragraph>{t('admin.external.intro')}</Paragraph>
      {externals.error !== undefined && <ErrorAlert error={externals.error} />}
      {externals.loading && !externals.data && <Loading />}
      {externals.data && externals.data.length === 0 && <Paragraph>{t('networks.externalNone')}</Paragraph>}
      {externals.data && externals.data.length > 0 && (
        <ul className="card-list">
          {externals.data.map((external) => (
            <li key={external.id} className="card">
              <ExternalItem
                external={external}
                onRemoved={async () => {
                  await externals.reload();
                  focusElement(heading.current);
                }}
              />
            </li>
          ))}
        </ul>
      )}
      <AddExternalForm onAdded={() => void externals.reload()} />
    </section>
  );
}

function ExternalItem({ external, onRemoved }: { external: ExternalNetwork; onRemoved: () => Promise<void> }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<unknown>(undefined);
  const removeButton = useRef<HTMLButtonElement>(null);

  const remove = async () => {
    setConfirming(false);
    setError(undefined);
    try {
      await adminApi.removeExternalNetwork(external.id);
      announce(t('admin.external.removed', { name: external.name }));
      await onRemoved();
    } catch (caught) {
      setError(caught);
      removeButton.current?.focus();
    }
  };

  return (
    <article aria-labelledby={`external-${external.id}`}>
      <Heading3 id={`external-${external.id}`}>
        <a className="utrecht-link utrecht-link--html-a" href={external.url}>
          {external.name}
        </a>
      </Heading3>
      <Paragraph className="muted">{external.url}</Paragraph>
      {external.organisation && <Paragraph>{t('networks.externalBy', { organisation: external.organisation })}</Paragraph>}
      {external.description && <Paragraph>{external.description}</Paragraph>}
      {error !== undefined && <ErrorAlert error={error} />}
      <Button ref={removeButton} type="button" appearance="secondary-action-button" hint="danger" onClick={() => setConfirming(true)}>
        {t('admin.external.remove')}
        <span className="visually-hidden"> {external.name}</span>
      </Button>
      <ConfirmDialog
        open={confirming}
        title={t('admin.external.removeConfirmTitle')}
        message={t('admin.external.removeConfirmText', { name: external.name })}
        confirmLabel={t('admin.external.remove')}
        cancelLabel={t('common.cancel')}
        onConfirm={() => void remove()}
        onCancel={() => {
          setConfirming(false);
          removeButton.current?.focus();
        }}
      />
    </article>
  );
}

function AddExternalForm({ onAdded }: { onAdded: () => void }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const labels = useMemo(
    () => ({
      name: t('admin.external.nameLabel'),
      url: t('admin.external.urlLabel'),
      organisation: t('admin.external.organisationLabel'),
      description: t('admin.external.descriptionLabel'),
    }),
    [t],
  );
  const form = useForm('add-external', labels);
  const [values, setValues] = useState(EMPTY);
  const [busy, setBusy] = useState(false);
  const set = (name: keyof typeof EMPTY) => (value: string) => setValues((current) => ({ ...current, [name]: value }));

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) {
      return;
    }
    const problems = checkAll(values, {
      name: { required: true, ...LIMITS.externalNetworkName },
      url: { required: true, url: true, ...LIMITS.url },
    });
    if (hasProblems(problems)) {
      form.showProblems(problems);
      return;
    }
    setBusy(true);
    try {
      await adminApi.addExternalNetwork({
        name: values.name.trim(),
        url: values.url.trim(),
        organisation: values.organisation.trim(),
        description: values.description.trim(),
      });
      announce(t('admin.external.added', { name: values.name.trim() }));
      form.clearErrors();
      setValues(EMPTY);
      onAdded();
    } catch (error) {
      form.showServerError(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Heading3>{t('admin.external.addTitle')}</Heading3>
      <ErrorSummary form={form} />
      <form noValidate onSubmit={(event) => void handleSubmit(event)} className="form">
        <TextField form={form} name="name" label={labels.name} value={values.name} onChange={set('name')} />
        <TextField
          form={form}
          name="url"
          type="url"
          label={labels.url}
          description={t('admin.external.urlHint')}
          value={values.url}
          onChange={set('url')}
        />
        <TextField form={form} name="organisation" optional label={labels.organisation} value={values.organisation} onChange={set('organisation')} />
        <TextAreaField form={form} name="description" optional rows={3} label={labels.description} value={values.description} onChange={set('description')} />
        <Button type="submit" appearance="primary-action-button" busy={busy}>
          {t('admin.external.add')}
        </Button>
      </form>
    </>
  );
}
