/** Text of a mail before it is rendered to a plain-text and an HTML part. */
export interface MailContent {
  subject: string;
  heading: string;
  paragraphs: string[];
  /** Groups with a heading each, such as one per network in a digest. */
  sections?: MailSection[];
  /** Main link of the mail, shown as its own paragraph. */
  action?: MailLink;
  /** Closing lines, such as why the person gets this mail. */
  footer: string[];
  /** Link that ends these mails. Notification mails have one, account mails do not. */
  unsubscribe?: MailLink;
}

export interface MailLink {
  label: string;
  url: string;
}

export interface MailSection {
  heading: string;
  /** Subheadings with their items, such as one per thread. */
  groups: Array<{ heading: string | null; items: MailItem[] }>;
}

export interface MailItem {
  text: string;
  url: string | null;
}

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (character) => HTML_ESCAPES[character]);
}

function renderText(content: MailContent): string {
  const lines: string[] = [content.heading, ''];
  for (const paragraph of content.paragraphs) lines.push(paragraph, '');
  for (const section of content.sections ?? []) {
    lines.push(section.heading, '-'.repeat(Math.min(section.heading.length, 60)));
    for (const group of section.groups) {
      if (group.heading) lines.push(group.heading);
      for (const item of group.items) lines.push(item.url ? `- ${item.text}: ${item.url}` : `- ${item.text}`);
      lines.push('');
    }
  }
  if (content.action) lines.push(`${content.action.label}:`, content.action.url, '');
  lines.push('--');
  lines.push(...content.footer);
  if (content.unsubscribe) lines.push(`${content.unsubscribe.label}: ${content.unsubscribe.url}`);
  return `${lines.join('\n')}\n`;
}

function link({ label, url }: MailLink): string {
  return `<a href="${escapeHtml(url)}">${escapeHtml(label)}</a>`;
}

/** Simple HTML: one column, real headings, lists and links with readable text, no images or tables. */
function renderHtml(content: MailContent): string {
  const parts: string[] = [
    '<!DOCTYPE html>',
    '<html lang="nl">',
    '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(content.subject)}</title></head>`,
    '<body style="font-family: Arial, sans-serif; font-size: 18px; line-height: 1.5; color: #1a1a1a; max-width: 40em; margin: 0 auto; padding: 1em;">',
    `<h1 style="font-size: 1.5em;">${escapeHtml(content.heading)}</h1>`,
  ];
  for (const paragraph of content.paragraphs) parts.push(`<p>${escapeHtml(paragraph)}</p>`);
  for (const section of content.sections ?? []) {
    parts.push(`<h2 style="font-size: 1.25em;">${escapeHtml(section.heading)}</h2>`);
    for (const group of section.groups) {
      if (group.heading) parts.push(`<h3 style="font-size: 1.1em;">${escapeHtml(group.heading)}</h3>`);
      parts.push('<ul>');
      for (const item of group.items) {
        parts.push(`<li>${item.url ? link({ label: item.text, url: item.url }) : escapeHtml(item.text)}</li>`);
      }
      parts.push('</ul>');
    }
  }
  if (content.action) parts.push(`<p>${link(content.action)}</p>`);
  parts.push('<hr>', '<footer>');
  for (const line of content.footer) parts.push(`<p style="font-size: 0.9em;">${escapeHtml(line)}</p>`);
  if (content.unsubscribe) parts.push(`<p style="font-size: 0.9em;">${link(content.unsubscribe)}</p>`);
  parts.push('</footer>', '</body>', '</html>');
  return `${parts.join('\n')}\n`;
}

export function renderMail(content: MailContent): RenderedMail {
  return { subject: content.subject, text: renderText(content), html: renderHtml(content) };
}
