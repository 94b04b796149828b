import type { BarrierReport } from '@inclusieplein/contract';
import { Button, Heading2, Heading3, Paragraph, StatusBadge } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAnnounce } from '../../a11y/LiveRegion';
import { describeError } from '../../api/errorText';
import { barrierReportApi } from '../../api/endpoints';
import { useApi } from '../../api/useApi';
import { ErrorAlert } from '../../components/ErrorText';
import { Loading } from '../../components/Loading';
import { useFormat } from '../../i18n/format';

/** Open reports first, and within each group the newest first. */
function openFirst(reports: BarrierReport[]): BarrierReport[] {
  return [...reports].sort((a, b) => {
    if (a.status !== b.status) {
      return a.status === 'open' ? -1 : 1;
    }
    return b.createdAt.localeCompare(a.createdAt);
  });
}

/** Accessibility barriers that people reported, for administrators to follow up. */
export function BarrierReportsSection() {
  const { t } = useTranslation();
  // Sorting happens on load only: a report that changes status keeps its place, so focus stays on its button.
  const reports = useApi(() => barrierReportApi.list().then(openFirst), []);
  const openCount = (reports.data ?? []).filter((report) => report.status === 'open').length;

  const replace = (updated: BarrierReport) => {
    reports.setData((reports.data ?? []).map((report) => (report.id === updated.id ? updated : report)));
  };

  return (
    <section id="meldingen" aria-labelledby="barrier-reports-heading" className="panel">
      <Heading2 id="barrier-reports-heading">{t('barrierAdmin.title')}</Heading2>
      <Paragraph>{t('barrierAdmin.intro')}</Paragraph>
      {reports.error !== undefined && <ErrorAlert error={reports.error} />}
      {reports.loading && !reports.data && <Loading />}
      {reports.data && reports.data.length === 0 && <Paragraph>{t('barrierAdmin.none')}</Paragraph>}
      {reports.data && reports.data.length > 0 && (
        <>
          <Paragraph>
            <strong>{t('barrierAdmin.openCount', { count: openCount })}</strong>
          </Paragraph>
          <ul className="card-list">
            {reports.data.map((report) => (
              <li key={report.id} className="card">
                <BarrierReportItem report={report} onChanged={replace} />
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function BarrierReportItem({ report, onChanged }: { report: BarrierReport; onChanged: (report: BarrierReport) => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const announce = useAnnounce();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(undefined);
  const headingId = `barrier-report-${report.id}`;
  const date = format.dateTime(report.createdAt);
  const contact = [report.contactName, report.contactEmail].filter(Boolean).join(', ');

  const toggle = async () => {
    if (busy) {
      return;
    }
    const next = report.status === 'open' ? 'handled' : 'open';
    setBusy(true);
    setError(undefined);
    try {
      onChanged(await barrierReportApi.setStatus(report.id, next));
      announce(next === 'handled' ? t('barrierAdmin.markedHandled') : t('barrierAdmin.markedOpen'));
    } catch (caught) {
      setError(caught);
      announce(describeError(t, caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <article aria-labelledby={headingId}>
      <Heading3 id={headingId}>{t('barrierAdmin.item', { date })}</Heading3>
      <StatusBadge status={report.status === 'open' ? 'warning' : 'neutral'} className="badge">
        {report.status === 'open' ? t('barrierAdmin.statusOpen') : t('barrierAdmin.statusHandled')}
      </StatusBadge>
      <dl className="facts">
        <div>
          <dt>{t('barrierAdmin.page')}</dt>
          <dd>{report.page ?? t('barrierAdmin.notGiven')}</dd>
        </div>
        <div>
          <dt>{t('barrierAdmin.description')}</dt>
          <dd className="preserve-lines">{report.description}</dd>
        </div>
        <div>
          <dt>{t('barrierAdmin.assistive')}</dt>
          <dd>{report.assistiveTechnology ?? t('barrierAdmin.notGiven')}</dd>
        </div>
        <div>
          <dt>{t('barrierAdmin.contact')}</dt>
          <dd>
            {report.contactEmail ? (
              <>
                {report.contactName && `${report.contactName}, `}
                <a className="utrecht-link utrecht-link--html-a" href={`mailto:${report.contactEmail}`}>
                  {report.contactEmail}
                </a>
              </>
            ) : (
              contact || t('barrierAdmin.notGiven')
            )}
          </dd>
        </div>
        {report.reporter && (
          <div>
            <dt>{t('barrierAdmin.reporter')}</dt>
            <dd>{report.reporter.displayName}</dd>
          </div>
        )}
        <div>
          <dt>{t('barrierAdmin.date')}</dt>
          <dd>
            <time dateTime={report.createdAt}>{date}</time>
          </dd>
        </div>
        {report.handledAt && report.status === 'handled' && (
          <div>
            <dt>{t('barrierAdmin.handledAt')}</dt>
            <dd>
              <time dateTime={report.handledAt}>{format.dateTime(report.handledAt)}</time>
            </dd>
          </div>
        )}
      </dl>
      {error !== undefined && <ErrorAlert error={error} />}
      <Button
        type="button"
        appearance={report.status === 'open' ? 'primary-action-button' : 'secondary-action-button'}
        busy={busy}
        aria-disabled={busy || undefined}
        onClick={() => void toggle()}
      >
        {report.status === 'open' ? t('barrierAdmin.markHandled') : t('barrierAdmin.markOpen')}
        <span className="visually-hidden"> {t('barrierAdmin.ofDate', { date })}</span>
      </Button>
    </article>
  );
}
