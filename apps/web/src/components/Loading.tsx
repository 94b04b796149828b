import { Paragraph } from '@utrecht/component-library-react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useAnnounce } from '../a11y/LiveRegion';

/** Loading that ends within this time is not announced, so fast pages stay quiet. */
const ANNOUNCE_DELAY_MS = 500;

/**
 * Shows a loading notice and, after a short delay, reads it through the app's polite live region.
 * That region exists before the notice appears, because a live region added together with its
 * text is often not read. Focus stays where it is.
 */
export function Loading({ label }: { label?: string }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const text = label ?? t('common.loading');

  useEffect(() => {
    const timer = window.setTimeout(() => announce(text), ANNOUNCE_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [announce, text]);

  return <Paragraph className="loading">{text}</Paragraph>;
}
