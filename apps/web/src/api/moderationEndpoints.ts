/** Typed calls of the moderation API: code of conduct, reports, the queue, moderator actions and the audit log. */
import type {
  AuditLogPage,
  CodeOfConduct,
  CodeOfConductStatus,
  CreateReportRequest,
  MemberModerationStatus,
  ModerationAction,
  ModerationQueue,
  ModerationQueueFilter,
  ModerationSettings,
  MoveThreadRequest,
  MuteMemberRequest,
  MyNetworkStanding,
  NetworkBan,
  OwnReport,
  Post,
  ResolveReportsRequest,
  ResolveReportsResponse,
  ThreadDetail,
  UpdateCodeOfConductRequest,
} from '@inclusieplein/contract';
import { api } from './client';

const segment = encodeURIComponent;

const network = (slug: string) => `/api/networks/${segment(slug)}`;
const member = (slug: string, userId: string) => `${network(slug)}/members/${segment(userId)}`;

export interface AuditLogQuery {
  action?: ModerationAction;
  networkId?: string;
  page?: number;
  pageSize?: number;
}

/** Builds the query string of an audit log request, leaving out empty filters and page 1. */
function auditLogQuery(query: AuditLogQuery): string {
  const parameters = new URLSearchParams();
  if (query.networkId) parameters.set('networkId', query.networkId);
  if (query.action) parameters.set('action', query.action);
  if (query.page !== undefined && query.page > 1) parameters.set('page', String(query.page));
  if (query.pageSize !== undefined) parameters.set('pageSize', String(query.pageSize));
  const text = parameters.toString();
  return text ? `?${text}` : '';
}

export const codeOfConductApi = {
  status: (slug: string) => api.get<CodeOfConductStatus>(`${network(slug)}/code-of-conduct`),
  versions: (slug: string) => api.get<CodeOfConduct[]>(`${network(slug)}/code-of-conduct/versions`),
  update: (slug: string, body: UpdateCodeOfConductRequest) =>
    api.put<CodeOfConduct>(`${network(slug)}/code-of-conduct`, body),
  accept: (slug: string, version: number) =>
    api.post<CodeOfConductStatus>(`${network(slug)}/code-of-conduct/accept`, { version }),
};

export const reportApi = {
  reportPost: (postId: string, body: CreateReportRequest) => api.post<OwnReport>(`/api/posts/${segment(postId)}/reports`, body),
  reportThread: (threadId: string, body: CreateReportRequest) =>
    api.post<OwnReport>(`/api/threads/${segment(threadId)}/reports`, body),
};

export const moderationApi = {
  queue: (slug: string, status: ModerationQueueFilter) =>
    api.get<ModerationQueue>(`${network(slug)}/moderation/queue?status=${status}`),
  allQueues: (status: ModerationQueueFilter) => api.get<ModerationQueue>(`/api/moderation/queue?status=${status}`),
  resolve: (body: ResolveReportsRequest) => api.post<ResolveReportsResponse>('/api/moderation/reports/resolve', body),
  settings: (slug: string) => api.get<ModerationSettings>(`${network(slug)}/moderation/settings`),
  saveSettings: (slug: string, body: ModerationSettings) =>
    api.put<ModerationSettings>(`${network(slug)}/moderation/settings`, body),
  auditLog: (slug: string, query: AuditLogQuery) =>
    api.get<AuditLogPage>(`${network(slug)}/moderation/audit-log${auditLogQuery(query)}`),
  allAuditLogs: (query: AuditLogQuery) => api.get<AuditLogPage>(`/api/moderation/audit-log${auditLogQuery(query)}`),
  myStanding: (slug: string) => api.get<MyNetworkStanding>(`${network(slug)}/my-standing`),
};

export const postModerationApi = {
  hide: (postId: string, reason: string) => api.post<Post>(`/api/posts/${segment(postId)}/hide`, { reason }),
  restore: (postId: string) => api.post<Post>(`/api/posts/${segment(postId)}/restore`),
  approve: (postId: string) => api.post<Post>(`/api/posts/${segment(postId)}/approve`),
  reject: (postId: string, reason: string | null) => api.post<Post>(`/api/posts/${segment(postId)}/reject`, { reason }),
};

export type ThreadModerationAction = 'lock' | 'unlock' | 'pin' | 'unpin';

export const threadModerationApi = {
  act: (threadId: string, action: ThreadModerationAction, reason: string | null) =>
    api.post<ThreadDetail>(`/api/threads/${segment(threadId)}/${action}`, { reason }),
  move: (threadId: string, body: MoveThreadRequest) => api.post<ThreadDetail>(`/api/threads/${segment(threadId)}/move`, body),
};

export type MemberModerationAction = 'warn' | 'mute' | 'unmute' | 'remove' | 'ban' | 'unban';

export const memberModerationApi = {
  status: (slug: string, userId: string) => api.get<MemberModerationStatus>(`${member(slug, userId)}/moderation`),
  act: (slug: string, userId: string, action: Exclude<MemberModerationAction, 'mute'>, reason: string | null) =>
    api.post<MemberModerationStatus>(`${member(slug, userId)}/${action}`, { reason }),
  mute: (slug: string, userId: string, body: MuteMemberRequest) =>
    api.post<MemberModerationStatus>(`${member(slug, userId)}/mute`, body),
  bans: (slug: string) => api.get<NetworkBan[]>(`${network(slug)}/bans`),
};
