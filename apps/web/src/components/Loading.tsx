import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';

/** Loading notice; `role="status"` lets screen readers hear it without moving focus. */
export function Loading({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <Paragraph role="status" className="loading">
      {label ?? t('common.loading')}
    </Paragraph>
  );
}
