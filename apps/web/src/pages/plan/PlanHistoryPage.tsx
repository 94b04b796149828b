import type { PlanRevisionSummary } from '@inclusieplein/contract';
import { Button, Heading2, Paragraph, Select, SelectOption } from '@utrecht/component-library-react';
import { useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import { focusElement } from '../../a11y/focus';
import { useAnnounce } from '../../a11y/LiveRegion';
import { PageHeading } from '../../a11y/PageHeading';
import { planApi } from '../../api/endpoints';
import { useApi } from '../../api/useApi';
import { AppLink } from '../../components/AppLink';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorAlert } from '../../components/ErrorText';
import { FieldFrame } from '../../forms/fields';
import { useForm } from '../../forms/useForm';
import { useFormat } from '../../i18n/format';
import { PlanLoadState } from './PlanLoadState';
import { planPaths } from './planPaths';

export function PlanHistoryPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const announce = useAnnounce();
  const { planId = '' } = useParams();
  const plan = useApi(() => planApi.get(planId), [planId]);
  const revisions = useApi(() => planApi.revisions(planId), [planId]);
  const [restoring, setRestoring] = useState<PlanRevisionSummary | null>(null);
  const [restoreError, setRestoreError] = useState<unknown>(undefined);
  const opener = useRef<HTMLButtonElement | null>(null);
  const listHeading = useRef<HTMLHeadingElement>(null);
  const labels = useMemo(() => ({ from: t('plans.history.from'), to: t('plans.history.to') }), [t]);
  const form = useForm('plan-compare', labels);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');

  if (!plan.data) {
    return <PlanLoadState error={plan.error} />;
  }
  const detail = plan.data;
  const slug = detail.network.slug;
  const list = revisions.data ?? [];
  const newest = list.reduce((max, item) => Math.max(max, item.revision), 0);
  const fromValue = from || String(Math.max(1, newest - 1));
  const toValue = to || String(newest);

  const restore = async () => {
    if (!restoring) return;
    const revision = restoring.revision;
    setRestoring(null);
    try {
      await planApi.restore(detail.id, revision, detail.revision);
      setRestoreError(undefined);
      await Promise.all([plan.reload(), revisions.reload()]);
      announce(t('plans.history.restored', { revision }));
      focusElement(listHeading.current);
    } catch (error) {
      setRestoreError(error);
      opener.current?.focus();
    }
  };

  const compare = (event: FormEvent) => {
    event.preventDefault();
    navigate(planPaths.compare(slug, detail.id, Number(fromValue), Number(toValue)));
  };

  const revisionSelect = (name: 'from' | 'to', value: string, onChange: (value: string) => void) => (
    <FieldFrame form={form} name={name} label={labels[name]}>
      {(ids) => (
        <Select id={ids.id} value={value} onChange={(event) => onChange(event.target.value)}>
          {list.map((item) => (
            <SelectOption key={item.revision} value={String(item.revision)}>
              {t('plans.revision', { revision: item.revision })}
            </SelectOption>
          ))}
        </Select>
      )}
    </FieldFrame>
  );

  return (
    <>
      <Paragraph className="breadcrumb">
        <AppLink to={planPaths.view(slug, detail.id)}>{t('plans.backToPlan')}</AppLink>
      </Paragraph>
      <PageHeading title={t('plans.history.title', { title: detail.title })} />
      {restoreError !== undefined && <ErrorAlert error={restoreError} />}

      {list.length > 1 && (
        <section aria-labelledby="plan-compare-heading" className="panel">
          <Heading2 id="plan-compare-heading">{t('plans.history.compareTitle')}</Heading2>
          <form noValidate onSubmit={compare} className="form form--inline">
            {revisionSelect('from', fromValue, setFrom)}
            {revisionSelect('to', toValue, setTo)}
            <Button type="submit" appearance="secondary-action-button">
              {t('plans.history.compare')}
            </Button>
          </form>
        </section>
      )}

      <section aria-labelledby="plan-revisions-heading">
        <Heading2 id="plan-revisions-heading" ref={listHeading}>
          {t('plans.history.listTitle')}
        </Heading2>
        {revisions.error !== undefined && <ErrorAlert error={revisions.error} />}
        <ol className="card-list" reversed>
          {list.map((item) => (
            <li key={item.revision} className="card">
              <h3 className="utrecht-heading-3">
                {t('plans.revision', { revision: item.revision })}
                {item.revision === detail.revision && ` ${t('plans.history.current')}`}
              </h3>
              <Paragraph>
                {t('plans.history.by', { name: item.author.displayName })} <time dateTime={item.createdAt}>{format.dateTime(item.createdAt)}</time>
              </Paragraph>
              <Paragraph>{item.changeSummary || t('plans.history.noSummary')}</Paragraph>
              {item.restoredFrom !== null && <Paragraph>{t('plans.history.restoredFrom', { revision: item.restoredFrom })}</Paragraph>}
              <div className="button-row">
                <AppLink to={planPaths.compare(slug, detail.id, item.revision, item.revision)}>
                  {t('plans.history.view', { revision: item.revision })}
                </AppLink>
                {detail.canEdit && item.revision !== detail.revision && (
                  <Button
                    type="button"
                    appearance="secondary-action-button"
                    onClick={(event) => {
                      opener.current = event.currentTarget;
                      setRestoring(item);
                    }}
                  >
                    {t('plans.history.restore', { revision: item.revision })}
                  </Button>
                )}
              </div>
            </li>
          ))}
        </ol>
      </section>

      <ConfirmDialog
        open={restoring !== null}
        title={t('plans.history.confirmTitle', { revision: restoring?.revision ?? 0 })}
        message={t('plans.history.confirmText', { revision: restoring?.revision ?? 0 })}
        confirmLabel={t('plans.history.confirm')}
        cancelLabel={t('common.cancel')}
        onConfirm={() => void restore()}
        onCancel={() => {
          setRestoring(null);
          opener.current?.focus();
        }}
      />
    </>
  );
}
