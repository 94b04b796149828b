/**
 * A simple readability rule for Dutch interface texts at language level B1: short sentences
 * and no very long words. Long compound words that the interface explains where they first
 * appear are allowed by name.
 */
export const MAX_WORDS_PER_SENTENCE = 15;
export const MAX_WORD_LENGTH = 18;

/** Long words that may appear because the interface explains them, with where that happens. */
export const EXPLAINED_LONG_WORDS: Record<string, string> = {
  toegankelijkheidsverklaring: 'title of the statement page, whose first paragraph says what it is',
  ervaringsdeskundigen: 'explained on the start page: people with a disability who share their experience',
  ervaringsdeskundige: 'explained on the start page',
  toegankelijkheidseisen: 'explained on the statement page as the rules for accessible websites',
  partnerorganisaties: 'a field label whose hint explains: organisations that take part',
};

export interface ReadabilityProblem {
  key: string;
  text: string;
  problem: string;
}

/** Flattens nested message objects into `a.b.c` keys and their strings. */
export function flattenMessages(messages: object, prefix = ''): Array<[string, string]> {
  return Object.entries(messages).flatMap(([key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') return [[path, value] as [string, string]];
    if (value && typeof value === 'object') return flattenMessages(value, path);
    return [];
  });
}

/** Splits a text into sentences at `.`, `!`, `?` and `:` followed by a space or the end. */
export function splitSentences(text: string): string[] {
  return text
    .replace(/\{\{[^}]+\}\}/g, 'X')
    .split(/(?<=[.!?:])\s+/)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence.length > 0);
}

export function words(sentence: string): string[] {
  return sentence
    .split(/[\s/–—-]+/)
    .map((word) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((word) => /\p{L}/u.test(word));
}

export function checkText(key: string, text: string): ReadabilityProblem[] {
  const problems: ReadabilityProblem[] = [];
  for (const sentence of splitSentences(text)) {
    const sentenceWords = words(sentence);
    if (sentenceWords.length > MAX_WORDS_PER_SENTENCE) {
      problems.push({ key, text: sentence, problem: `${sentenceWords.length} words; use at most ${MAX_WORDS_PER_SENTENCE}` });
    }
    for (const word of sentenceWords) {
      // URLs, e-mail addresses and code are not read as words.
      if (/[@.:]|^https?/i.test(word)) continue;
      if (word.length > MAX_WORD_LENGTH && !(word.toLowerCase() in EXPLAINED_LONG_WORDS)) {
        problems.push({ key, text: word, problem: `word of ${word.length} letters; use at most ${MAX_WORD_LENGTH} or explain it` });
      }
    }
  }
  return problems;
}
