import { LIMITS, type MembershipRequestDetail } from '@inclusieplein/contract';
import { Button, ButtonGroup, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useAnnounce } from '../../a11y/LiveRegion';
import { networkApi } from '../../api/endpoints';
import { useApi } from '../../api/useApi';
import { ErrorAlert } from '../../components/ErrorText';
import { Loading } from '../../components/Loading';
import { ErrorSummary } from '../../forms/ErrorSummary';
import { TextAreaField } from '../../forms/fields';
import { hasProblems, useForm } from '../../forms/useForm';
import { checkAll } from '../../forms/validation';
import { useFormat } from '../../i18n/format';
import { focusElement } from '../../a11y/focus';

interface RequestsSectionProps {
  slug: string;
  /** Called after a decision, so the member count on the page is loaded again. */
  onDecided: () => void;
}

/** Pending membership requests, for moderators and owners to approve or decline. */
export function RequestsSection({ slug, onDecided }: RequestsSectionProps) {
  const { t } = useTranslation();
  const requests = useApi(() => networkApi.membershipRequests(slug), [slug]);
  const heading = useRef<HTMLHeadingElement>(null);
  const pending = (requests.data ?? []).filter((request) => request.status === 'pending');

  const decided = async () => {
    await requests.reload();
    // The decided request leaves the list, so focus returns to the section heading.
    focusElement(heading.current);
    onDecided();
  };

  return (
    <section aria-labelledby="requests-heading" className="panel">
      <Heading2 id="requests-heading" ref={heading}>
        {t('requests.title')}
      </Heading2>
      {requests.error !== undefined && <ErrorAlert error={requests.error} />}
      {requests.loading && !requests.data && <Loading />}
      {requests.data && pending.length === 0 && <Paragraph>{t('requests.none')}</Paragraph>}
      {pending.length > 0 && (
        <ul className="card-list">
          {pending.map((request) => (
            <li key={request.id} className="card">
              <RequestItem request={request} onDecided={() => void decided()} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function RequestItem({ request, onDecided }: { request: MembershipRequestDetail; onDecided: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const announce = useAnnounce();
  const labels = useMemo(() => ({ reason: t('requests.reasonLabel') }), [t]);
  const form = useForm(`decline-${request.id}`, labels);
  const [declining, setDeclining] = useState(false);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(undefined);
  const declineButton = useRef<HTMLButtonElement>(null);
  const reasonField = useRef<HTMLTextAreaElement>(null);
  const name = request.person.displayName;

  const approve = async () => {
    if (busy) {
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      await networkApi.approveRequest(request.id);
      announce(t('requests.approved', { name }));
      onDecided();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  const decline = async (event: FormEvent) => {
    event.preventDefault();
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
      await networkApi.declineRequest(request.id, reason.trim() || null);
      announce(t('requests.declined', { name }));
      onDecided();
    } catch (caught) {
      form.showServerError(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <article aria-labelledby={`request-${request.id}`}>
      <Heading3 id={`request-${request.id}`}>{name}</Heading3>
      {request.person.roleDescription && <Paragraph>{request.person.roleDescription}</Paragraph>}
      <Paragraph>
        {t('requests.sentOn')} <time dateTime={request.createdAt}>{format.dateTime(request.createdAt)}</time>
      </Paragraph>
      <Paragraph>
        <strong>{t('requests.motivation')}:</strong> {request.motivation || t('requests.noMotivation')}
      </Paragraph>
      {error !== undefined && <ErrorAlert error={error} />}
      {declining ? (
        <>
          <ErrorSummary form={form} />
          <form noValidate onSubmit={(event) => void decline(event)} className="form">
            <TextAreaField
              ref={reasonField}
              form={form}
              name="reason"
              optional
              rows={3}
              label={labels.reason}
              description={t('requests.reasonHint')}
              value={reason}
              onChange={setReason}
            />
            <ButtonGroup>
              <Button type="submit" appearance="primary-action-button" hint="danger" busy={busy}>
                {t('requests.confirmDecline')}
                <span className="visually-hidden"> {t('requests.ofPerson', { name })}</span>
              </Button>
              <Button
                type="button"
                appearance="secondary-action-button"
                onClick={() => {
                  setDeclining(false);
                  form.clearErrors();
                  requestAnimationFrame(() => declineButton.current?.focus());
                }}
              >
                {t('common.cancel')}
              </Button>
            </ButtonGroup>
          </form>
        </>
      ) : (
        <ButtonGroup>
          <Button type="button" appearance="primary-action-button" busy={busy} onClick={() => void approve()}>
            {t('requests.approve')}
            <span className="visually-hidden"> {t('requests.ofPerson', { name })}</span>
          </Button>
          <Button
            ref={declineButton}
            type="button"
            appearance="secondary-action-button"
            onClick={() => {
              setDeclining(true);
              requestAnimationFrame(() => reasonField.current?.focus());
            }}
          >
            {t('requests.decline')}
            <span className="visually-hidden"> {t('requests.ofPerson', { name })}</span>
          </Button>
        </ButtonGroup>
      )}
    </article>
  );
}
