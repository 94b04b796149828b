import type { ModerationQueue, ModerationQueueFilter, ModerationReport, PendingPost, ReportResolution } from '@inclusieplein/contract';
import { LIMITS } from '@inclusieplein/contract';
import {
  Button,
  ButtonGroup,
  Checkbox,
  FormLabel,
  Heading2,
  Heading3,
  Paragraph,
} from '@utrecht/component-library-react';
import { useCallback, useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useAnnounce } from '../../a11y/LiveRegion';
import { focusElement } from '../../a11y/focus';
import { moderationApi, postModerationApi } from '../../api/moderationEndpoints';
import { useApi } from '../../api/useApi';
import { AppLink } from '../../components/AppLink';
import { ErrorAlert } from '../../components/ErrorText';
import { Loading } from '../../components/Loading';
import { ErrorSummary } from '../../forms/ErrorSummary';
import { TextAreaField } from '../../forms/fields';
import { hasProblems, useForm } from '../../forms/useForm';
import { checkText } from '../../forms/validation';
import type { FieldProblem } from '../../api/errorText';
import { useFormat } from '../../i18n/format';
import { ModerationActionForm } from './ModerationActionForm';
import { moderationPaths } from './moderationPaths';
import { useActionToggle } from './useActionToggle';
import { useOverviewLive } from './useOverviewLive';
import { useQueueCounts } from './useQueueCounts';

/** Value of the `status` URL parameter for handled reports. Open reports have no parameter. */
export const HANDLED_PARAMETER = 'afgehandeld';

interface QueueViewProps {
  status: ModerationQueueFilter;
  load: (status: ModerationQueueFilter) => Promise<ModerationQueue>;
  /** Address of the page with the given filter. */
  hrefFor: (status: ModerationQueueFilter) => string;
  /** Network whose live room to join, on the moderation page of one network. */
  liveNetworkId?: string;
  /** Networks whose live rooms to join, on the overview of all networks. */
  liveNetworkIds?: readonly string[];
  /** Shows the network of each report, on the overview of all networks. */
  showNetwork?: boolean;
}

