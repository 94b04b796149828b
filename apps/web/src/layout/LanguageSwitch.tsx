import { useTranslation } from 'react-i18next';
import { changeLanguage, currentLanguage, LANGUAGES, type Language } from '../i18n';

const NAMES: Record<Language, string> = { nl: 'Nederlands', en: 'English' };

/** Buttons to switch the interface language; each name is written in its own language. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const active = currentLanguage();

  return (
    <nav aria-label={t('layout.languageNav')} className="language-switch">
      <ul>
        {LANGUAGES.map((language) => (
          <li key={language}>
            <button
              type="button"
              lang={language}
              className="language-switch__button"
              aria-pressed={language === active}
              onClick={() => void changeLanguage(language)}
            >
              {NAMES[language]}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
