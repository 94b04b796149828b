import { Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import { useAnnounce } from '../../a11y/LiveRegion';
import { PageHeading } from '../../a11y/PageHeading';
import { networkApi, planApi } from '../../api/endpoints';
import { useApi } from '../../api/useApi';
import { AppLink } from '../../components/AppLink';
import { RequireLogin } from '../../components/RequireLogin';
import { useForm } from '../../forms/useForm';
import { PlanForm, usePlanLabels } from './PlanForm';
import { planPaths } from './planPaths';
import { EMPTY_PLAN, planInput, type PlanFormValues } from './planValues';

export function NewPlanPage() {
  const { t } = useTranslation();
  return (
    <RequireLogin title={t('plans.create.title')}>
      <NewPlanContent />
    </RequireLogin>
  );
}

function NewPlanContent() {
  const { t } = useTranslation();
  const { slug = '' } = useParams();
  const navigate = useNavigate();
  const announce = useAnnounce();
  const network = useApi(() => networkApi.get(slug), [slug]);
  const [values, setValues] = useState<PlanFormValues>(EMPTY_PLAN);
  const labels = usePlanLabels(values, false);
  const form = useForm('new-plan', labels);

  const save = async (current: PlanFormValues) => {
    const created = await planApi.create(slug, planInput(current));
    announce(t('plans.form.created'));
    navigate(planPaths.view(slug, created.id));
  };

  return (
    <>
      <Paragraph className="breadcrumb">
        <AppLink to={`/netwerken/${slug}`}>{t('plans.backToNetwork', { name: network.data?.name ?? slug })}</AppLink>
      </Paragraph>
      <PageHeading title={t('plans.create.title')} />
      <Paragraph>{t('plans.create.intro')}</Paragraph>
      <PlanForm form={form} slug={slug} values={values} onChange={setValues} submitLabel={t('plans.create.submit')} onSubmit={save} />
    </>
  );
}
