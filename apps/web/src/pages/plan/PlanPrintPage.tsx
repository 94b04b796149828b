import { Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { PageHeading } from '../../a11y/PageHeading';
import { planApi } from '../../api/endpoints';
import { useApi } from '../../api/useApi';
import { AppLink } from '../../components/AppLink';
import { useFormat } from '../../i18n/format';
import { PlanActionsTable } from './PlanActionsTable';
import { municipalityNames } from './planParts';
import { PlanLoadState } from './PlanLoadState';
import { planPaths } from './planPaths';

/** Shows the plan on its own, without the site's header and footer, to print or save as PDF. */
export function PlanPrintPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { planId = '' } = useParams();
  const plan = useApi(() => planApi.get(planId), [planId]);

  if (!plan.data) {
    return <PlanLoadState error={plan.error} />;
  }
  const detail = plan.data;

  return (
    <article className="plan-print">
      <div className="button-row no-print">
        <AppLink to={planPaths.view(detail.network.slug, detail.id)}>{t('plans.backToPlan')}</AppLink>
        <Button type="button" appearance="primary-action-button" onClick={() => window.print()}>
          {t('plans.print.button')}
        </Button>
      </div>
      <PageHeading title={detail.title} />
      <Paragraph>
        {t('plans.statusLabel', { status: t(`plans.status.${detail.status}`) })}.{' '}
        {t('plans.print.version', { revision: detail.revision })} <time dateTime={detail.updatedAt}>{format.date(detail.updatedAt)}</time>.
      </Paragraph>
      <Paragraph>
        {t('plans.networkLabel')}: {detail.network.name}. {t('plans.municipalitiesLabel')}:{' '}
        {municipalityNames(detail.municipalities) || t('plans.noMunicipalities')}.
      </Paragraph>
      <Heading2>{t('plans.view.summaryTitle')}</Heading2>
      <Paragraph>{detail.summary || t('plans.view.noSummary')}</Paragraph>
      <Heading2>{t('plans.view.bodyTitle')}</Heading2>
      {/* bodyHtml is rendered and sanitised by the API. */}
      <div className="plan-body" dangerouslySetInnerHTML={{ __html: detail.bodyHtml }} />
      <Heading2>{t('plans.view.actionsTitle')}</Heading2>
      <PlanActionsTable actions={detail.actions} />
    </article>
  );
}
