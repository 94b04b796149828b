/**
 * Request and response bodies of the HTTP API under `/api`.
 * The API's DTO classes implement these interfaces, so the compiler keeps both sides in step.
 * The OpenAPI document at `/api/openapi.json` is generated from those DTO classes.
 * Dates are ISO 8601 strings in UTC.
 */

/** Error codes of single fields; the web app turns each into a Dutch sentence. */
export type FieldErrorCode =
  | 'required'
  | 'too_short'
  | 'too_long'
  | 'invalid'
  | 'invalid_email'
  | 'invalid_url'
  | 'email_taken'
  | 'name_taken'
  | 'unknown_municipality'
  | 'unknown_crpd_article'
  | 'unknown_user'
  | 'invalid_date'
  | 'not_a_member'
  | 'not_allowed';

export interface FieldError {
  /** Name of the request field, for nested values joined with dots (`municipalityCodes.0`). */
  field: string;
  code: FieldErrorCode;
  /** English description for developers; people read the web app's translation of `code`. */
  message: string;
  /** Values the translation needs, such as `{ min: 10 }`. */
  params?: Record<string, number | string>;
}

/** Error codes of whole requests. */
export type ApiErrorCode =
  | 'validation_failed'
  | 'not_authenticated'
  | 'invalid_credentials'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'already_member'
  | 'request_pending'
  | 'last_owner'
  | 'network_closed'
  | 'network_not_active'
  | 'post_deleted'
  | 'revision_conflict'
  | 'plan_locked'
  | 'invalid_status_change'
  | 'file_missing'
  | 'file_too_large'
  | 'unsupported_file_type'
  | 'file_damaged'
  | 'upload_expired'
  | 'upload_interrupted'
  | 'document_archived'
  | 'file_integrity_failed'
  | 'too_many_requests'
  | 'member_muted'
  | 'member_banned'
  | 'thread_locked'
  | 'thread_has_plan'
  | 'already_reported'
  | 'code_of_conduct_outdated'
  | 'post_not_pending'
  | 'invalid_token'
  | 'token_expired'
  | 'internal_error';

export interface ApiErrorBody {
  statusCode: number;
  code: ApiErrorCode;
  message: string;
  errors?: FieldError[];
  /** Id of the request in the server log, to quote when reporting a problem. */
  requestId?: string;
  /** With `too_many_requests` from a posting limit: seconds until the next post is allowed. */
  retryAfterSeconds?: number;
  /** With `member_muted`: when the person may post again. */
  mutedUntil?: string;
  /** With `code_of_conduct_outdated`: the version to read and accept instead. */
  currentCodeOfConductVersion?: number;
}

export interface HealthStatus {
  status: 'ok' | 'unavailable';
  database: 'up' | 'down';
}

// Reference data

export interface Municipality {
  /** CBS code, such as `GM0363`. */
  code: string;
  name: string;
  province: string;
}

export type CrpdInstrument = 'convention' | 'optional-protocol';

export interface CrpdArticle {
  instrument: CrpdInstrument;
  number: number;
  /** Article heading; the Optional Protocol has none, so there this is the start of the first line. */
  titleNl: string;
  titleEn: string;
}

// People and sessions

export interface CurrentUser {
  id: string;
  email: string;
  displayName: string;
  municipality: Municipality | null;
  roleDescription: string | null;
  isAdmin: boolean;
  /** May add documents to the platform-wide library. Administrators always may. */
  isLibraryEditor: boolean;
  /** Whether the person opened the link in the verification mail. The account works either way. */
  emailVerified: boolean;
}

export interface SessionResponse {
  user: CurrentUser | null;
}

export interface RegisterRequest {
  email: string;
  password: string;
  displayName: string;
  municipalityCode?: string | null;
  roleDescription?: string | null;
}

export interface LoginRequest {
  email: string;
  password: string;
}

export interface UpdateProfileRequest {
  displayName: string;
  municipalityCode: string | null;
  roleDescription: string | null;
}

/** Public view of a person, as other people see it. */
export interface PersonSummary {
  id: string;
  displayName: string;
  roleDescription: string | null;
}

// Theme networks

export type NetworkVisibility = 'open' | 'closed';
export type NetworkStatus = 'proposed' | 'active' | 'declined';
export type NetworkRole = 'member' | 'moderator' | 'owner';

export interface NetworkSummary {
  id: string;
  slug: string;
  name: string;
  description: string;
  theme: string;
  visibility: NetworkVisibility;
  status: NetworkStatus;
  crpdArticleNumbers: number[];
  municipalityCodes: string[];
  memberCount: number;
  threadCount: number;
  isDemo: boolean;
  /** Role of the signed-in person, or null when they are not a member. */
  myRole: NetworkRole | null;
}

export interface NetworkDetail extends NetworkSummary {
  purpose: string;
  partnerOrganisations: string;
  coordinator: string;
  crpdArticles: CrpdArticle[];
  municipalities: Municipality[];
  /** Whether the signed-in person (or visitor) may read threads. */
  canRead: boolean;
  /** Pending or last decided request of the signed-in person for a closed network. */
  myRequest: MembershipRequestSummary | null;
  proposedBy: PersonSummary | null;
  decisionReason: string | null;
  createdAt: string;
}

/** Fields a person fills in to propose a network, and an administrator to create one. */
export interface NetworkInput {
  name: string;
  description: string;
  purpose: string;
  theme: string;
  visibility: NetworkVisibility;
  crpdArticleNumbers: number[];
  municipalityCodes: string[];
  partnerOrganisations: string;
  coordinator: string;
}

