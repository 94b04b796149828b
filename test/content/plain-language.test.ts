import type { nl as DutchMessages } from '../../apps/web/src/i18n/nl';
import { loadWebModule } from '../support/load-web-module';
import { checkText, flattenMessages, splitSentences, words } from './plain-language';

describe('plain-language rule', () => {
  it('splits sentences and ignores placeholders', () => {
    expect(splitSentences('Je bent lid. Welkom {{name}}! Wat nu?')).toEqual(['Je bent lid.', 'Welkom X!', 'Wat nu?']);
  });

  it('counts words without punctuation', () => {
    expect(words('Ja, verlaat het netwerk — nu.')).toEqual(['Ja', 'verlaat', 'het', 'netwerk', 'nu']);
  });

  it('flags a long sentence', () => {
    const sentence = Array.from({ length: 16 }, () => 'woord').join(' ') + '.';
    expect(checkText('x', sentence)).toHaveLength(1);
  });

  it('flags an unexplained long word', () => {
    expect(checkText('x', 'Dit is een arbeidsongeschiktheidsverzekering.')[0].problem).toMatch(/letters/);
  });

  it('accepts an explained long word', () => {
    expect(checkText('x', 'Lees de toegankelijkheidsverklaring.')).toEqual([]);
  });
});

describe('Dutch interface texts', () => {
  const { nl } = loadWebModule<{ nl: typeof DutchMessages }>('apps/web/src/i18n/nl.ts');
  const entries = flattenMessages(nl);

  it('contains texts to check', () => {
    expect(entries.length).toBeGreaterThan(100);
  });

  it('use short sentences and words', () => {
    const problems = entries.flatMap(([key, text]) => checkText(key, text));
    expect(problems).toEqual([]);
  });
});
