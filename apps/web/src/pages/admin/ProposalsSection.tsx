import { LIMITS, type NetworkDetail } from '@inclusieplein/contract';
import { Button, ButtonGroup, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAnnounce } from '../../a11y/LiveRegion';
import { adminApi } from '../../api/endpoints';
import { useApi } from '../../api/useApi';
import { AppLink } from '../../components/AppLink';
import { VisibilityBadge } from '../../components/badges';
import { ErrorAlert } from '../../components/ErrorText';
import { Loading } from '../../components/Loading';
import { ErrorSummary } from '../../forms/ErrorSummary';
import { TextAreaField } from '../../forms/fields';
import { hasProblems, useForm } from '../../forms/useForm';
import { checkAll } from '../../forms/validation';
import { useFormat } from '../../i18n/format';
import { focusElement } from '../../a11y/focus';

/** Networks that people proposed and that wait for an administrator's decision. */
export function ProposalsSection() {
  const { t } = useTranslation();
  const proposals = useApi(() => adminApi.proposals(), []);
  const heading = useRef<HTMLHeadingElement>(null);
  const pending = (proposals.data ?? []).filter((proposal) => proposal.status === 'proposed');

  const decided = async () => {
    await proposals.reload();
    focusElement(heading.current);
  };

  return (
    <section id="voorstellen" aria-labelledby="proposals-heading" className="panel">
      <Heading2 id="proposals-heading" ref={heading}>
        {t('admin.proposals.title')}
      </Heading2>
      {proposals.error !== undefined && <ErrorAlert error={proposals.error} />}
      {proposals.loading && !proposals.data && <Loading />}
      {proposals.data && pending.length === 0 && <Paragraph>{t('admin.proposals.none')}</Paragraph>}
      {pending.length > 0 && (
        <ul className="card-list">
          {pending.map((proposal) => (
            <li key={proposal.id} className="card">
              <ProposalItem proposal={proposal} onDecided={() => void decided()} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function ProposalItem({ proposal, onDecided }: { proposal: NetworkDetail; onDecided: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const announce = useAnnounce();
  const labels = useMemo(() => ({ reason: t('admin.proposals.reasonLabel') }), [t]);
  const form = useForm(`proposal-${proposal.id}`, labels);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);

  const decide = async (decision: 'approve' | 'decline') => {
    if (busy) {
      return;
    }
    const problems = checkAll({ reason }, { reason: LIMITS.decisionReason });
    if (hasProblems(problems)) {
      form.showProblems(problems);
      return;
    }
    setBusy(true);
    try {
      const body = { reason: reason.trim() || null };
      if (decision === 'approve') {
        await adminApi.approveProposal(proposal.id, body);
        announce(t('admin.proposals.approved', { name: proposal.name }));
      } else {
        await adminApi.declineProposal(proposal.id, body);
        announce(t('admin.proposals.declined', { name: proposal.name }));
      }
      onDecided();
    } catch (error) {
      form.showServerError(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <article aria-labelledby={`proposal-${proposal.id}-name`}>
      <Heading3 id={`proposal-${proposal.id}-name`}>
        <AppLink to={`/netwerken/${proposal.slug}`}>{proposal.name}</AppLink>
      </Heading3>
      <VisibilityBadge visibility={proposal.visibility} />
      <Paragraph>
        <strong>{t('networks.theme')}:</strong> {proposal.theme}
      </Paragraph>
      <Paragraph>{proposal.description}</Paragraph>
      {proposal.purpose && (
        <Paragraph>
          <strong>{t('network.purpose')}:</strong> {proposal.purpose}
        </Paragraph>
      )}
      <Paragraph>
        {t('admin.proposals.proposedBy', { name: proposal.proposedBy?.displayName ?? t('admin.proposals.unknownPerson') })}{' '}
        <time dateTime={proposal.createdAt}>{format.dateTime(proposal.createdAt)}</time>
      </Paragraph>
      <ErrorSummary form={form} />
      <form noValidate onSubmit={(event) => event.preventDefault()} className="form">
        <TextAreaField
          form={form}
          name="reason"
          optional
          rows={3}
          label={labels.reason}
          description={t('admin.proposals.reasonHint')}
          value={reason}
          onChange={setReason}
        />
        <ButtonGroup>
          <Button type="button" appearance="primary-action-button" busy={busy} onClick={() => void decide('approve')}>
            {t('admin.proposals.approve')}
            <span className="visually-hidden"> {proposal.name}</span>
          </Button>
          <Button type="button" appearance="secondary-action-button" hint="danger" busy={busy} onClick={() => void decide('decline')}>
            {t('admin.proposals.decline')}
            <span className="visually-hidden"> {proposal.name}</span>
          </Button>
        </ButtonGroup>
      </form>
    </article>
  );
}
