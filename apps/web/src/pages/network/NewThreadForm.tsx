import { LIMITS, type NetworkDetail } from '@inclusieplein/contract';
import { Button, Heading2 } from '@utrecht/component-library-react';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useAnnounce } from '../../a11y/LiveRegion';
import { networkApi } from '../../api/endpoints';
import { ErrorSummary } from '../../forms/ErrorSummary';
import { TextAreaField, TextField } from '../../forms/fields';
import { MarkdownHint } from '../../forms/MarkdownHint';
import { hasProblems, useForm } from '../../forms/useForm';
import { checkAll } from '../../forms/validation';

interface NewThreadFormProps {
  network: NetworkDetail;
  /** Called with the new thread's id before navigating, so its live event can be ignored. */
  onCreated: (threadId: string) => void;
}

export function NewThreadForm({ network, onCreated }: NewThreadFormProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const announce = useAnnounce();
  const labels = useMemo(() => ({ title: t('threads.titleLabel'), body: t('threads.bodyLabel') }), [t]);
  const form = useForm('new-thread', labels);
  const [values, setValues] = useState({ title: '', body: '' });
  const [busy, setBusy] = useState(false);

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) {
      return;
    }
    const problems = checkAll(values, {
      title: { required: true, ...LIMITS.threadTitle },
      body: { required: true, ...LIMITS.postBody },
    });
    if (hasProblems(problems)) {
      form.showProblems(problems);
      return;
    }
    setBusy(true);
    try {
      const thread = await networkApi.createThread(network.slug, { title: values.title.trim(), body: values.body });
      onCreated(thread.id);
      announce(t('threads.created'));
      navigate(`/netwerken/${network.slug}/onderwerpen/${thread.id}`);
    } catch (error) {
      form.showServerError(error);
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="new-thread-heading" className="panel">
      <Heading2 id="new-thread-heading">{t('threads.newTitle')}</Heading2>
      <ErrorSummary form={form} />
      <form noValidate onSubmit={(event) => void handleSubmit(event)} className="form">
        <TextField
          form={form}
          name="title"
          label={labels.title}
          description={t('threads.titleHint')}
          value={values.title}
          onChange={(title) => setValues((current) => ({ ...current, title }))}
        />
        <TextAreaField
          form={form}
          name="body"
          rows={8}
          label={labels.body}
          description={<MarkdownHint />}
          value={values.body}
          onChange={(body) => setValues((current) => ({ ...current, body }))}
        />
        <Button type="submit" appearance="primary-action-button" busy={busy}>
          {t('threads.createButton')}
        </Button>
      </form>
    </section>
  );
}
