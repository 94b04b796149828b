import { MAIL_LINK_PATHS } from '@inclusieplein/contract';
import { MailContent, MailSection, renderMail, type RenderedMail } from '../mail/mail-layout';
import { describeNotification, describeReason, MailableNotification, notificationUrl } from './notification-texts';

export interface MailRecipient {
  displayName: string;
  /** Signed token for the unsubscribe link. */
  unsubscribeToken: string;
}

/** Headers of every notification mail: RFC 2369 `List-Unsubscribe` and RFC 8058 one-click. */
export function unsubscribeHeaders(publicUrl: string, token: string): Record<string, string> {
  return {
    'List-Unsubscribe': `<${unsubscribeUrl(publicUrl, token)}>`,
    'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
  };
}

export function unsubscribeUrl(publicUrl: string, token: string): string {
  return `${publicUrl}/api/mail/unsubscribe?token=${encodeURIComponent(token)}`;
}

function footer(publicUrl: string, reason: string, recipient: MailRecipient): Pick<MailContent, 'footer' | 'unsubscribe'> {
  return {
    footer: [reason, `Je kunt dit aanpassen bij je instellingen: ${publicUrl}${MAIL_LINK_PATHS.notificationSettings}`, 'Inclusieplein'],
    unsubscribe: { label: 'Geen e-mails meer over meldingen', url: unsubscribeUrl(publicUrl, recipient.unsubscribeToken) },
  };
}

/** Builds the mail for one notification, for people who chose to get mail at once. */
export function immediateMail(publicUrl: string, recipient: MailRecipient, notification: MailableNotification): RenderedMail {
  const sentence = describeNotification(notification);
  const reason = describeReason(notification);
  return renderMail({
    subject: sentence,
    heading: `Hallo ${recipient.displayName},`,
    paragraphs: [`${sentence}.`, ...(reason ? [reason] : [])],
    action: { label: 'Bekijk het op Inclusieplein', url: notificationUrl(publicUrl, notification) },
    ...footer(publicUrl, 'Je krijgt deze e-mail omdat je meldingen meteen per e-mail wilt krijgen.', recipient),
  });
}

export interface DigestEntry extends MailableNotification {
  networkName: string | null;
  threadId: string | null;
}

const OTHER_GROUP = 'Overig';

/** Groups entries by network and then by thread. Entries without a thread form one group without heading. */
function groupEntries(publicUrl: string, entries: DigestEntry[]): MailSection[] {
  const sections = new Map<string, Map<string, DigestEntry[]>>();
  for (const entry of entries) {
    const network = entry.networkName ?? OTHER_GROUP;
    const threads = sections.get(network) ?? new Map<string, DigestEntry[]>();
    const key = entry.threadId ?? '';
    threads.set(key, [...(threads.get(key) ?? []), entry]);
    sections.set(network, threads);
  }
  return [...sections].map(([network, threads]) => ({
    heading: network === OTHER_GROUP ? OTHER_GROUP : `Netwerk ${network}`,
    groups: [...threads].map(([threadId, threadEntries]) => ({
      heading: threadId && threadEntries[0].params.threadTitle ? `Onderwerp: ${threadEntries[0].params.threadTitle}` : null,
      items: threadEntries.map((entry) => ({ text: describeNotification(entry), url: notificationUrl(publicUrl, entry) })),
    })),
  }));
}

/** Builds a short overview of the notifications of a day or a week, grouped by network and thread. */
export function digestMail(
  publicUrl: string,
  recipient: MailRecipient,
  frequency: 'daily' | 'weekly',
  entries: DigestEntry[],
): RenderedMail {
  const period = frequency === 'daily' ? 'vandaag' : 'deze week';
  const count = entries.length === 1 ? '1 nieuwe melding' : `${entries.length} nieuwe meldingen`;
  return renderMail({
    subject: `Je overzicht van ${period} op Inclusieplein: ${count}`,
    heading: `Hallo ${recipient.displayName},`,
    paragraphs: [`Je hebt ${count}. Hieronder zie je wat er is gebeurd.`],
    sections: groupEntries(publicUrl, entries),
    action: { label: 'Bekijk al je meldingen', url: `${publicUrl}${MAIL_LINK_PATHS.notifications}` },
    ...footer(
      publicUrl,
      frequency === 'daily'
        ? 'Je krijgt deze e-mail omdat je één keer per dag een overzicht wilt krijgen.'
        : 'Je krijgt deze e-mail omdat je één keer per week een overzicht wilt krijgen.',
      recipient,
    ),
  });
}
