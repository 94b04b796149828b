import { findMentions } from './mentions';

const anna = { userId: 'a', displayName: 'Anna' };
const annaDeVries = { userId: 'b', displayName: 'Anna de Vries' };
const bram = { userId: 'c', displayName: 'Bram' };

describe('findMentions', () => {
  it('finds a name after @, ignoring case', () => {
    expect(findMentions('Hoi @bram, wat vind jij?', [anna, bram])).toEqual(['c']);
  });

  it('prefers the longest matching name', () => {
    expect(findMentions('Vraag aan @Anna de Vries.', [anna, annaDeVries])).toEqual(['b']);
  });

  it('falls back to a shorter name when the longer does not match', () => {
    expect(findMentions('@Anna de Jong weet dit', [anna, annaDeVries])).toEqual(['a']);
  });

  it('ignores an e-mail address', () => {
    expect(findMentions('mail naar info@anna.nl', [anna])).toEqual([]);
  });

  it('needs the name to end at a word boundary', () => {
    expect(findMentions('@Annabel was er ook', [anna])).toEqual([]);
  });

  it('returns each person once', () => {
    expect(findMentions('@Bram en nog eens @bram', [bram])).toEqual(['c']);
  });

  it('matches names with accents', () => {
    expect(findMentions('Dank je, @Zoë!', [{ userId: 'z', displayName: 'Zoë' }])).toEqual(['z']);
  });
});
