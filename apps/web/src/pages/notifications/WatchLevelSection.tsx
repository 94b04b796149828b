import { WATCH_LEVELS, type WatchLevel } from '@inclusieplein/contract';
import { Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useAnnounce } from '../../a11y/LiveRegion';
import { notificationApi } from '../../api/notificationEndpoints';
import { useApi } from '../../api/useApi';
import { ErrorAlert } from '../../components/ErrorText';
import { Loading } from '../../components/Loading';
import { ChoiceFieldset } from './ChoiceFieldset';
import './notifications.css';

/**
 * Form on the network page where a member chooses what to hear from the network. Saving is
 * confirmed politely in the live region and in a note under the button. Focus stays on the button.
 */
export function WatchLevelSection({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const watch = useApi(() => notificationApi.watch(slug), [slug]);
  const [level, setLevel] = useState<WatchLevel | null>(null);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState<WatchLevel | null>(null);
  const [error, setError] = useState<unknown>(undefined);

  useEffect(() => {
    if (watch.data) setLevel(watch.data.level);
  }, [watch.data]);

  const choose = (next: WatchLevel) => {
    setSaved(null);
    setLevel(next);
  };

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy || !level) return;
    setBusy(true);
    setError(undefined);
    try {
      await notificationApi.setWatch(slug, { level });
      setSaved(level);
      announce(t('notifications.watch.saved', { level: t(`notifications.watch.level.${level}`) }));
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="watch-level-heading" className="panel">
      <Heading2 id="watch-level-heading">{t('notifications.watch.title')}</Heading2>
      {watch.error !== undefined && <ErrorAlert error={watch.error} />}
      {watch.loading && !watch.data && <Loading />}
      {level && (
        <form noValidate onSubmit={(event) => void handleSubmit(event)} className="form choice-form">
          <ChoiceFieldset
            id="watch-level"
            legend={t('notifications.watch.legend')}
            options={WATCH_LEVELS}
            value={level}
            labelOf={(option) => t(`notifications.watch.level.${option}`)}
            explanationOf={(option) => t(`notifications.watch.explanation.${option}`)}
            onChange={choose}
          />
          {error !== undefined && <ErrorAlert error={error} />}
          <Button type="submit" appearance="secondary-action-button" busy={busy} aria-disabled={busy || undefined}>
            {t('notifications.watch.save')}
          </Button>
          {saved && (
            <Paragraph className="success-note">
              {t('notifications.watch.saved', { level: t(`notifications.watch.level.${saved}`) })}
            </Paragraph>
          )}
        </form>
      )}
    </section>
  );
}
