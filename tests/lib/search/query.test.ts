// Turning a question staff type into the words worth searching for, merging single-word results, and telling a query
// that is just a glossary term.
import { describe, expect, it } from 'vitest';
import { bareTermKey, glossaryEntryKey, mergeByScore, searchTerms } from '../../../src/lib/search/query';

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
  it('ranks by the scores of the words a page has, so one rare word can beat two common ones', () => {
    const merged = mergeByScore([
      [{ id: 'rare', score: 9 }],
      [{ id: 'common', score: 1 }],
      [{ id: 'common', score: 1 }],
    ]);
    expect(merged.map((item) => item.id)).toEqual(['rare', 'common']);
  });

  it('puts a page with more of the words first when their scores are alike', () => {
    const merged = mergeByScore([
      [
        { id: 'a', score: 3 },
        { id: 'b', score: 2 },
      ],
      [{ id: 'b', score: 2 }],
    ]);
    expect(merged.map((item) => item.id)).toEqual(['b', 'a']);
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

  it('files a name the same however its words are joined', () => {
    expect(glossaryEntryKey('Multi-Agency Public Protection Arrangements')).toBe(
      glossaryEntryKey('multi agency public  protection arrangements'),
    );
    expect(glossaryEntryKey('DIF/EIF')).toBe('dif eif');
  });
});

describe('bareTermKey', () => {
  it('reads a query that is just a term, alone or asked about', () => {
    expect(bareTermKey('OMiC')).toBe(glossaryEntryKey('OMiC'));
    expect(bareTermKey('what is a PDU?')).toBe('pdu');
    expect(bareTermKey('What does MAPPA stand for')).toBe('mappa');
    expect(bareTermKey('meaning of ROTL')).toBe('rotl');
    expect(bareTermKey('what’s the OMU')).toBe('omu');
  });

  it('keeps words such as "of" inside a term', () => {
    expect(bareTermKey('what is the Ministry of Justice')).toBe('ministry of justice');
  });

  it('gives the whole of a longer query, for the index to say whether an entry has that name', () => {
    expect(bareTermKey('OMiC handover sessions')).toBe('omic handover sessions');
  });

  it('gives nothing for a query that only asks', () => {
    expect(bareTermKey('what is the')).toBeUndefined();
    expect(bareTermKey('?')).toBeUndefined();
  });
});
