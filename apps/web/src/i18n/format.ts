import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

const LOCALES = { nl: 'nl-NL', en: 'en-GB' } as const;

export interface Formatters {
  /** Date and time, such as "3 maart 2025 om 14:05". */
  dateTime: (iso: string) => string;
  /** Date only, such as "3 maart 2025". */
  date: (iso: string) => string;
  number: (value: number) => string;
}

/** Returns Intl formatters for the current interface language. */
export function useFormat(): Formatters {
  const { i18n } = useTranslation();
  const locale = i18n.language === 'en' ? LOCALES.en : LOCALES.nl;

  return useMemo(() => {
    const dateTimeFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' });
    const dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'long' });
    const numberFormat = new Intl.NumberFormat(locale);
    return {
      dateTime: (iso) => dateTimeFormat.format(new Date(iso)),
      date: (iso) => dateFormat.format(new Date(iso)),
      number: (value) => numberFormat.format(value),
    };
  }, [locale]);
}