export interface CreateNetworkRequest extends NetworkInput {
  /** E-mail address of an existing account that becomes the first owner; empty makes the administrator owner. */
  ownerEmail?: string | null;
}

export interface DecideProposalRequest {
  reason?: string | null;
}

export interface AppointOwnerRequest {
  email: string;
}

export interface ChangeRoleRequest {
  role: NetworkRole;
}

/** A theme network that lives on another website, listed so people find it too. */
export interface ExternalNetwork {
  id: string;
  name: string;
  url: string;
  description: string;
  organisation: string;
}

export interface ExternalNetworkInput {
  name: string;
  url: string;
  description: string;
  organisation: string;
}

export interface NetworkListResponse {
  networks: NetworkSummary[];
  externalNetworks: ExternalNetwork[];
}

// Membership

export type MembershipRequestStatus = 'pending' | 'approved' | 'declined';

export interface MembershipRequestSummary {
  id: string;
  status: MembershipRequestStatus;
  motivation: string;
  createdAt: string;
  decidedAt: string | null;
  decisionReason: string | null;
}

export interface MembershipRequestDetail extends MembershipRequestSummary {
  person: PersonSummary;
  networkSlug: string;
}

export interface JoinRequest {
  motivation?: string | null;
  /**
   * Version of the network's code of conduct that the person read and accepted. Required when the
   * network has one (see `CodeOfConductStatus` in moderation.ts).
   */
  acceptedCodeOfConductVersion?: number | null;
}

/** Result of a join: `member` for an open network, `requested` for a closed one. */
export interface JoinResponse {
  result: 'member' | 'requested';
  role: NetworkRole | null;
  request: MembershipRequestSummary | null;
}

export interface Member {
  person: PersonSummary;
  role: NetworkRole;
  joinedAt: string;
}

// Discussions

export interface ThreadSummary {
  id: string;
  networkId: string;
  title: string;
  author: PersonSummary;
  createdAt: string;
  lastActivityAt: string;
  replyCount: number;
  isDemo: boolean;
  /** Pinned threads come first in the list. */
  pinned: boolean;
  /** Locked threads take no new replies, except from moderators. */
  locked: boolean;
}

/** Whether a post is visible to everyone, waits for a moderator, or was rejected by one. */
export type PostApproval = 'approved' | 'pending' | 'rejected';

export interface Post {
  id: string;
  threadId: string;
  /** Null for the opening post of a thread. */
  parentId: string | null;
  /** 0 for the opening post, 1 for a direct reply, and so on, without an upper bound. */
  depth: number;
  author: PersonSummary;
  /** Markdown source; null once deleted. */
  body: string | null;
  /** Body rendered to safe HTML (no raw HTML, links with rel="nofollow ugc"); null once deleted. */
  bodyHtml: string | null;
  createdAt: string;
  editedAt: string | null;
  editCount: number;
  deleted: boolean;
  /**
   * Set when a moderator hid the post or rejected it. The author and moderators still get the
   * body. Everyone else gets null body and bodyHtml and shows a placeholder.
   */
  hidden: { reason: string; hiddenAt: string } | null;
  /**
   * Only the author and moderators ever get `pending` or `rejected` posts. For the author they
   * mean "waiting for approval" and "not published".
   */
  approval: PostApproval;
}

export interface ThreadDetail {
  id: string;
  title: string;
  network: { id: string; slug: string; name: string; visibility: NetworkVisibility };
  author: PersonSummary;
  createdAt: string;
  isDemo: boolean;
  pinned: boolean;
  locked: boolean;
  /** Reason a moderator gave for locking, or null. */
  lockReason: string | null;
  /** Posts in reading order: each post is followed by its replies, depth first, oldest first. */
  posts: Post[];
  canReply: boolean;
  /** Whether the signed-in person moderates this network (moderator, owner or administrator). */
  canModerate: boolean;
  /** Plan whose discussion this thread is, or null for an ordinary thread. */
  plan?: { id: string; title: string } | null;
}

export interface CreateThreadRequest {
  title: string;
  body: string;
}

export interface CreatePostRequest {
  /** Post that this reply responds to, or the opening post to reply to the thread itself. */
  parentId: string;
  body: string;
}

export interface UpdatePostRequest {
  body: string;
  /** Reason for an edit by a moderator of someone else's post. Recorded in the audit log. */
  reason?: string | null;
}

/** An earlier text of a post. The API lists them newest first. */
export interface PostRevision {
  id: string;
  body: string;
  /** When this text was replaced by a newer one. */
  replacedAt: string;
  editor: PersonSummary;
  /** Whether a moderator, not the author, made the edit that replaced this text. */
  byModerator: boolean;
}

// Accessibility barrier reports

export type BarrierReportStatus = 'open' | 'handled';

/** A barrier that someone met on the platform, sent from the accessibility statement page. */
export interface BarrierReportInput {
  /** Address or name of the page where the barrier was. */
  page?: string | null;
  description: string;
  /** Assistive technology or browser used, if the person chooses to give it. */
  assistiveTechnology?: string | null;
  contactName?: string | null;
  contactEmail?: string | null;
}

export interface BarrierReport {
  id: string;
  page: string | null;
  description: string;
  assistiveTechnology: string | null;
  contactName: string | null;
  contactEmail: string | null;
  /** Account that sent it, when the person was signed in. */
  reporter: PersonSummary | null;
  status: BarrierReportStatus;
  createdAt: string;
  handledAt: string | null;
}

export interface UpdateBarrierReportRequest {
  status: BarrierReportStatus;
}
