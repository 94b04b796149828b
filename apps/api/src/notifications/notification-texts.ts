import type { ModerationAction, NotificationParams, NotificationTarget, NotificationType } from '@inclusieplein/contract';

/** A stored notification as the mail texts need it. */
export interface MailableNotification {
  type: NotificationType;
  params: NotificationParams;
  target: NotificationTarget;
}

/** Dutch descriptions of the moderation actions that concern a member. Others get a general sentence. */
const MODERATION_ACTIONS: Partial<Record<ModerationAction, string>> = {
  'post.hidden': 'Een moderator heeft je bericht verborgen',
  'post.restored': 'Een moderator heeft je bericht weer zichtbaar gemaakt',
  'post.edited': 'Een moderator heeft je bericht aangepast',
  'post.deleted': 'Een moderator heeft je bericht verwijderd',
  'post.approved': 'Een moderator heeft je bericht goedgekeurd',
  'post.rejected': 'Een moderator heeft je bericht niet goedgekeurd',
  'thread.locked': 'Een moderator heeft je onderwerp gesloten',
  'thread.unlocked': 'Een moderator heeft je onderwerp weer geopend',
  'thread.pinned': 'Een moderator heeft je onderwerp bovenaan gezet',
  'thread.unpinned': 'Een moderator heeft je onderwerp niet meer bovenaan gezet',
  'thread.moved': 'Een moderator heeft je onderwerp verplaatst',
  'member.warned': 'Je hebt een waarschuwing gekregen van een moderator',
  'member.muted': 'Een moderator heeft bepaald dat je een tijd niet kunt schrijven',
  'member.unmuted': 'Je kunt weer schrijven',
  'member.removed': 'Een moderator heeft je uit het netwerk gehaald',
  'member.banned': 'Een moderator heeft je de toegang tot het netwerk ontzegd',
  'member.unbanned': 'Je hebt weer toegang tot het netwerk',
  'member.role_changed': 'Je rol in het netwerk is veranderd',
};

const quoted = (value: string | null) => `"${value ?? ''}"`;
const someone = (params: NotificationParams) => params.actorDisplayName ?? 'Iemand';

/** Returns one short Dutch sentence, without final full stop, that describes what happened. */
export function describeNotification({ type, params }: MailableNotification): string {
  switch (type) {
    case 'post_replied':
      return `${someone(params)} reageerde op je bericht in ${quoted(params.threadTitle)}`;
    case 'mentioned':
      return `${someone(params)} noemde je naam in ${quoted(params.threadTitle)}`;
    case 'thread_created':
      return `${someone(params)} begon een nieuw onderwerp: ${quoted(params.threadTitle)}`;
    case 'post_created':
      return `${someone(params)} schreef een bericht in ${quoted(params.threadTitle)}`;
    case 'membership_decided':
      return params.approved
        ? `Je bent lid geworden van het netwerk ${params.networkName ?? ''}`
        : `Je aanvraag voor het netwerk ${params.networkName ?? ''} is niet goedgekeurd`;
    case 'moderation_acted': {
      const action = MODERATION_ACTIONS[params.moderationAction as ModerationAction] ?? 'Een moderator heeft een besluit over jou genomen';
      return params.networkName ? `${action} (netwerk ${params.networkName})` : action;
    }
    case 'plan_updated':
      return `${someone(params)} heeft het plan ${quoted(params.planTitle)} aangepast`;
    case 'document_added':
      return `${someone(params)} heeft het document ${quoted(params.documentTitle)} toegevoegd`;
  }
}

/** Returns the moderator's reason as an extra sentence, or null. */
export function describeReason({ type, params }: MailableNotification): string | null {
  if ((type === 'membership_decided' || type === 'moderation_acted') && params.reason) return `Reden: ${params.reason}`;
  return null;
}

/** Address of the web page that the notification is about. */
export function notificationUrl(publicUrl: string, { target }: MailableNotification): string {
  const slug = target.networkSlug ? encodeURIComponent(target.networkSlug) : null;
  if (target.documentId) return `${publicUrl}/documenten/${target.documentId}`;
  if (slug && target.planId) return `${publicUrl}/netwerken/${slug}/plannen/${target.planId}`;
  if (slug && target.threadId) {
    const anchor = target.postId ? `#bericht-${target.postId}` : '';
    return `${publicUrl}/netwerken/${slug}/onderwerpen/${target.threadId}${anchor}`;
  }
  if (slug) return `${publicUrl}/netwerken/${slug}`;
  return `${publicUrl}/meldingen`;
}
