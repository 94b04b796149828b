import type { PlanDetail } from '@inclusieplein/contract';
import { Button, Heading2, Paragraph, Select, SelectOption } from '@utrecht/component-library-react';
import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useAnnounce } from '../../a11y/LiveRegion';
import { networkApi, planApi, referenceApi } from '../../api/endpoints';
import { useApi } from '../../api/useApi';
import { ErrorSummary } from '../../forms/ErrorSummary';
import { FieldFrame } from '../../forms/fields';
import { MunicipalitySelect } from '../../forms/MunicipalitySelect';
import { hasProblems, useForm } from '../../forms/useForm';
import { useSession } from '../../session/SessionContext';
import { planPaths } from './planPaths';

/** Copies a plan into one of the person's networks for one municipality, then opens the copy. */
export function PlanReuseForm({ plan }: { plan: PlanDetail }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const announce = useAnnounce();
  const { user } = useSession();
  const networks = useApi(() => networkApi.list(), []);
  const municipalities = useApi(() => referenceApi.municipalities(), []);
  const labels = useMemo(() => ({ networkSlug: t('plans.reuse.network'), municipality: t('plans.reuse.municipality') }), [t]);
  const form = useForm('plan-reuse', labels);
  const [networkSlug, setNetworkSlug] = useState('');
  const [municipality, setMunicipality] = useState(user?.municipality?.code ?? '');
  const [busy, setBusy] = useState(false);
  const mine = (networks.data?.networks ?? []).filter((network) => network.myRole !== null && network.status === 'active');

  useEffect(() => {
    if (municipality === '' && user?.municipality) {
      setMunicipality(user.municipality.code);
    }
    // Only the profile's municipality fills an empty choice. Later changes are the person's own.
  }, [user?.municipality]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const problems = {
      ...(networkSlug === '' ? { networkSlug: { code: 'required' as const } } : {}),
      ...(municipality === '' ? { municipality: { code: 'required' as const } } : {}),
    };
    if (hasProblems(problems)) {
      form.showProblems(problems);
      return;
    }
    setBusy(true);
    try {
      const copy = await planApi.reuse(plan.id, { networkSlug, municipalityCode: municipality });
      announce(t('plans.reuse.made'));
      navigate(planPaths.view(copy.network.slug, copy.id));
    } catch (error) {
      form.showServerError(error);
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="plan-reuse-heading" className="panel no-print">
      <Heading2 id="plan-reuse-heading">{t('plans.reuse.title')}</Heading2>
      <Paragraph>{t('plans.reuse.intro')}</Paragraph>
      {networks.data && mine.length === 0 ? (
        <Paragraph>{t('plans.reuse.noNetworks')}</Paragraph>
      ) : (
        <>
          <ErrorSummary form={form} />
          <form noValidate onSubmit={(event) => void submit(event)} className="form">
            <FieldFrame form={form} name="networkSlug" label={labels.networkSlug} description={t('plans.reuse.networkHint')}>
              {(ids, invalid) => (
                <Select
                  id={ids.id}
                  value={networkSlug}
                  invalid={invalid}
                  busy={networks.data === undefined}
                  aria-invalid={invalid || undefined}
                  aria-describedby={ids.describedBy}
                  aria-required
                  onChange={(event) => setNetworkSlug(event.target.value)}
                >
                  <SelectOption value="">{t('plans.reuse.chooseNetwork')}</SelectOption>
                  {mine.map((network) => (
                    <SelectOption key={network.slug} value={network.slug}>
                      {network.name}
                    </SelectOption>
                  ))}
                </Select>
              )}
            </FieldFrame>
            <MunicipalitySelect
              form={form}
              name="municipality"
              required
              label={labels.municipality}
              description={t('plans.reuse.municipalityHint')}
              municipalities={municipalities.data}
              value={municipality}
              onChange={setMunicipality}
            />
            <Button type="submit" appearance="secondary-action-button" busy={busy} aria-disabled={busy || undefined}>
              {t('plans.reuse.submit')}
            </Button>
          </form>
        </>
      )}
    </section>
  );
}
