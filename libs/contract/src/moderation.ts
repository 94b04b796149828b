/**
 * Moderation: code of conduct, reports, the moderation queue, moderator actions on posts, threads
 * and members, per-network settings and the audit log.
 *
 * Who may do what:
 * - Moderators and owners of a network, and platform administrators, moderate that network.
 *   A moderator of one network gets 403 or 404 for everything in another network.
 * - Only owners (and administrators) write the code of conduct and change roles.
 * - Moderators may not warn, mute, remove or ban owners or other moderators. Owners and
 *   administrators may act on moderators. Owners cannot be acted on until their role is changed.
 * - Every action is recorded in an append-only audit log.
 *
 * Endpoints (all under `/api`, signed in):
 *
 * Code of conduct
 * - `GET  /networks/:slug/code-of-conduct` → `CodeOfConductStatus` (anyone who may see the network)
 * - `GET  /networks/:slug/code-of-conduct/versions` → `CodeOfConduct[]`, newest first
 * - `PUT  /networks/:slug/code-of-conduct` `UpdateCodeOfConductRequest` → `CodeOfConduct` (owners)
 * - `POST /networks/:slug/code-of-conduct/accept` `AcceptCodeOfConductRequest` → `CodeOfConductStatus` (members)
 * - `POST /networks/:slug/join` gains `acceptedCodeOfConductVersion` (see `JoinRequest`): required
 *   when the network has a code (400, field error `required`), and a version that is not the
 *   current one gives 409 `code_of_conduct_outdated` with `currentCodeOfConductVersion` in the body.
 *
 * Reports
 * - `POST /posts/:id/reports`, `POST /threads/:id/reports` `CreateReportRequest` → `OwnReport` (members).
 *   Returns 409 `already_reported` while the person's earlier report on the same item is open.
 * - `GET  /networks/:slug/moderation/queue?status=open|handled` → `ModerationQueue` (moderators)
 * - `GET  /moderation/queue?status=open|handled` → `ModerationQueue` over every network (administrators)
 * - `POST /moderation/reports/resolve` `ResolveReportsRequest` → `ResolveReportsResponse`: resolves one
 *   or several open reports at once. The actor must moderate the network of every report, or nothing changes.
 *
 * Posts and threads (moderators only, and each returns the changed `Post` or `ThreadDetail`)
 * - `POST /posts/:id/hide` `ModerationReasonRequest` (reason required) · `POST /posts/:id/restore`
 * - `PATCH /posts/:id` `UpdatePostRequest`: moderators may edit any post of their network. The old
 *   text is kept as a `PostRevision` with `byModerator: true`.
 * - `POST /posts/:id/approve` · `POST /posts/:id/reject` (reason optional): posts waiting for approval
 * - `POST /threads/:id/lock` · `/unlock` · `/pin` · `/unpin` (reason optional)
 * - `POST /threads/:id/move` `MoveThreadRequest`: to another network the actor moderates. The
 *   discussion thread of a plan cannot move (409 `thread_has_plan`).
 *
 * Members (moderators)
 * - `GET  /networks/:slug/members/:userId/moderation` → `MemberModerationStatus`
 * - `POST /networks/:slug/members/:userId/warn` `ModerationReasonRequest` (reason required)
 * - `POST /networks/:slug/members/:userId/mute` `MuteMemberRequest` · `/unmute`
 * - `POST /networks/:slug/members/:userId/remove` (reason optional)
 * - `POST /networks/:slug/members/:userId/ban` `ModerationReasonRequest` (reason required). Also
 *   works for someone who is not (or no longer) a member · `/unban`
 *   Each of these returns `MemberModerationStatus`.
 * - `GET  /networks/:slug/bans` → `NetworkBan[]`
 * - `GET  /networks/:slug/my-standing` → `MyNetworkStanding` (the signed-in person's own status)
 *
 * Settings and audit log
 * - `GET  /networks/:slug/moderation/settings` → `ModerationSettings` (moderators)
 * - `PUT  /networks/:slug/moderation/settings` `ModerationSettings` → `ModerationSettings` (moderators)
 * - `GET  /networks/:slug/moderation/audit-log?action=&page=&pageSize=` → `AuditLogPage` (moderators)
 * - `GET  /moderation/audit-log?networkId=&action=&page=&pageSize=` → `AuditLogPage` (administrators)
 *
 * Error codes people can meet (see `ApiErrorCode`): `member_muted` (403, `mutedUntil` in the body),
 * `member_banned` (403 on join), `thread_locked` (409), `too_many_requests` (429,
 * `retryAfterSeconds` in the body), `already_reported` (409), `code_of_conduct_outdated` (409),
 * `thread_has_plan` (409), `post_not_pending` (409).
 *
 * Posting limits: a person may post `RATE_LIMIT_REPLIES_PER_MINUTE` replies (default 6) and start
 * `RATE_LIMIT_THREADS_PER_HOUR` threads (default 5), counted over all networks. More gives 429
 * `too_many_requests` with `retryAfterSeconds`. Moderators, owners and administrators of the network
 * they post in are exempt.
 *
 * Socket.io: `moderation.subscribe` `{ networkId }` joins the live queue of a network after the
 * same check as `GET /networks/:slug/moderation/queue`. The room then receives `report.created`,
 * `report.resolved` and `moderation.queue.changed` (see `events.ts`).
 */
