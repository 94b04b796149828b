import type { PlanDetail } from '@inclusieplein/contract';
import { Alert, Heading2, Paragraph, StatusBadge } from '@utrecht/component-library-react';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { focusElement } from '../../a11y/focus';
import { PageHeading } from '../../a11y/PageHeading';
import { planApi } from '../../api/endpoints';
import { useApi } from '../../api/useApi';
import { AppLink } from '../../components/AppLink';
import { useFormat } from '../../i18n/format';
import { useSession } from '../../session/SessionContext';
import { LiveNotice } from './LiveNotice';
import { PlanActionsTable } from './PlanActionsTable';
import { PlanLoadState } from './PlanLoadState';
import { PlanLockForm, PlanStatusForm } from './PlanManageForms';
import { municipalityNames, PlanStatusBadge } from './planParts';
import { planPaths } from './planPaths';
import { PlanReuseForm } from './PlanReuseForm';
import { usePlanLive } from './usePlanLive';

export function PlanPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { user } = useSession();
  const { planId = '' } = useParams();
  const plan = useApi(() => planApi.get(planId), [planId]);
  const live = usePlanLive(planId, plan.data?.revision, 'view');
  const top = useRef<HTMLDivElement>(null);

  if (!plan.data) {
    return <PlanLoadState error={plan.error} />;
  }
  const detail: PlanDetail = plan.data;
  const slug = detail.network.slug;

  const showNewVersion = async () => {
    await plan.reload();
    live.clear();
    // The notice and its button disappear, so focus goes to the plan's heading instead of the page body.
    focusElement(top.current?.querySelector('h1'));
  };

  return (
    <div ref={top} data-live={live.joined ? 'joined' : 'waiting'}>
      <Paragraph className="breadcrumb no-print">
        <AppLink to={`/netwerken/${slug}`}>{t('plans.backToNetwork', { name: detail.network.name })}</AppLink>
      </Paragraph>
      <PageHeading title={detail.title} />
      <div className="badge-row">
        <PlanStatusBadge status={detail.status} />
        {detail.locked && (
          <StatusBadge status="warning" className="badge">
            {t('plans.locked')}
          </StatusBadge>
        )}
      </div>
      {live.updatedBy !== null && <LiveNotice name={live.updatedBy} onShow={() => void showNewVersion()} />}

      {detail.locked && (
        <Alert type="warning">
          <Paragraph>
            <strong>{t('plans.view.lockedTitle')}</strong>{' '}
            {detail.lockedBy && t('plans.view.lockedBy', { name: detail.lockedBy.displayName })}
          </Paragraph>
          {detail.lockReason && <Paragraph>{t('plans.view.lockReason', { reason: detail.lockReason })}</Paragraph>}
        </Alert>
      )}

      <nav aria-label={t('plans.view.toolsLabel')} className="no-print">
        <ul className="plan-tools">
          {detail.canEdit && (
            <li>
              <AppLink to={planPaths.edit(slug, detail.id)} appearance="primary-button">
                {t('plans.view.edit')}
              </AppLink>
            </li>
          )}
          <li>
            <AppLink to={planPaths.history(slug, detail.id)}>{t('plans.view.history')}</AppLink>
          </li>
          <li>
            <AppLink to={planPaths.print(slug, detail.id)}>{t('plans.view.print')}</AppLink>
          </li>
          <li>
            <a className="utrecht-link utrecht-link--html-a" href={planApi.exportUrl(detail.id)} download>
              {t('plans.view.download')}
            </a>
          </li>
          <li>
            <AppLink to={`/netwerken/${slug}/onderwerpen/${detail.threadId}`}>{t('plans.view.thread')}</AppLink>
          </li>
        </ul>
      </nav>

      <dl className="facts">
        <div>
          <dt>{t('plans.municipalitiesLabel')}</dt>
          <dd>{detail.municipalities.length > 0 ? municipalityNames(detail.municipalities) : t('plans.noMunicipalities')}</dd>
        </div>
        <div>
          <dt>{t('plans.articlesLabel')}</dt>
          <dd>
            {detail.crpdArticles.length > 0 ? (
              <ul className="plain-list">
                {detail.crpdArticles.map((article) => (
                  <li key={article.number}>{t('networkForm.crpd.article', { number: article.number, title: article.titleNl })}</li>
                ))}
              </ul>
            ) : (
              t('plans.noArticles')
            )}
          </dd>
        </div>
        <div>
          <dt>{t('plans.updatedLabel')}</dt>
          <dd>
            {t('plans.view.versionBy', { revision: detail.revision, name: detail.updatedBy.displayName })}{' '}
            <time dateTime={detail.updatedAt}>{format.dateTime(detail.updatedAt)}</time>
          </dd>
        </div>
        <div>
          <dt>{t('plans.view.createdLabel')}</dt>
          <dd>
            {detail.createdBy.displayName}, <time dateTime={detail.createdAt}>{format.date(detail.createdAt)}</time>
          </dd>
        </div>
      </dl>

      {detail.source && (
        <Paragraph>
          {t('plans.view.sourcePrefix')}{' '}
          {detail.source.readable ? (
            <>
              <AppLink to={planPaths.view(detail.source.networkSlug, detail.source.planId)}>{detail.source.title}</AppLink>{' '}
              {t('plans.view.sourceDetails', {
                revision: detail.source.revision,
                municipalities: municipalityNames(detail.source.municipalities) || t('plans.noMunicipalities'),
              })}
            </>
          ) : (
            <>
              {detail.source.title} {t('plans.view.sourceHidden')}
            </>
          )}
        </Paragraph>
      )}

      <section aria-labelledby="plan-summary-heading">
        <Heading2 id="plan-summary-heading">{t('plans.view.summaryTitle')}</Heading2>
        <Paragraph>{detail.summary || t('plans.view.noSummary')}</Paragraph>
      </section>

      <section aria-labelledby="plan-body-heading">
        <Heading2 id="plan-body-heading">{t('plans.view.bodyTitle')}</Heading2>
        {/* bodyHtml is rendered and sanitised by the API, as post bodies are. */}
        {detail.body ? <div className="plan-body" dangerouslySetInnerHTML={{ __html: detail.bodyHtml }} /> : <Paragraph>{t('plans.view.noBody')}</Paragraph>}
      </section>

      <section aria-labelledby="plan-actions-heading">
        <Heading2 id="plan-actions-heading">{t('plans.view.actionsTitle')}</Heading2>
        <PlanActionsTable actions={detail.actions} />
      </section>

      <section aria-labelledby="plan-status-history-heading">
        <Heading2 id="plan-status-history-heading">{t('plans.view.statusHistoryTitle')}</Heading2>
        <ol className="plain-list">
          {detail.statusHistory.map((change) => (
            <li key={`${change.changedAt}-${change.to}`}>
              {change.from
                ? t('plans.view.statusChange', { from: t(`plans.status.${change.from}`), to: t(`plans.status.${change.to}`) })
                : t('plans.view.statusStart', { to: t(`plans.status.${change.to}`) })}{' '}
              {t('plans.view.changedBy', { name: change.changedBy.displayName })}, <time dateTime={change.changedAt}>{format.date(change.changedAt)}</time>
              {change.note && <>. {t('plans.view.note', { note: change.note })}</>}
            </li>
          ))}
        </ol>
      </section>

      {detail.reusedBy.length > 0 && (
        <section aria-labelledby="plan-reused-heading">
          <Heading2 id="plan-reused-heading">{t('plans.view.reusedTitle')}</Heading2>
          <ul className="plain-list">
            {detail.reusedBy.map((copy) => (
              <li key={copy.planId}>
                <AppLink to={planPaths.view(copy.networkSlug, copy.planId)}>{copy.title}</AppLink>
                {copy.municipalities.length > 0 && ` (${municipalityNames(copy.municipalities)})`}
              </li>
            ))}
          </ul>
        </section>
      )}

      {detail.canEdit && <PlanStatusForm plan={detail} onChanged={plan.setData} />}
      {detail.canLock && <PlanLockForm plan={detail} onChanged={plan.setData} />}
      {user && <PlanReuseForm plan={detail} />}
    </div>
  );
}
