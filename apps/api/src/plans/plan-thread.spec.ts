import { LIMITS } from '@inclusieplein/contract';
import { renderMarkdown } from '../discussions/markdown';
import { planThreadOpening, planThreadTitle } from './plan-thread';

describe('planThreadTitle', () => {
  it('prefixes the plan title', () => {
    expect(planThreadTitle('Toegankelijke stembureaus')).toBe('Plan: Toegankelijke stembureaus');
  });

  it('shortens a long title to the thread limit', () => {
    const title = planThreadTitle('a'.repeat(LIMITS.planTitle.max));
    expect(title).toHaveLength(LIMITS.threadTitle.max);
    expect(title.endsWith('…')).toBe(true);
  });
});

describe('planThreadOpening', () => {
  it('links to the plan page', () => {
    const html = renderMarkdown(planThreadOpening('Stembureaus', 'netwerk-a', 'abc'));
    expect(html).toContain('href="/netwerken/netwerk-a/plannen/abc"');
    expect(html).toContain('>Stembureaus</a>');
  });

  it('shows Markdown characters in the title as typed', () => {
    const html = renderMarkdown(planThreadOpening('Plan [2026] *nieuw*', 'netwerk-a', 'abc'));
    expect(html).toContain('>Plan [2026] *nieuw*</a>');
  });
});
