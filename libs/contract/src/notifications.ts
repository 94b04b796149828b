/**
 * Notifications, watch levels, e-mail preferences and account e-mail (verification, password reset).
 *
 * HTTP endpoints, all under `/api`:
 * - `GET  /notifications?before=<cursor>&limit=<1..50>&unreadOnly=<true|false>` returns `NotificationListResponse`,
 *   newest first. Pass `nextCursor` as `before` for the next page.
 * - `GET  /notifications/unread-count` returns `UnreadCountResponse`.
 * - `POST /notifications/:id/read` marks one notification read and returns `UnreadCountResponse`.
 * - `POST /notifications/read-all` marks every notification read and returns `UnreadCountResponse`.
 * - `GET  /networks/:slug/watch` returns `NetworkWatch`. `PUT /networks/:slug/watch` with `UpdateWatchRequest` changes it.
 * - `GET  /notification-settings` returns `NotificationSettings`. `PUT` with `UpdateNotificationSettingsRequest` changes it.
 * - `POST /auth/verify-email` with `VerifyEmailRequest` confirms the address (204).
 * - `POST /auth/verify-email/resend` sends a new verification mail to the signed-in person (202), at most once per
 *   `EMAIL_RULES.verificationResendSeconds`. A request within that time returns 429 `too_many_requests`.
 * - `POST /auth/password-reset/request` with `PasswordResetRequest` returns 202 whether or not the address exists.
 * - `POST /auth/password-reset` with `ResetPasswordRequest` sets the new password (204). A wrong, used or expired
 *   token returns 400 with code `invalid_token` or `token_expired`.
 * - `GET  /mail/unsubscribe?token=…` unsubscribes and shows a short Dutch page. `POST` to the same address does it
 *   without a page (RFC 8058 one-click). Both need no login, because the signed token identifies the person.
 *   Unsubscribing sets `emailFrequency` to `never` for all networks, but account mails are still sent.
 *
 * Live over Socket.io, only to the person's own sockets: `notification.created` and `notifications.read`.
 */

/** Subject of a notification. */
export type NotificationType =
  /** Someone replied to one of your posts. */
  | 'post_replied'
  /** Someone mentioned you as `@Display Name` in a post. */
  | 'mentioned'
  /** A new thread in a network you watch with level `all` or `new_threads`. */
  | 'thread_created'
  /** A new post in a network you watch with level `all`, that is not a reply to you and does not mention you. */
  | 'post_created'
  /** A moderator approved or declined your membership request. */
  | 'membership_decided'
  /** A moderator acted on your content or on you (hide, warn, mute …). */
  | 'moderation_acted'
  /** A plan changed in a network you watch with level `all`. */
  | 'plan_updated'
  /** A new document was added to a network you watch with level `all`. */
  | 'document_added';

export const NOTIFICATION_TYPES: readonly NotificationType[] = [
  'post_replied',
  'mentioned',
  'thread_created',
  'post_created',
  'membership_decided',
  'moderation_acted',
  'plan_updated',
  'document_added',
];

/**
 * Watch level of one person for one network.
 * - `all` (alles volgen): every new thread, post, plan change and document, plus everything of `normal`.
 * - `new_threads` (alleen nieuwe onderwerpen): new threads, plus everything of `normal`.
 * - `normal` (normaal, the default): only what concerns you: replies to you, mentions, decisions, moderation.
 * - `muted` (gedempt): nothing from this network, except moderation actions that concern you.
 */
export type WatchLevel = 'all' | 'new_threads' | 'normal' | 'muted';

export const WATCH_LEVELS: readonly WatchLevel[] = ['all', 'new_threads', 'normal', 'muted'];
export const DEFAULT_WATCH_LEVEL: WatchLevel = 'normal';

/**
 * E-mail delivery of notifications to one person.
 * - `immediate`: one mail per notification, sent within a minute.
 * - `daily`: one digest a day of the notifications of the last 24 hours.
 * - `weekly`: one digest a week of the notifications of the last 7 days.
 * - `never`: no notification mails. Account mails (verification, password reset) are still sent.
 */
export type EmailFrequency = 'immediate' | 'daily' | 'weekly' | 'never';

export const EMAIL_FREQUENCIES: readonly EmailFrequency[] = ['immediate', 'daily', 'weekly', 'never'];
export const DEFAULT_EMAIL_FREQUENCY: EmailFrequency = 'daily';

/**
 * Values the web app puts into the Dutch (or English) sentence of a notification. The type decides which
 * fields are set, and the others are null.
 */
export interface NotificationParams {
  /** Person who acted, or null for moderation actions because the moderator stays anonymous to the member. */
  actorDisplayName: string | null;
  networkName: string | null;
  threadTitle: string | null;
  planTitle: string | null;
  documentTitle: string | null;
  /** For `membership_decided`: whether the request was approved. */
  approved: boolean | null;
  /** For `moderation_acted`: the `ModerationAction`, such as `post.hidden`, `member.warned` or `member.muted`. */
  moderationAction: string | null;
  /** Reason given by the moderator, for `membership_decided` and `moderation_acted`. */
  reason: string | null;
}

/** Destination of a notification as ids and slugs, from which the web app builds the address. */
export interface NotificationTarget {
  networkSlug: string | null;
  threadId: string | null;
  postId: string | null;
  planId: string | null;
  documentId: string | null;
}

export interface AppNotification {
  id: string;
  type: NotificationType;
  params: NotificationParams;
  target: NotificationTarget;
  /** Time the person marked it read, or null while unread. */
  readAt: string | null;
  createdAt: string;
}

export interface NotificationListResponse {
  notifications: AppNotification[];
  /** Cursor for the next (older) page, or null on the last page. */
  nextCursor: string | null;
  unreadCount: number;
}

export interface UnreadCountResponse {
  unreadCount: number;
}

export interface NetworkWatch {
  networkSlug: string;
  level: WatchLevel;
}

export interface UpdateWatchRequest {
  level: WatchLevel;
}

export interface NotificationSettings {
  emailFrequency: EmailFrequency;
  /** Address the mails go to. */
  email: string;
  emailVerified: boolean;
}

export interface UpdateNotificationSettingsRequest {
  emailFrequency: EmailFrequency;
}

export interface VerifyEmailRequest {
  token: string;
}

export interface PasswordResetRequest {
  email: string;
}

export interface ResetPasswordRequest {
  token: string;
  /** New password, with the same length rules as at registration. */
  password: string;
}

/** Sent to `user:<id>` when a notification for that person is stored. */
export interface NotificationCreatedEvent {
  notificationId: string;
  type: NotificationType;
  unreadCount: number;
}

/** Sent to `user:<id>` after notifications were marked read, so other tabs update their count. */
export interface NotificationsReadEvent {
  unreadCount: number;
}

/** Time limits of account mails, so the web app can show people how long a link works. */
export const EMAIL_RULES = {
  /** A verification link works this many hours. */
  verificationHours: 48,
  /** A password reset link works this many minutes. */
  passwordResetMinutes: 60,
  /** The signed-in person may request a new verification mail at most once per this many seconds. */
  verificationResendSeconds: 60,
} as const;

/**
 * Paths of the web app that mails link to, after `PUBLIC_URL`. The token follows as `?token=…`.
 * The web app must serve these routes.
 */
export const MAIL_LINK_PATHS = {
  verifyEmail: '/account/e-mail-bevestigen',
  resetPassword: '/account/nieuw-wachtwoord',
  notifications: '/meldingen',
  notificationSettings: '/profiel/meldingen',
} as const;
