import { LIMITS } from '@inclusieplein/contract';

/** Backslash-escapes the characters that Markdown reads as formatting, so a title shows as typed. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!<>|~]/g, (character) => `\\${character}`);
}

/** Builds the title of a plan's discussion thread: "Plan: <title>", shortened with an ellipsis to fit the thread title limit. */
export function planThreadTitle(planTitle: string): string {
  const title = `Plan: ${planTitle}`;
  const max = LIMITS.threadTitle.max;
  return title.length <= max ? title : `${title.slice(0, max - 1).trimEnd()}…`;
}

/** Address of a plan's page in the web app. */
export function planPagePath(networkSlug: string, planId: string): string {
  return `/netwerken/${encodeURIComponent(networkSlug)}/plannen/${planId}`;
}

/** Builds the opening post of a plan's discussion thread, in Dutch as all content is, with a link back to the plan. */
export function planThreadOpening(planTitle: string, networkSlug: string, planId: string): string {
  return `Hier bespreken we het plan [${escapeMarkdown(planTitle)}](${planPagePath(networkSlug, planId)}).`;
}