/** Renders the moderation queue: open or handled reports, with single and bulk actions, and posts waiting for approval. */
export function QueueView({ status, load, hrefFor, liveNetworkId, liveNetworkIds, showNetwork = false }: QueueViewProps) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const queue = useApi(() => load(status), [status]);
  const [selected, setSelected] = useState<string[]>([]);
  const [newCount, setNewCount] = useState(0);
  const resultRef = useRef<HTMLParagraphElement>(null);
  const reportsHeading = useRef<HTMLHeadingElement>(null);
  const [result, setResult] = useState<string | null>(null);

  const reloadKeepingSelection = useCallback(async () => {
    const fresh = await queue.reload();
    if (fresh) {
      const openIds = new Set(fresh.reports.filter((report) => report.status === 'open').map((report) => report.id));
      setSelected((current) => current.filter((id) => openIds.has(id)));
      // A report that someone else handled leaves the list. Focus inside it would be lost.
      if (document.activeElement === document.body) {
        focusElement(reportsHeading.current);
      }
    }
  }, [queue]);

  const onEvent = useCallback(
    (kind: 'created' | 'resolved' | 'changed') => {
      if (kind === 'created') {
        setNewCount((count) => count + 1);
      }
      // The overview's counts are totals over all networks, which only a reload returns.
      if (status === 'open' || liveNetworkIds) {
        void reloadKeepingSelection();
      }
    },
    [status, reloadKeepingSelection, liveNetworkIds],
  );
  const { counts, joined } = useQueueCounts(liveNetworkId, queue.data, onEvent);
  const overviewJoined = useOverviewLive(liveNetworkIds, onEvent);

  // One polite announcement per burst of new reports, not one per report.
  useEffect(() => {
    if (newCount === 0) {
      return undefined;
    }
    const timer = window.setTimeout(() => {
      announce(t('moderation.queue.newReports', { count: newCount }));
      setNewCount(0);
    }, 1500);
    return () => window.clearTimeout(timer);
  }, [newCount, announce, t]);

  useEffect(() => {
    if (result) {
      focusElement(resultRef.current);
    }
  }, [result]);

  const afterAction = async (message: string) => {
    setResult(null);
    await reloadKeepingSelection();
    // Focus on the result reads it. The live region stays quiet so it is heard once.
    setResult(message);
  };

  const data = queue.data;
  const reports = data?.reports ?? [];
  const openReports = reports.filter((report) => report.status === 'open');
  const shownCounts = counts ?? data;
  let liveState: string | undefined;
  if (liveNetworkId) {
    liveState = joined ? 'joined' : 'waiting';
  } else if (liveNetworkIds) {
    liveState = overviewJoined ? 'joined' : 'waiting';
  }

  return (
    // data-live marks for automated tests whether the server accepted this page into the live moderation room.
    <div data-live={liveState}>
      {shownCounts && (
        <p className="queue-counts">
          <span className="count-badge">{t('moderation.queue.openCount', { count: shownCounts.openReportCount })}</span>{' '}
          <span className="count-badge">{t('moderation.queue.pendingCount', { count: shownCounts.pendingPostCount })}</span>
        </p>
      )}
      <nav aria-label={t('moderation.queue.filterLabel')} className="queue-filter">
        <ul className="plain-list queue-filter__list">
          {(['open', 'handled'] as const).map((filter) => (
            <li key={filter}>
              <AppLink to={hrefFor(filter)} aria-current={filter === status ? 'page' : undefined}>
                {t(`moderation.queue.filter.${filter}`)}
              </AppLink>
            </li>
          ))}
        </ul>
      </nav>

      {result && (
        <Paragraph ref={resultRef} className="queue-result">
          {result}
        </Paragraph>
      )}

      <section aria-labelledby="reports-heading">
        <Heading2 id="reports-heading" ref={reportsHeading}>
          {status === 'open' ? t('moderation.queue.openTitle') : t('moderation.queue.handledTitle')}
        </Heading2>
        {queue.error !== undefined && <ErrorAlert error={queue.error} />}
        {queue.loading && !data && <Loading />}
        {data && reports.length === 0 && (
          <Paragraph>{status === 'open' ? t('moderation.queue.noOpen') : t('moderation.queue.noHandled')}</Paragraph>
        )}
        {status === 'open' && openReports.length > 0 && (
          <BulkActions reports={openReports} selected={selected} onSelect={setSelected} onDone={afterAction} />
        )}
        {reports.length > 0 && (
          <ul className="plain-list report-list">
            {reports.map((report) => (
              <li key={report.id}>
                <ReportItem
                  report={report}
                  showNetwork={showNetwork}
                  selected={selected.includes(report.id)}
                  onToggle={(on) =>
                    setSelected((current) => (on ? [...current, report.id] : current.filter((id) => id !== report.id)))
                  }
                  onDone={afterAction}
                />
              </li>
            ))}
          </ul>
        )}
      </section>

      {status === 'open' && data && (
        <section aria-labelledby="pending-heading">
          <Heading2 id="pending-heading">{t('moderation.pending.title')}</Heading2>
          {data.pendingPosts.length === 0 ? (
            <Paragraph>{t('moderation.pending.none')}</Paragraph>
          ) : (
            <ul className="plain-list report-list">
              {data.pendingPosts.map((post) => (
                <li key={post.postId}>
                  <PendingItem post={post} showNetwork={showNetwork} onDone={afterAction} />
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
    </div>
  );
}

interface BulkActionsProps {
  reports: ModerationReport[];
  selected: string[];
  onSelect: (ids: string[]) => void;
  onDone: (message: string) => Promise<void>;
}

/** Select all, the selection count, one reason and one action for several reports at once. */
function BulkActions({ reports, selected, onSelect, onDone }: BulkActionsProps) {
  const { t } = useTranslation();
  const labels = useMemo(
    () => ({ selection: t('moderation.bulk.selectionLabel'), reason: t('moderation.bulk.reasonLabel') }),
    [t, reports.length],
  );
  const form = useForm('bulk', labels);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState<ReportResolution | null>(null);
  const selectAll = useRef<HTMLInputElement>(null);
  const allSelected = reports.length > 0 && reports.every((report) => selected.includes(report.id));
  const someSelected = selected.length > 0 && !allSelected;

  useEffect(() => {
    if (selectAll.current) {
      selectAll.current.indeterminate = someSelected;
    }
  }, [someSelected]);

  const submit = async (resolution: ReportResolution) => {
    if (busy) {
      return;
    }
    const problems: Record<string, FieldProblem> = {};
    if (selected.length === 0) {
      problems.selection = { code: 'required', params: { context: 'selection' } };
    }
    const reasonProblem = checkText(reason, { required: resolution === 'hide', ...LIMITS.moderationReason });
    if (reasonProblem) {
      problems.reason = reasonProblem;
    }
    if (hasProblems(problems)) {
      form.showProblems(problems);
      return;
    }
    setBusy(resolution);
    try {
      const response = await moderationApi.resolve({ reportIds: selected, resolution, reason: reason.trim() || null });
      form.clearErrors();
      setReason('');
      onSelect([]);
      const count = response.resolvedReportIds.length;
      await onDone(
        resolution === 'hide'
          ? t('moderation.bulk.hidden', { count, posts: response.hiddenPostIds.length })
          : t('moderation.bulk.dismissed', { count }),
      );
    } catch (error) {
      form.showServerError(error);
    } finally {
      setBusy(null);
    }
  };

  const selectAllId = form.fieldId('selection');
  const selectionError = form.errorFor('selection');

  return (
    <div className="bulk-actions panel">
      <ErrorSummary form={form} />
      <form
        noValidate
        aria-label={t('moderation.bulk.formLabel')}
        className="form"
        onSubmit={(event: FormEvent) => {
          event.preventDefault();
          void submit('dismiss');
        }}
      >
        <div className="utrecht-form-field utrecht-form-field--checkbox">
          {selectionError && (
            <p id={`${selectAllId}-error`} className="utrecht-form-field-error-message">
              {selectionError}
            </p>
          )}
          <Checkbox
            ref={selectAll}
            id={selectAllId}
            checked={allSelected}
            invalid={Boolean(selectionError)}
            aria-describedby={[`${selectAllId}-count`, selectionError ? `${selectAllId}-error` : null].filter(Boolean).join(' ')}
            onChange={() => onSelect(allSelected ? [] : reports.map((report) => report.id))}
          />
          <FormLabel htmlFor={selectAllId} type="checkbox">
            {t('moderation.bulk.selectAll', { count: reports.length })}
          </FormLabel>
        </div>
        <p id={`${selectAllId}-count`} className="bulk-actions__count">
          {t('moderation.bulk.selectedCount', { count: selected.length, total: reports.length })}
        </p>
        <TextAreaField
          form={form}
          name="reason"
          rows={2}
          optional
          label={labels.reason}
          description={t('moderation.bulk.reasonHint')}
          value={reason}
          onChange={setReason}
        />
        <ButtonGroup>
          <Button type="button" appearance="secondary-action-button" busy={busy === 'dismiss'} onClick={() => void submit('dismiss')}>
            {t('moderation.bulk.dismiss')}
          </Button>
          <Button type="button" appearance="primary-action-button" hint="danger" busy={busy === 'hide'} onClick={() => void submit('hide')}>
            {t('moderation.bulk.hide')}
          </Button>
        </ButtonGroup>
      </form>
    </div>
  );
}

interface ReportItemProps {
  report: ModerationReport;
  showNetwork: boolean;
  selected: boolean;
  onToggle: (on: boolean) => void;
  onDone: (message: string) => Promise<void>;
}

function ReportItem({ report, showNetwork, selected, onToggle, onDone }: ReportItemProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const toggle = useActionToggle<ReportResolution>();
  const target = report.target;
  const headingId = `report-${report.id}-heading`;
  const checkboxId = `report-${report.id}-select`;
  const isOpen = report.status === 'open';
  const itemName = t('moderation.report.itemName', { title: target.threadTitle, name: target.author.displayName });

  const resolve = async (resolution: ReportResolution, reason: string | null) => {
    await moderationApi.resolve({ reportIds: [report.id], resolution, reason });
    toggle.finish();
    await onDone(resolution === 'hide' ? t('moderation.bulk.hidden', { count: 1, posts: 1 }) : t('moderation.bulk.dismissed', { count: 1 }));
  };

  return (
    <article aria-labelledby={headingId} className="report-item">
      <Heading3 id={headingId}>
        {t(`moderation.report.target.${target.type}`)}: {target.threadTitle}
      </Heading3>
      {isOpen && (
        <div className="utrecht-form-field utrecht-form-field--checkbox">
          <Checkbox id={checkboxId} checked={selected} onChange={(event) => onToggle(event.target.checked)} />
          <FormLabel htmlFor={checkboxId} type="checkbox">
            {t('moderation.report.select')}
            <span className="visually-hidden"> {itemName}</span>
          </FormLabel>
        </div>
      )}
      <dl className="report-item__facts">
        {showNetwork && (
          <>
            <dt>{t('moderation.report.network')}</dt>
            <dd>
              <AppLink to={moderationPaths.queue(report.network.slug)}>{report.network.name}</AppLink>
            </dd>
          </>
        )}
        <dt>{t('moderation.report.category')}</dt>
        <dd>{t(`moderation.category.${report.category}.name`)}</dd>
        {report.details && (
          <>
            <dt>{t('moderation.report.details')}</dt>
            <dd>{report.details}</dd>
          </>
        )}
        <dt>{t('moderation.report.author')}</dt>
        <dd>{target.author.displayName}</dd>
        <dt>{t('moderation.report.reporter')}</dt>
        <dd>{report.reporter.displayName}</dd>
        <dt>{t('moderation.report.reportedAt')}</dt>
        <dd>
          <time dateTime={report.createdAt}>{format.dateTime(report.createdAt)}</time>
        </dd>
        {!isOpen && (
          <>
            <dt>{t('moderation.report.outcome')}</dt>
            <dd>
              {t(`moderation.report.status.${report.status}`)}
              {report.resolvedBy && <> · {t('moderation.report.resolvedBy', { name: report.resolvedBy.displayName })}</>}
              {report.resolvedAt && (
                <>
                  {' · '}
                  <time dateTime={report.resolvedAt}>{format.dateTime(report.resolvedAt)}</time>
                </>
              )}
            </dd>
            {report.resolutionReason && (
              <>
                <dt>{t('moderation.report.resolutionReason')}</dt>
                <dd>{report.resolutionReason}</dd>
              </>
            )}
          </>
        )}
      </dl>
      {target.deleted ? (
        <Paragraph>{t('moderation.report.deleted')}</Paragraph>
      ) : (
        target.excerpt && (
          <blockquote className="report-item__excerpt" aria-label={t('moderation.report.excerpt')}>
            <Paragraph>{target.excerpt}</Paragraph>
          </blockquote>
        )
      )}
      {target.hidden && <Paragraph>{t('moderation.report.alreadyHidden')}</Paragraph>}
      <Paragraph>
        <AppLink to={moderationPaths.post(report.network.slug, target.threadId, target.postId)}>
          {t('moderation.report.viewItem')}
          <span className="visually-hidden"> {itemName}</span>
        </AppLink>
      </Paragraph>
      {isOpen && (
        <>
          <ButtonGroup>
            <Button
              type="button"
              appearance="secondary-action-button"
              aria-expanded={toggle.open === 'dismiss'}
              onClick={(event) => (toggle.open === 'dismiss' ? toggle.cancel() : toggle.start('dismiss', event.currentTarget))}
            >
              {t('moderation.report.dismiss')}
              <span className="visually-hidden"> {itemName}</span>
            </Button>
            {!target.hidden && !target.deleted && (
              <Button
                type="button"
                appearance="secondary-action-button"
                hint="danger"
                aria-expanded={toggle.open === 'hide'}
                onClick={(event) => (toggle.open === 'hide' ? toggle.cancel() : toggle.start('hide', event.currentTarget))}
              >
                {t('moderation.report.hide')}
                <span className="visually-hidden"> {itemName}</span>
              </Button>
            )}
          </ButtonGroup>
          {toggle.open && (
            <ModerationActionForm
              key={toggle.open}
              formId={`report-${report.id}-${toggle.open}`}
              title={t(`moderation.report.title.${toggle.open}`, { name: target.author.displayName })}
              explanation={t(`moderation.report.explanation.${toggle.open}`)}
              reason={toggle.open === 'hide' ? 'required' : 'optional'}
              reasonHint={toggle.open === 'hide' ? t('moderation.post.reasonSeenByAuthor') : undefined}
              confirmLabel={t(`moderation.report.confirm.${toggle.open}`)}
              onConfirm={(reason) => resolve(toggle.open ?? 'dismiss', reason)}
              onCancel={toggle.cancel}
            />
          )}
        </>
      )}
    </article>
  );
}

type PendingAction = 'reject';

function PendingItem({ post, showNetwork, onDone }: { post: PendingPost; showNetwork: boolean; onDone: (message: string) => Promise<void> }) {
  const { t } = useTranslation();
  const format = useFormat();
  const toggle = useActionToggle<PendingAction>();
  const [error, setError] = useState<unknown>(undefined);
  const headingId = `pending-${post.postId}-heading`;
  const name = post.author.displayName;

  const approve = async () => {
    setError(undefined);
    try {
      await postModerationApi.approve(post.postId);
      await onDone(t('moderation.post.approved', { name }));
    } catch (caught) {
      setError(caught);
    }
  };

  return (
    <article aria-labelledby={headingId} className="report-item">
      <Heading3 id={headingId}>
        {post.opensThread ? t('moderation.pending.newThread') : t('moderation.pending.reply')}: {post.threadTitle}
      </Heading3>
      <dl className="report-item__facts">
        {showNetwork && (
          <>
            <dt>{t('moderation.report.network')}</dt>
            <dd>{post.network.name}</dd>
          </>
        )}
        <dt>{t('moderation.report.author')}</dt>
        <dd>{name}</dd>
        <dt>{t('moderation.pending.writtenAt')}</dt>
        <dd>
          <time dateTime={post.createdAt}>{format.dateTime(post.createdAt)}</time>
        </dd>
      </dl>
      <blockquote className="report-item__excerpt" aria-label={t('moderation.pending.text')}>
        <Paragraph>{post.body}</Paragraph>
      </blockquote>
      <Paragraph>
        <AppLink to={moderationPaths.post(post.network.slug, post.threadId, post.postId)}>
          {t('moderation.pending.view')}
          <span className="visually-hidden"> {t('moderation.post.ofPerson', { name })}</span>
        </AppLink>
      </Paragraph>
      {error !== undefined && <ErrorAlert error={error} />}
      <ButtonGroup>
        <Button type="button" appearance="primary-action-button" onClick={() => void approve()}>
          {t('moderation.post.approve')}
          <span className="visually-hidden"> {t('moderation.post.ofPerson', { name })}</span>
        </Button>
        <Button
          type="button"
          appearance="secondary-action-button"
          hint="danger"
          aria-expanded={toggle.open === 'reject'}
          onClick={(event) => (toggle.open === 'reject' ? toggle.cancel() : toggle.start('reject', event.currentTarget))}
        >
          {t('moderation.post.reject')}
          <span className="visually-hidden"> {t('moderation.post.ofPerson', { name })}</span>
        </Button>
      </ButtonGroup>
      {toggle.open === 'reject' && (
        <ModerationActionForm
          formId={`pending-${post.postId}-reject`}
          title={t('moderation.post.rejectTitle', { name })}
          explanation={t('moderation.post.rejectExplanation')}
          reason="optional"
          reasonHint={t('moderation.post.reasonSeenByAuthor')}
          confirmLabel={t('moderation.post.rejectConfirm')}
          onConfirm={async (reason) => {
            await postModerationApi.reject(post.postId, reason);
            toggle.finish();
            await onDone(t('moderation.post.rejected'));
          }}
          onCancel={toggle.cancel}
        />
      )}
    </article>
  );
}
