import type { NetworkDetail } from '@inclusieplein/contract';
import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { planApi } from '../../api/endpoints';
import { useApi } from '../../api/useApi';
import { AppLink } from '../../components/AppLink';
import { ErrorAlert } from '../../components/ErrorText';
import { Loading } from '../../components/Loading';
import { PlanCard } from './planParts';
import { planPaths } from './planPaths';

/** Lists the plans of one network on its page, with a link to start a new plan for members. */
export function NetworkPlansSection({ network }: { network: NetworkDetail }) {
  const { t } = useTranslation();
  const plans = useApi(() => planApi.ofNetwork(network.slug), [network.slug]);
  const canCreate = network.myRole !== null && network.status === 'active';

  return (
    <section aria-labelledby="plans-heading">
      <Heading2 id="plans-heading">{t('plans.section.title')}</Heading2>
      {canCreate && (
        <Paragraph>
          <AppLink to={planPaths.create(network.slug)} appearance="secondary-button">
            {t('plans.section.newPlan')}
          </AppLink>
        </Paragraph>
      )}
      {plans.error !== undefined && <ErrorAlert error={plans.error} />}
      {plans.loading && !plans.data && <Loading />}
      {plans.data && plans.data.length === 0 && <Paragraph>{t('plans.section.none')}</Paragraph>}
      {plans.data && plans.data.length > 0 && (
        <ul className="card-list">
          {plans.data.map((plan) => (
            <PlanCard key={plan.id} plan={plan} showNetwork={false} />
          ))}
        </ul>
      )}
    </section>
  );
}
