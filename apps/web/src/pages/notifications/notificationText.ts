import type { AppNotification } from '@inclusieplein/contract';
import type { TFunction } from 'i18next';
import { documentPaths } from '../document/documentPaths';
import { planPaths } from '../plan/planPaths';
import { postElementId } from '../thread/PostItem';

/**
 * Moderation actions that have their own sentence. The contract names actions both as
 * `post_hidden` (notifications) and `post.hidden` (audit log), so both spellings map here.
 */
const MODERATION_SENTENCES = [
  'post_hidden',
  'post_restored',
  'post_edited',
  'post_deleted',
  'post_approved',
  'post_rejected',
  'thread_locked',
  'thread_unlocked',
  'thread_pinned',
  'thread_unpinned',
  'thread_moved',
  'member_warned',
  'member_muted',
  'member_unmuted',
  'member_removed',
  'member_banned',
  'member_unbanned',
  'member_role_changed',
] as const;

type ModerationSentence = (typeof MODERATION_SENTENCES)[number];

function moderationSentence(action: string | null): ModerationSentence | 'other' {
  const normalised = (action ?? '').replace('.', '_');
  return (MODERATION_SENTENCES as readonly string[]).includes(normalised) ? (normalised as ModerationSentence) : 'other';
}

/** Builds the Dutch (or English) sentence of a notification from its type and values. */
export function notificationSentence(t: TFunction, notification: AppNotification): string {
  const { params } = notification;
  const values = {
    actor: params.actorDisplayName ?? t('notifications.someone'),
    network: params.networkName ?? t('notifications.unknownNetwork'),
    thread: params.threadTitle ?? t('notifications.unknownThread'),
    plan: params.planTitle ?? t('notifications.unknownPlan'),
    document: params.documentTitle ?? t('notifications.unknownDocument'),
  };

  switch (notification.type) {
    case 'membership_decided':
      return params.approved
        ? t('notifications.text.membershipApproved', values)
        : t('notifications.text.membershipDeclined', values);
    case 'moderation_acted':
      return t(`notifications.moderation.${moderationSentence(params.moderationAction)}`, values);
    default:
      return t(`notifications.text.${notification.type}`, values);
  }
}

/**
 * Returns whether the page at `pathname` already shows and announces what the notification is
 * about: the thread of a reply or mention, or the network of a new thread. The live updates of
 * those pages announce the change themselves, so a second announcement would repeat it.
 */
export function isShownOnPage(notification: AppNotification, pathname: string): boolean {
  const href = notificationHref(notification);
  if (href !== null && href.split('#')[0] === pathname) return true;
  const slug = notification.target.networkSlug;
  return notification.type === 'thread_created' && slug !== null && pathname === `/netwerken/${encodeURIComponent(slug)}`;
}

/**
 * Returns the address a notification leads to: a post inside its thread, the thread, a plan,
 * a document or the network. Returns null when the target has none of these, for example after
 * a removal from a network.
 */
export function notificationHref(notification: AppNotification): string | null {
  const { networkSlug, threadId, postId, planId, documentId } = notification.target;
  // NOTE: the thread page does not scroll to or focus the `#bericht-…` anchor after an in-app
  // navigation. It focuses its h1. The anchor still works after a full page load.
  if (networkSlug && threadId) {
    const threadPath = `/netwerken/${encodeURIComponent(networkSlug)}/onderwerpen/${encodeURIComponent(threadId)}`;
    return postId ? `${threadPath}#${postElementId(postId)}` : threadPath;
  }
  if (networkSlug && planId) {
    return planPaths.view(encodeURIComponent(networkSlug), encodeURIComponent(planId));
  }
  if (documentId) {
    return documentPaths.view(encodeURIComponent(documentId));
  }
  if (networkSlug) {
    return `/netwerken/${encodeURIComponent(networkSlug)}`;
  }
  return null;
}
