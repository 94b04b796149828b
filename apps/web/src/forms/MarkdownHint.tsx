import { useTranslation } from 'react-i18next';

/** Short explanation of the Markdown that post bodies accept. */
export function MarkdownHint() {
  const { t } = useTranslation();
  return (
    <>
      {t('markdown.intro')}{' '}
      <code>**{t('markdown.bold')}**</code>, <code>*{t('markdown.italic')}*</code>, <code>- {t('markdown.listItem')}</code>,{' '}
      <code>[{t('markdown.linkText')}](https://…)</code>. {t('markdown.paragraph')}
    </>
  );
}
