// Turning a question staff type into the words worth searching for, and merging single-word results.
import { describe, expect, it } from 'vitest';
import { glossaryEntryKey, mergeByScore, searchTerms } from '../../../src/lib/search/query';

describe('searchTerms', () => {
  it('keeps the meaningful words of a question, in order', () => {
    expect(searchTerms('How long do I have to send a warning letter?')).toEqual(['send', 'warning', 'letter']);
  });

  it('drops stop words in any case and strips punctuation', () => {
    expect(searchTerms('What is an "ISA", and WHO signs it?')).toEqual(['ISA', 'signs']);
    expect(searchTerms('Who (the SPO?) decides: recall!')).toEqual(['SPO', 'decides', 'recall']);
  });

  it('strips curly quotes too', () => {
    expect(searchTerms('“breach” ‘action’')).toEqual(['breach', 'action']);
  });

  it('searches the whole query when every word is a stop word', () => {
    expect(searchTerms('how long?')).toEqual(['how', 'long']);
  });

  it('gives no words for an empty query', () => {
    expect(searchTerms('   ')).toEqual([]);
    expect(searchTerms('?!')).toEqual([]);
  });
});

describe('mergeByScore', () => {
  it('puts pages matching more of the words first', () => {
    const merged = mergeByScore([
      [
        { id: 'a', score: 9 },
        { id: 'b', score: 1 },
      ],
      [{ id: 'b', score: 1 }],
    ]);
    expect(merged.map((item) => item.id)).toEqual(['b', 'a']);
  });

  it('breaks ties by the total score', () => {
    const merged = mergeByScore([
      [
        { id: 'a', score: 1 },
        { id: 'b', score: 2 },
        { id: 'c', score: 5 },
      ],
      [
        { id: 'a', score: 1 },
        { id: 'b', score: 2 },
      ],
    ]);
    expect(merged.map((item) => item.id)).toEqual(['b', 'a', 'c']);
  });

  it('returns each page once, as first found', () => {
    const first = { id: 'a', score: 1, url: '/first/' };
    const merged = mergeByScore([[first], [{ id: 'a', score: 3, url: '/second/' }]]);
    expect(merged).toEqual([first]);
  });

  it('gives nothing for no results', () => {
    expect(mergeByScore([])).toEqual([]);
    expect(mergeByScore([[], []])).toEqual([]);
  });
});

describe('glossaryEntryKey', () => {
  it('files an entry and the word that names it under the same key, whatever their case', () => {
    expect(glossaryEntryKey('MAPPA')).toBe(glossaryEntryKey('mappa'));
    expect(glossaryEntryKey('nDelius')).toBe(glossaryEntryKey('NDELIUS '));
  });

  it('gives different entries different keys, and a one-letter word none', () => {
    expect(glossaryEntryKey('MARAC')).not.toBe(glossaryEntryKey('MAPPA'));
    expect(glossaryEntryKey('a')).toBeUndefined();
  });
});
