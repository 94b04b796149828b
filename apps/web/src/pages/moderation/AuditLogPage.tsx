import { MODERATION_ACTIONS, type AuditEntry, type ModerationAction, type NetworkDetail } from '@inclusieplein/contract';
import {
  Button,
  FormLabel,
  Paragraph,
  Select,
  SelectOption,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { PageHeading } from '../../a11y/PageHeading';
import { networkApi } from '../../api/endpoints';
import { moderationApi, type AuditLogQuery } from '../../api/moderationEndpoints';
import { useApi } from '../../api/useApi';
import { AppLink } from '../../components/AppLink';
import { ErrorAlert } from '../../components/ErrorText';
import { Loading } from '../../components/Loading';
import { RequireLogin } from '../../components/RequireLogin';
import { useFormat } from '../../i18n/format';
import { Pagination } from '../document/Pagination';
import { moderationPaths } from './moderationPaths';
import { NetworkModerationGate } from './NetworkModerationGate';

const PAGE_SIZE = 50;

interface AuditFilter {
  action: ModerationAction | '';
  networkId: string;
  page: number;
}

function isAction(value: string | null): value is ModerationAction {
  return value !== null && (MODERATION_ACTIONS as readonly string[]).includes(value);
}

/** Reads the filter of the audit log from the URL: `actie`, `netwerk` and `pagina`. */
function useAuditFilter(): AuditFilter {
  const [parameters] = useSearchParams();
  const action = parameters.get('actie');
  const page = Number(parameters.get('pagina'));
  return {
    action: isAction(action) ? action : '',
    networkId: parameters.get('netwerk') ?? '',
    page: Number.isInteger(page) && page > 1 ? page : 1,
  };
}

function filterSearch(filter: AuditFilter): string {
  const parameters = new URLSearchParams();
  if (filter.networkId) parameters.set('netwerk', filter.networkId);
  if (filter.action) parameters.set('actie', filter.action);
  if (filter.page > 1) parameters.set('pagina', String(filter.page));
  const text = parameters.toString();
  return text ? `?${text}` : '';
}

/** Audit log of one network, for its moderators, owners and administrators. */
export function NetworkAuditLogPage() {
  const { t } = useTranslation();
  return (
    <NetworkModerationGate title={t('moderation.auditLog.pageTitle')}>
      {(network) => <NetworkAuditLog network={network} />}
    </NetworkModerationGate>
  );
}

function NetworkAuditLog({ network }: { network: NetworkDetail }) {
  const { t } = useTranslation();
  const filter = useAuditFilter();
  const basePath = moderationPaths.auditLog(network.slug);
  return (
    <>
      <Paragraph className="breadcrumb">
        <AppLink to={moderationPaths.queue(network.slug)}>{t('moderation.auditLog.backToQueue', { name: network.name })}</AppLink>
      </Paragraph>
      <PageHeading title={t('moderation.auditLog.networkTitle', { name: network.name })} />
      <Paragraph>{t('moderation.auditLog.intro')}</Paragraph>
      <AuditLogView
        filter={filter}
        basePath={basePath}
        load={(query) => moderationApi.auditLog(network.slug, query)}
        showNetwork={false}
      />
    </>
  );
}

/** Audit log of every network, for platform administrators. */
export function ModerationAuditLogPage() {
  const { t } = useTranslation();
  const filter = useAuditFilter();
  return (
    <RequireLogin title={t('moderation.auditLog.allTitle')} adminOnly>
      <Paragraph className="breadcrumb">
        <AppLink to={moderationPaths.overview()}>{t('moderation.auditLog.backToOverview')}</AppLink>
      </Paragraph>
      <PageHeading title={t('moderation.auditLog.allTitle')} />
      <Paragraph>{t('moderation.auditLog.intro')}</Paragraph>
      <AuditLogView filter={filter} basePath={moderationPaths.overviewAuditLog()} load={(query) => moderationApi.allAuditLogs(query)} showNetwork />
    </RequireLogin>
  );
}

interface AuditLogViewProps {
  filter: AuditFilter;
  basePath: string;
  load: (query: AuditLogQuery) => ReturnType<typeof moderationApi.auditLog>;
  showNetwork: boolean;
}

function AuditLogView({ filter, basePath, load, showNetwork }: AuditLogViewProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const log = useApi(
    () => load({ action: filter.action || undefined, networkId: filter.networkId || undefined, page: filter.page, pageSize: PAGE_SIZE }),
    [filter.action, filter.networkId, filter.page],
  );
  const data = log.data;
  const pageCount = data ? Math.max(1, Math.ceil(data.total / data.pageSize)) : 1;

  return (
    <>
      <AuditFilterForm filter={filter} basePath={basePath} showNetwork={showNetwork} />
      {log.error !== undefined && <ErrorAlert error={log.error} />}
      {log.loading && !data && <Loading />}
      {data && data.entries.length === 0 && <Paragraph>{t('moderation.auditLog.empty')}</Paragraph>}
      {data && data.entries.length > 0 && (
        <>
          <Paragraph>{t('moderation.auditLog.count', { count: data.total, page: data.page, pages: pageCount })}</Paragraph>
          <div className="table-scroll" role="region" aria-labelledby="audit-log-caption" tabIndex={0}>
            <Table>
              <TableCaption id="audit-log-caption">{t('moderation.auditLog.caption')}</TableCaption>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">{t('moderation.auditLog.when')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('moderation.auditLog.who')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('moderation.auditLog.what')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('moderation.auditLog.target')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('moderation.auditLog.reason')}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {data.entries.map((entry) => (
                  <TableRow key={entry.id}>
                    <TableCell>
                      <time dateTime={entry.createdAt}>{format.dateTime(entry.createdAt)}</time>
                    </TableCell>
                    <TableCell>{entry.actor.displayName}</TableCell>
                    <TableHeaderCell scope="row">
                      {t(`moderation.actionName.${entry.action}`)}
                      <AuditDetails entry={entry} />
                    </TableHeaderCell>
                    <TableCell>
                      <AuditTarget entry={entry} showNetwork={showNetwork} />
                    </TableCell>
                    <TableCell>{entry.reason ?? '—'}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
          <Pagination
            page={data.page}
            pageCount={pageCount}
            hrefFor={(page) => `${basePath}${filterSearch({ ...filter, page })}`}
          />
        </>
      )}
    </>
  );
}

const ROLE_NAMES = ['member', 'moderator', 'owner'] as const;

function isRole(value: unknown): value is (typeof ROLE_NAMES)[number] {
  return typeof value === 'string' && (ROLE_NAMES as readonly string[]).includes(value);
}

/** Renders the facts of an entry that people need to read it: the end of a mute, and the old and new value of a change. */
function AuditDetails({ entry }: { entry: AuditEntry }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { details } = entry;
  const parts: string[] = [];

  if (typeof details.mutedUntil === 'string') {
    parts.push(t('moderation.auditLog.until', { date: format.dateTime(details.mutedUntil) }));
  }
  if (isRole(details.from) && isRole(details.to)) {
    parts.push(t('moderation.auditLog.fromTo', { from: t(`networks.role.${details.from}`), to: t(`networks.role.${details.to}`) }));
  }
  const setting = details.firstPostsRequiringApproval;
  if (typeof setting === 'object' && setting !== null && 'from' in setting && 'to' in setting) {
    parts.push(t('moderation.auditLog.fromTo', { from: String(setting.from), to: String(setting.to) }));
  }
  if (parts.length === 0) {
    return null;
  }
  return <span className="audit-details"> ({parts.join(', ')})</span>;
}

/** "On what" of an audit entry: the thread or post as a link where the entry gives enough to build one. */
function AuditTarget({ entry, showNetwork }: { entry: AuditEntry; showNetwork: boolean }) {
  const { t } = useTranslation();
  const slug = entry.network.slug;
  // NOTE: the contract gives only the target's id. A post links to its thread only when the server
  // puts `threadId` in `details`. Otherwise the cell shows the word "Bericht" and the post's author.
  const threadId = typeof entry.details.threadId === 'string' ? entry.details.threadId : null;
  let target;
  if (entry.targetType === 'thread') {
    target = <AppLink to={moderationPaths.thread(slug, entry.targetId)}>{t('moderation.auditLog.targetType.thread')}</AppLink>;
  } else if (entry.targetType === 'post' && threadId) {
    target = <AppLink to={moderationPaths.post(slug, threadId, entry.targetId)}>{t('moderation.auditLog.targetType.post')}</AppLink>;
  } else if (entry.targetType === 'network') {
    target = <AppLink to={`/netwerken/${slug}`}>{entry.network.name}</AppLink>;
  } else {
    target = t(`moderation.auditLog.targetType.${entry.targetType}`);
  }
  return (
    <>
      {target}
      {entry.targetUser && <> · {entry.targetUser.displayName}</>}
      {showNetwork && entry.targetType !== 'network' && (
        <>
          {' · '}
          <AppLink to={`/netwerken/${slug}`}>{entry.network.name}</AppLink>
        </>
      )}
    </>
  );
}

function AuditFilterForm({ filter, basePath, showNetwork }: { filter: AuditFilter; basePath: string; showNetwork: boolean }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [action, setAction] = useState<AuditFilter['action']>(filter.action);
  const [networkId, setNetworkId] = useState(filter.networkId);
  const networks = useApi(showNetwork ? () => networkApi.list() : null, [showNetwork]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    navigate(`${basePath}${filterSearch({ action, networkId, page: 1 })}`);
  };

  return (
    <form onSubmit={submit} className="form audit-filter" aria-label={t('moderation.auditLog.filterLabel')}>
      <div className="utrecht-form-field">
        <FormLabel htmlFor="audit-action">{t('moderation.auditLog.actionFilter')}</FormLabel>
        <Select id="audit-action" value={action} onChange={(event) => setAction(isAction(event.target.value) ? event.target.value : '')}>
          <SelectOption value="">{t('moderation.auditLog.allActions')}</SelectOption>
          {MODERATION_ACTIONS.map((choice) => (
            <SelectOption key={choice} value={choice}>
              {t(`moderation.actionName.${choice}`)}
            </SelectOption>
          ))}
        </Select>
      </div>
      {showNetwork && (
        <div className="utrecht-form-field">
          <FormLabel htmlFor="audit-network">{t('moderation.auditLog.networkFilter')}</FormLabel>
          <Select id="audit-network" value={networkId} onChange={(event) => setNetworkId(event.target.value)}>
            <SelectOption value="">{t('moderation.auditLog.allNetworks')}</SelectOption>
            {(networks.data?.networks ?? []).map((network) => (
              <SelectOption key={network.id} value={network.id}>
                {network.name}
              </SelectOption>
            ))}
          </Select>
        </div>
      )}
      <Button type="submit" appearance="secondary-action-button">
        {t('moderation.auditLog.applyFilter')}
      </Button>
    </form>
  );
}
