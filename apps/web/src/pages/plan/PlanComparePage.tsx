import type { PlanRevisionDetail } from '@inclusieplein/contract';
import { Fieldset, FieldsetLegend, FormLabel, Heading2, Paragraph, RadioButton } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router-dom';
import { PageHeading } from '../../a11y/PageHeading';
import { planApi, referenceApi } from '../../api/endpoints';
import { useApi } from '../../api/useApi';
import { AppLink } from '../../components/AppLink';
import { ErrorAlert } from '../../components/ErrorText';
import { Loading } from '../../components/Loading';
import { PlanLoadState } from './PlanLoadState';
import { planPaths } from './planPaths';
import { countChanges, lineChanges, TextDiff, type DiffLayout } from './TextDiff';

type Revision = PlanRevisionDetail;

/** Writes one line per action, so the same line diff shows changed actions. */
function actionLines(revision: Revision, statusLabel: (status: Revision['actions'][number]['status']) => string): string {
  return revision.actions
    .map((action) =>
      [action.description, action.responsibleMember?.displayName, action.responsibleOrganisation, action.deadline, statusLabel(action.status)]
        .filter(Boolean)
        .join(' · '),
    )
    .join('\n');
}

export function PlanComparePage() {
  const { t } = useTranslation();
  const { planId = '' } = useParams();
  const [parameters] = useSearchParams();
  const from = Number.parseInt(parameters.get('van') ?? '', 10);
  const to = Number.parseInt(parameters.get('tot') ?? '', 10);
  const valid = from > 0 && to > 0;
  const [layout, setLayout] = useState<DiffLayout>('side-by-side');
  const plan = useApi(() => planApi.get(planId), [planId]);
  const municipalities = useApi(() => referenceApi.municipalities(), []);
  const revisions = useApi(
    valid ? () => Promise.all([planApi.revision(planId, from), planApi.revision(planId, to)]) : null,
    [planId, from, to],
  );

  if (!plan.data) {
    return <PlanLoadState error={plan.error} />;
  }
  const detail = plan.data;
  const slug = detail.network.slug;
  const title = from === to ? t('plans.compare.titleOne', { revision: from }) : t('plans.compare.title', { from, to });

  const header = (
    <>
      <Paragraph className="breadcrumb">
        <AppLink to={planPaths.history(slug, detail.id)}>{t('plans.compare.backToHistory')}</AppLink>
      </Paragraph>
      <PageHeading title={valid ? title : t('plans.compare.invalidTitle')} />
    </>
  );

  if (!valid) {
    return (
      <>
        {header}
        <Paragraph>{t('plans.compare.invalid')}</Paragraph>
      </>
    );
  }
  if (!revisions.data) {
    return (
      <>
        {header}
        {revisions.error !== undefined ? <ErrorAlert error={revisions.error} /> : <Loading />}
      </>
    );
  }

  const [before, after] = revisions.data;
  const beforeLabel = t('plans.revision', { revision: before.revision });
  const afterLabel = t('plans.revision', { revision: after.revision });
  const statusLabel = (status: Revision['actions'][number]['status']) => t(`plans.actionStatus.${status}`);
  const municipalityLines = (codes: string[]) =>
    codes.map((code) => municipalities.data?.find((item) => item.code === code)?.name ?? code).join('\n');
  const fields = [
    { key: 'title', label: t('plans.form.title'), old: before.title, now: after.title },
    { key: 'summary', label: t('plans.form.summary'), old: before.summary, now: after.summary },
    { key: 'body', label: t('plans.form.body'), old: before.body, now: after.body },
    { key: 'municipalities', label: t('plans.municipalitiesLabel'), old: municipalityLines(before.municipalityCodes), now: municipalityLines(after.municipalityCodes) },
    {
      key: 'articles',
      label: t('plans.articlesLabel'),
      old: before.crpdArticleNumbers.map((number) => t('plans.articleShort', { number })).join('\n'),
      now: after.crpdArticleNumbers.map((number) => t('plans.articleShort', { number })).join('\n'),
    },
    { key: 'actions', label: t('plans.view.actionsTitle'), old: actionLines(before, statusLabel), now: actionLines(after, statusLabel) },
  ].map((field) => ({ ...field, changes: lineChanges(field.old, field.now) }));
  const total = fields.reduce(
    (sum, field) => {
      const counts = countChanges(field.changes);
      return { added: sum.added + counts.added, removed: sum.removed + counts.removed };
    },
    { added: 0, removed: 0 },
  );

  return (
    <>
      {header}
      {from !== to && (
        <Paragraph className="diff-summary">
          {t('plans.compare.linesAdded', { count: total.added })}, {t('plans.compare.linesRemoved', { count: total.removed })}.
        </Paragraph>
      )}
      {from !== to && (
        <Fieldset role="radiogroup" className="no-print">
          <FieldsetLegend>{t('plans.compare.layoutLegend')}</FieldsetLegend>
          {(['side-by-side', 'inline'] as const).map((option) => (
            <div className="radio-option" key={option}>
              <RadioButton id={`compare-layout-${option}`} name="compare-layout" value={option} checked={layout === option} onChange={() => setLayout(option)} />
              <FormLabel htmlFor={`compare-layout-${option}`} type="radio">
                {option === 'inline' ? t('plans.compare.inline') : t('plans.compare.sideBySide')}
              </FormLabel>
            </div>
          ))}
        </Fieldset>
      )}
      {fields.map((field) => {
        const counts = countChanges(field.changes);
        return (
          <section key={field.key} aria-labelledby={`compare-${field.key}`}>
            <Heading2 id={`compare-${field.key}`}>{field.label}</Heading2>
            {from === to ? (
              <div className="conflict-text">{field.now || t('plans.compare.empty')}</div>
            ) : counts.added + counts.removed === 0 ? (
              <Paragraph>{t('plans.compare.noChanges')}</Paragraph>
            ) : (
              <TextDiff changes={field.changes} layout={layout} beforeLabel={beforeLabel} afterLabel={afterLabel} />
            )}
          </section>
        );
      })}
    </>
  );
}
