export interface MentionCandidate {
  userId: string;
  displayName: string;
}

/** Max people notified of mentions in one post, so one post cannot flood a network. */
export const MAX_MENTIONS_PER_POST = 20;

const WORD_CHARACTER = /[\p{L}\p{N}_]/u;

/**
 * Finds the people that a post mentions. A mention is `@` followed by a member's display name,
 * compared case-insensitively. The `@` must start the text or follow a character that is not a
 * letter, digit or underscore (so `anna@example.org` is no mention), and the name must not be
 * followed by a letter, digit or underscore. When several names match at one `@`, the longest
 * wins, so `@Anna de Vries` mentions "Anna de Vries" and not "Anna".
 */
export function findMentions(body: string, candidates: MentionCandidate[]): string[] {
  const byLength = candidates
    .filter((candidate) => candidate.displayName.trim() !== '')
    .map((candidate) => ({ userId: candidate.userId, name: candidate.displayName.toLocaleLowerCase('nl') }))
    .sort((a, b) => b.name.length - a.name.length);
  const text = body.toLocaleLowerCase('nl');
  const found = new Set<string>();

  for (let index = text.indexOf('@'); index !== -1; index = text.indexOf('@', index + 1)) {
    if (index > 0 && WORD_CHARACTER.test(text[index - 1])) continue;
    const rest = text.slice(index + 1);
    const match = byLength.find(({ name }) => rest.startsWith(name) && !WORD_CHARACTER.test(rest.charAt(name.length)));
    if (match) found.add(match.userId);
    if (found.size >= MAX_MENTIONS_PER_POST) break;
  }
  return [...found];
}
