import type { DocumentFormat } from '@inclusieplein/contract';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

export interface FileFacts {
  /** File size such as "43 kB" or "1,2 MB", counted in multiples of 1024 bytes. */
  size: (bytes: number) => string;
  /** Name people know a format by, such as "Word" for docx. */
  formatName: (format: DocumentFormat) => string;
  /** Format and size together, such as "PDF, 43 kB". */
  formatAndSize: (format: DocumentFormat, bytes: number) => string;
  /** Names of several formats as one list, such as "PDF, Word en Excel". */
  formatList: (formats: readonly DocumentFormat[]) => string;
}

/** Returns formatters for file sizes and formats in the interface language. */
export function useFileFacts(): FileFacts {
  const { t, i18n } = useTranslation();
  const locale = i18n.language === 'en' ? 'en-GB' : 'nl-NL';

  return useMemo(() => {
    const oneDecimal = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
    const whole = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
    const list = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' });

    // Binary multiples (1 kB = 1024 bytes) with the short unit names that Windows and Office show.
    const size = (bytes: number) => {
      if (bytes < 1024) return t('documents.size.bytes', { count: bytes });
      if (bytes < 1024 ** 2) return t('documents.size.kB', { value: whole.format(Math.max(1, Math.round(bytes / 1024))) });
      if (bytes < 1024 ** 3) return t('documents.size.MB', { value: oneDecimal.format(bytes / 1024 ** 2) });
      return t('documents.size.GB', { value: oneDecimal.format(bytes / 1024 ** 3) });
    };
    const formatName = (format: DocumentFormat) => t(`documents.format.${format}`);
    return {
      size,
      formatName,
      formatAndSize: (format, bytes) => t('documents.formatAndSize', { format: formatName(format), size: size(bytes) }),
      formatList: (formats) => list.format(formats.map(formatName)),
    };
  }, [t, locale]);
}
