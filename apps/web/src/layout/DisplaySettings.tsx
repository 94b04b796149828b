import { useTranslation } from 'react-i18next';
import { useHighContrast } from '../a11y/displaySettings';

/**
 * Toggle button for the high-contrast theme. Screen readers read the new state from
 * `aria-pressed`, so no extra announcement is needed. The check mark shows it on screen.
 */
export function DisplaySettings() {
  const { t } = useTranslation();
  const [highContrast, setHighContrast] = useHighContrast();

  return (
    <button
      type="button"
      className="display-toggle"
      aria-pressed={highContrast}
      onClick={() => setHighContrast(!highContrast)}
    >
      <span className="display-toggle__box" aria-hidden="true">
        {highContrast ? '✓' : ''}
      </span>
      {t('display.highContrast')}
    </button>
  );
}