import type { PersonSummary } from './api';

// Code of conduct

/** One saved version of a network's code of conduct. Each save adds a version. */
export interface CodeOfConduct {
  networkId: string;
  /** 1 for the first text, then one higher for each save. */
  version: number;
  /** Markdown source. */
  body: string;
  /** Body rendered to safe HTML. */
  bodyHtml: string;
  /** Short description of what changed, for the history. */
  changeNote: string | null;
  author: PersonSummary;
  createdAt: string;
}

export interface CodeOfConductStatus {
  /** Current version, or null when the network has no code of conduct yet. */
  current: CodeOfConduct | null;
  /** Highest version the signed-in person accepted, or null. */
  myAcceptedVersion: number | null;
  /** Whether the person accepted the current version. True when there is no code. */
  acceptedCurrent: boolean;
}

export interface UpdateCodeOfConductRequest {
  body: string;
  changeNote?: string | null;
}

export interface AcceptCodeOfConductRequest {
  version: number;
}

// Reports

/** Reason of a report: intimidatie, discriminatie, spam, privacy, niet bij het onderwerp, anders. */
export type ReportCategory = 'harassment' | 'discrimination' | 'spam' | 'privacy' | 'off_topic' | 'other';

export const REPORT_CATEGORIES: readonly ReportCategory[] = [
  'harassment',
  'discrimination',
  'spam',
  'privacy',
  'off_topic',
  'other',
];

export type ReportTargetType = 'post' | 'thread';

/** `dismissed`: no action needed. `actioned`: the reported post was hidden. */
export type ReportStatus = 'open' | 'dismissed' | 'actioned';

export interface CreateReportRequest {
  category: ReportCategory;
  /** Free text. Required when the category is `other`. */
  details?: string | null;
}

/** A report as returned to the person who filed it. */
export interface OwnReport {
  id: string;
  targetType: ReportTargetType;
  targetId: string;
  category: ReportCategory;
  details: string | null;
  status: ReportStatus;
  createdAt: string;
}

/** Subject of a report, with enough text for a moderator to decide without opening the thread. */
export interface ReportTarget {
  type: ReportTargetType;
  threadId: string;
  threadTitle: string;
  /** Reported post, or the opening post for a thread report. */
  postId: string;
  author: PersonSummary;
  /** Start of the post text (max 300 characters), or null once the post is deleted. */
  excerpt: string | null;
  hidden: boolean;
  deleted: boolean;
}

export interface ModerationReport {
  id: string;
  network: { id: string; slug: string; name: string };
  target: ReportTarget;
  category: ReportCategory;
  details: string | null;
  reporter: PersonSummary;
  status: ReportStatus;
  createdAt: string;
  resolvedAt: string | null;
  resolvedBy: PersonSummary | null;
  resolutionReason: string | null;
}

/** A post that waits for approval because its author is new in the network. */
export interface PendingPost {
  network: { id: string; slug: string; name: string };
  threadId: string;
  threadTitle: string;
  postId: string;
  /** True when the post opens a new thread, so approving it also shows the thread. */
  opensThread: boolean;
  author: PersonSummary;
  body: string;
  createdAt: string;
}

export type ModerationQueueFilter = 'open' | 'handled';

export interface ModerationQueue {
  /** Open reports oldest first, or handled reports newest first (at most 100). */
  reports: ModerationReport[];
  /** Posts waiting for approval, oldest first. Empty when the filter is `handled`. */
  pendingPosts: PendingPost[];
  openReportCount: number;
  pendingPostCount: number;
}

