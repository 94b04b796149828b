import { LIMITS, type PlanConflictBody, type PlanDetail } from '@inclusieplein/contract';
import { Alert, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import { useAnnounce } from '../../a11y/LiveRegion';
import { PageHeading } from '../../a11y/PageHeading';
import { ApiError } from '../../api/client';
import { planApi } from '../../api/endpoints';
import type { FieldProblem } from '../../api/errorText';
import { useApi } from '../../api/useApi';
import { AppLink } from '../../components/AppLink';
import { RequireLogin } from '../../components/RequireLogin';
import { TextField } from '../../forms/fields';
import { useForm } from '../../forms/useForm';
import { checkText } from '../../forms/validation';
import { ConflictPanel } from './ConflictPanel';
import { LiveNotice } from './LiveNotice';
import { PlanForm, usePlanLabels } from './PlanForm';
import { PlanLoadState } from './PlanLoadState';
import { planPaths } from './planPaths';
import { planInput, valuesFromPlan, type PlanFormValues } from './planValues';
import { usePlanLive } from './usePlanLive';

export function EditPlanPage() {
  const { t } = useTranslation();
  return (
    <RequireLogin title={t('plans.edit.loginTitle')}>
      <EditPlanLoader />
    </RequireLogin>
  );
}

function EditPlanLoader() {
  const { planId = '' } = useParams();
  const plan = useApi(() => planApi.get(planId), [planId]);
  if (!plan.data) {
    return <PlanLoadState error={plan.error} />;
  }
  return <EditPlanContent plan={plan.data} />;
}

interface Conflict {
  mine: PlanFormValues;
  current: PlanDetail;
  takenOver: boolean;
}

function EditPlanContent({ plan }: { plan: PlanDetail }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const announce = useAnnounce();
  const slug = plan.network.slug;
  const [values, setValues] = useState<PlanFormValues>(() => valuesFromPlan(plan));
  const [changeSummary, setChangeSummary] = useState('');
  const [baseRevision, setBaseRevision] = useState(plan.revision);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [lock, setLock] = useState<PlanDetail | null>(plan.locked ? plan : null);
  const labels = usePlanLabels(values, true);
  const form = useForm('edit-plan', labels);
  const live = usePlanLive(plan.id, baseRevision, 'edit');

  useEffect(() => {
    if (conflict) live.clear();
  }, [conflict, live.clear]);

  const save = async (current: PlanFormValues, revision: number) => {
    try {
      await planApi.update(plan.id, { ...planInput(current), baseRevision: revision, changeSummary: changeSummary.trim() });
    } catch (error) {
      if (error instanceof ApiError && error.code === 'revision_conflict') {
        const body = error.body as PlanConflictBody;
        setConflict({ mine: current, current: body.current, takenOver: false });
      } else if (error instanceof ApiError && error.code === 'plan_locked') {
        setLock(await planApi.get(plan.id).catch(() => null));
      }
      throw error;
    }
    announce(t('plans.form.saved'));
    navigate(planPaths.view(slug, plan.id));
  };

  const takeTheirs = () => {
    if (!conflict) return;
    setValues(valuesFromPlan(conflict.current));
    setBaseRevision(conflict.current.revision);
    setConflict({ ...conflict, takenOver: true });
    form.clearErrors();
    announce(t('plans.conflict.tookTheirs'));
  };

  const keepMine = async () => {
    if (!conflict) return;
    const revision = conflict.current.revision;
    setBaseRevision(revision);
    setValues(conflict.mine);
    try {
      await save(conflict.mine, revision);
    } catch (error) {
      form.showServerError(error);
    }
  };

  if (!plan.canEdit && !plan.locked) {
    return (
      <>
        <PageHeading title={t('plans.edit.title', { title: plan.title })} />
        <Paragraph>{t('plans.edit.notAllowed')}</Paragraph>
        <Paragraph>
          <AppLink to={planPaths.view(slug, plan.id)}>{t('plans.backToPlan')}</AppLink>
        </Paragraph>
      </>
    );
  }

  return (
    <>
      <Paragraph className="breadcrumb">
        <AppLink to={planPaths.view(slug, plan.id)}>{t('plans.backToPlan')}</AppLink>
      </Paragraph>
      <PageHeading title={t('plans.edit.title', { title: plan.title })} />
      {live.updatedBy !== null && <LiveNotice name={live.updatedBy} />}
      {lock?.locked && (
        <Alert type="warning">
          <Paragraph>
            <strong>{t('plans.view.lockedTitle')}</strong> {t('plans.edit.lockedText')}
          </Paragraph>
          {lock.lockReason && <Paragraph>{t('plans.view.lockReason', { reason: lock.lockReason })}</Paragraph>}
        </Alert>
      )}
      {conflict && (
        <ConflictPanel
          mine={conflict.mine}
          current={conflict.current}
          takenOver={conflict.takenOver}
          onTakeTheirs={takeTheirs}
          onKeepMine={() => void keepMine()}
        />
      )}
      <PlanForm
        form={form}
        slug={slug}
        values={values}
        onChange={setValues}
        submitLabel={t('plans.edit.submit')}
        checkExtra={(): Record<string, FieldProblem> => {
          const problem = checkText(changeSummary, LIMITS.planChangeSummary);
          return problem ? { changeSummary: problem } : {};
        }}
        extraFields={
          <TextField
            form={form}
            name="changeSummary"
            optional
            label={t('plans.form.changeSummary')}
            description={t('plans.form.changeSummaryHint')}
            value={changeSummary}
            onChange={setChangeSummary}
          />
        }
        onSubmit={(current) => save(current, baseRevision)}
      />
    </>
  );
}
