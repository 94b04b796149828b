import { Button, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';

interface LiveNoticeProps {
  name: string;
  /** Loads the new version. Left out on the edit page, where the form keeps the person's text. */
  onShow?: () => void;
}

/** Notice that someone else saved the plan. It appears in place and takes no focus. The live region reads it. */
export function LiveNotice({ name, onShow }: LiveNoticeProps) {
  const { t } = useTranslation();
  return (
    <div className="live-notice no-print">
      <Paragraph>
        {onShow ? t('plans.live.updated', { name }) : t('plans.live.updatedWhileEditing', { name })}{' '}
        {onShow && (
          <Button type="button" appearance="secondary-action-button" onClick={onShow}>
            {t('plans.live.showNow')}
          </Button>
        )}
      </Paragraph>
    </div>
  );
}
