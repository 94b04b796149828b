/** Typed calls of notifications, watch levels, e-mail settings and the account e-mail links. */
import type {
  NetworkWatch,
  NotificationListResponse,
  NotificationSettings,
  PasswordResetRequest,
  ResetPasswordRequest,
  UnreadCountResponse,
  UpdateNotificationSettingsRequest,
  UpdateWatchRequest,
  VerifyEmailRequest,
} from '@inclusieplein/contract';
import { api } from './client';

const segment = encodeURIComponent;

export interface NotificationListQuery {
  /** `nextCursor` of the previous page, for the next (older) page. */
  before?: string | null;
  limit?: number;
  unreadOnly?: boolean;
}

/** Builds the query string of a notification list request, leaving out what is not set. */
function notificationListQuery(query: NotificationListQuery): string {
  const parameters = new URLSearchParams();
  if (query.before) parameters.set('before', query.before);
  if (query.limit !== undefined) parameters.set('limit', String(query.limit));
  if (query.unreadOnly) parameters.set('unreadOnly', 'true');
  const text = parameters.toString();
  return text ? `?${text}` : '';
}

export const notificationApi = {
  list: (query: NotificationListQuery = {}) =>
    api.get<NotificationListResponse>(`/api/notifications${notificationListQuery(query)}`),
  unreadCount: () => api.get<UnreadCountResponse>('/api/notifications/unread-count'),
  markRead: (id: string) => api.post<UnreadCountResponse>(`/api/notifications/${segment(id)}/read`),
  markAllRead: () => api.post<UnreadCountResponse>('/api/notifications/read-all'),
  watch: (slug: string) => api.get<NetworkWatch>(`/api/networks/${segment(slug)}/watch`),
  setWatch: (slug: string, body: UpdateWatchRequest) => api.put<NetworkWatch>(`/api/networks/${segment(slug)}/watch`, body),
  settings: () => api.get<NotificationSettings>('/api/notification-settings'),
  updateSettings: (body: UpdateNotificationSettingsRequest) => api.put<NotificationSettings>('/api/notification-settings', body),
};

export const accountMailApi = {
  verifyEmail: (body: VerifyEmailRequest) => api.post<void>('/api/auth/verify-email', body),
  resendVerification: () => api.post<void>('/api/auth/verify-email/resend'),
  requestPasswordReset: (body: PasswordResetRequest) => api.post<void>('/api/auth/password-reset/request', body),
  resetPassword: (body: ResetPasswordRequest) => api.post<void>('/api/auth/password-reset', body),
};
