import type { Municipality, PlanStatus, PlanSummary } from '@inclusieplein/contract';
import { Paragraph, StatusBadge } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { AppLink } from '../../components/AppLink';
import { useFormat } from '../../i18n/format';
import { planPaths } from './planPaths';

/** Shows the status of a plan as a word, so its meaning never depends on colour. */
export function PlanStatusBadge({ status }: { status: PlanStatus }) {
  const { t } = useTranslation();
  let tone: 'safe' | 'neutral' | 'active' = 'active';
  if (status === 'completed') tone = 'safe';
  if (status === 'paused') tone = 'neutral';
  return (
    <StatusBadge status={tone} className="badge">
      {t('plans.statusLabel', { status: t(`plans.status.${status}`) })}
    </StatusBadge>
  );
}

/** Warning sign plus text for overdue actions. The text carries the meaning, the sign only helps to spot it. */
export function OverdueText({ count }: { count: number }) {
  const { t } = useTranslation();
  if (count === 0) {
    return <span>{t('plans.noOverdue')}</span>;
  }
  return (
    <strong className="overdue">
      <span aria-hidden="true" className="overdue__icon">
        ⚠
      </span>{' '}
      {t('plans.overdueCount', { count })}
    </strong>
  );
}

export function municipalityNames(municipalities: Municipality[]): string {
  return municipalities.map((municipality) => municipality.name).join(', ');
}

/** Shows one plan in a list: title link, status, municipalities, articles and overdue actions. */
export function PlanCard({ plan, showNetwork }: { plan: PlanSummary; showNetwork: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();

  return (
    <li className="card">
      <h3 className="utrecht-heading-3">
        <AppLink to={planPaths.view(plan.network.slug, plan.id)}>{plan.title}</AppLink>
      </h3>
      <div className="badge-row">
        <PlanStatusBadge status={plan.status} />
        {plan.locked && (
          <StatusBadge status="warning" className="badge">
            {t('plans.locked')}
          </StatusBadge>
        )}
      </div>
      {plan.summary && <Paragraph>{plan.summary}</Paragraph>}
      <dl className="plan-facts">
        {showNetwork && (
          <div>
            <dt>{t('plans.networkLabel')}</dt>
            <dd>{plan.network.name}</dd>
          </div>
        )}
        <div>
          <dt>{t('plans.municipalitiesLabel')}</dt>
          <dd>{plan.municipalities.length > 0 ? municipalityNames(plan.municipalities) : t('plans.noMunicipalities')}</dd>
        </div>
        <div>
          <dt>{t('plans.articlesLabel')}</dt>
          <dd>
            {plan.crpdArticleNumbers.length > 0
              ? plan.crpdArticleNumbers.map((number) => t('plans.articleShort', { number })).join(', ')
              : t('plans.noArticles')}
          </dd>
        </div>
        <div>
          <dt>{t('plans.actionsLabel')}</dt>
          <dd>
            <OverdueText count={plan.overdueActionCount} />
          </dd>
        </div>
        <div>
          <dt>{t('plans.updatedLabel')}</dt>
          <dd>
            {t('plans.revision', { revision: plan.revision })}, <time dateTime={plan.updatedAt}>{format.date(plan.updatedAt)}</time>
          </dd>
        </div>
      </dl>
    </li>
  );
}
