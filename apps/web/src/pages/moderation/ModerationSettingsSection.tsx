import { Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useAnnounce } from '../../a11y/LiveRegion';
import { moderationApi } from '../../api/moderationEndpoints';
import { useApi } from '../../api/useApi';
import { ErrorAlert } from '../../components/ErrorText';
import { Loading } from '../../components/Loading';
import { ErrorSummary } from '../../forms/ErrorSummary';
import { TextField } from '../../forms/fields';
import { useForm } from '../../forms/useForm';

/** The API accepts 0 (off) to 20 first posts that need approval. */
const MAX_FIRST_POSTS = 20;

/** Per-network setting: how many first posts of a new member a moderator approves before others see them. */
export function ModerationSettingsSection({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const settings = useApi(() => moderationApi.settings(slug), [slug]);
  const labels = useMemo(() => ({ firstPostsRequiringApproval: t('moderation.settings.firstPostsLabel') }), [t]);
  const form = useForm('moderation-settings', labels);
  const [value, setValue] = useState('');
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (settings.data) {
      setValue(String(settings.data.firstPostsRequiringApproval));
    }
  }, [settings.data]);

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) {
      return;
    }
    const trimmed = value.trim();
    const number = Number(trimmed);
    if (!/^\d+$/.test(trimmed) || number > MAX_FIRST_POSTS) {
      form.showProblems({ firstPostsRequiringApproval: { code: 'invalid', params: { context: 'range', max: MAX_FIRST_POSTS } } });
      return;
    }
    setBusy(true);
    try {
      const saved = await moderationApi.saveSettings(slug, { firstPostsRequiringApproval: number });
      form.clearErrors();
      settings.setData(saved);
      announce(
        saved.firstPostsRequiringApproval === 0
          ? t('moderation.settings.savedOff')
          : t('moderation.settings.saved', { count: saved.firstPostsRequiringApproval }),
      );
    } catch (error) {
      form.showServerError(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="moderation-settings-heading" className="panel">
      <Heading2 id="moderation-settings-heading">{t('moderation.settings.title')}</Heading2>
      <Paragraph>{t('moderation.settings.intro')}</Paragraph>
      {settings.error !== undefined && <ErrorAlert error={settings.error} />}
      {settings.loading && !settings.data && <Loading />}
      {settings.data && (
        <>
          <ErrorSummary form={form} />
          <form noValidate onSubmit={(event) => void handleSubmit(event)} className="form">
            <TextField
              form={form}
              name="firstPostsRequiringApproval"
              label={labels.firstPostsRequiringApproval}
              description={t('moderation.settings.firstPostsHint', { max: MAX_FIRST_POSTS })}
              value={value}
              onChange={setValue}
            />
            <Button type="submit" appearance="primary-action-button" busy={busy}>
              {t('moderation.settings.save')}
            </Button>
          </form>
        </>
      )}
    </section>
  );
}