/** `dismiss` closes the reports without action. `hide` hides every reported post and closes the reports. */
export type ReportResolution = 'dismiss' | 'hide';

export interface ResolveReportsRequest {
  /** 1 to 100 ids of open reports. */
  reportIds: string[];
  resolution: ReportResolution;
  /** Required for `hide`: the authors see it. */
  reason?: string | null;
}

export interface ResolveReportsResponse {
  resolvedReportIds: string[];
  hiddenPostIds: string[];
}

// Moderator actions

export interface ModerationReasonRequest {
  reason?: string | null;
}

export interface MoveThreadRequest {
  networkId: string;
  reason?: string | null;
}

export interface MuteMemberRequest {
  /** End of the mute, in the future and at most 365 days ahead. */
  mutedUntil: string;
  reason?: string | null;
}

export interface MemberWarning {
  id: string;
  reason: string;
  issuedBy: PersonSummary;
  createdAt: string;
}

export interface NetworkBan {
  person: PersonSummary;
  reason: string;
  bannedBy: PersonSummary;
  createdAt: string;
}

/** Moderation status of one person in a network, as its moderators read it. */
export interface MemberModerationStatus {
  person: PersonSummary;
  /** Role in the network, or null when the person is not (or no longer) a member. */
  role: 'member' | 'moderator' | 'owner' | null;
  mutedUntil: string | null;
  muteReason: string | null;
  ban: NetworkBan | null;
  warnings: MemberWarning[];
  /** Published posts in this network, which count towards `firstPostsRequiringApproval`. */
  approvedPostCount: number;
}

/** The signed-in person's own standing in a network. */
export interface MyNetworkStanding {
  /** Null when the mute ended or there is none. */
  mutedUntil: string | null;
  muteReason: string | null;
  banned: boolean;
  warnings: MemberWarning[];
  /** Number of further posts of the person that wait for a moderator before they publish directly, or 0 when none. */
  postsRequiringApproval: number;
  codeOfConduct: CodeOfConductStatus;
}

export interface ModerationSettings {
  /** Posts of a member that need approval before others see them, counted from their first post. 0 turns it off. Maximum 20. */
  firstPostsRequiringApproval: number;
}

// Audit log

export type ModerationAction =
  | 'post.hidden'
  | 'post.restored'
  | 'post.edited'
  | 'post.deleted'
  | 'post.approved'
  | 'post.rejected'
  | 'thread.locked'
  | 'thread.unlocked'
  | 'thread.pinned'
  | 'thread.unpinned'
  | 'thread.moved'
  | 'member.warned'
  | 'member.muted'
  | 'member.unmuted'
  | 'member.removed'
  | 'member.banned'
  | 'member.unbanned'
  | 'member.role_changed'
  | 'membership.approved'
  | 'membership.declined'
  | 'report.dismissed'
  | 'report.actioned'
  | 'code_of_conduct.updated'
  | 'settings.updated';

export const MODERATION_ACTIONS: readonly ModerationAction[] = [
  'post.hidden',
  'post.restored',
  'post.edited',
  'post.deleted',
  'post.approved',
  'post.rejected',
  'thread.locked',
  'thread.unlocked',
  'thread.pinned',
  'thread.unpinned',
  'thread.moved',
  'member.warned',
  'member.muted',
  'member.unmuted',
  'member.removed',
  'member.banned',
  'member.unbanned',
  'member.role_changed',
  'membership.approved',
  'membership.declined',
  'report.dismissed',
  'report.actioned',
  'code_of_conduct.updated',
  'settings.updated',
];

export type AuditTargetType = 'post' | 'thread' | 'user' | 'report' | 'membership_request' | 'network';

export interface AuditEntry {
  id: string;
  network: { id: string; slug: string; name: string };
  action: ModerationAction;
  actor: PersonSummary;
  targetType: AuditTargetType;
  targetId: string;
  /** Person the action concerns, such as the author of a hidden post, or null when none. */
  targetUser: PersonSummary | null;
  reason: string | null;
  /** Facts of the action, such as `{ from: 'member', to: 'moderator' }` or `{ mutedUntil }`. */
  details: Record<string, unknown>;
  createdAt: string;
}

export interface AuditLogPage {
  /** Newest first. */
  entries: AuditEntry[];
  total: number;
  /** 1-based. */
  page: number;
  pageSize: number;
}

/** Paging of the audit log: `pageSize` defaults to 50 and is at most 100. */
export const AUDIT_LOG_PAGE_SIZE = { default: 50, max: 100 } as const;
