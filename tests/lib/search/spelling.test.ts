// Spelling help: a right word (in the index, an acronym, or in the dictionary) is never rewritten; a word known nowhere
// gets the nearest word the index holds, from a list that fits its budget.
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { countWords, spellingList } from '../../../src/lib/search/spelling-list';
import {
  editDistance,
  isTypedAsAcronym,
  markedWords,
  spellingIndex,
  suggestQuery,
  suggestWord,
  wordsKnownNowhere,
  wordsInNoPage,
  wordsNotMatchedAsTyped,
  wordsUnknownToSite,
} from '../../../src/lib/search/spelling';

const counts = new Map<string, number>();
countWords('Recall recall recall. The chaplain sees the prisoner. Breach breach. Warning letter. Reach.', counts);
const index = spellingIndex(spellingList(counts, 30 * 1024));

describe('suggestWord', () => {
  it('suggests the nearest indexed word for a misspelling', () => {
    expect(suggestWord('recal', index)).toBe('recall');
    expect(suggestWord('chaplin', index)).toBe('chaplain');
    expect(suggestWord('warnign', index)).toBe('warning');
    expect(suggestWord('Prisonr', index)).toBe('prisoner');
  });

  it('prefers the more used of two equally near words', () => {
    expect(suggestWord('breech', index)).toBe('breach');
  });

  it('suggests nothing for a known word, its plural, or a word with nothing near', () => {
    expect(suggestWord('recall', index)).toBeUndefined();
    expect(suggestWord('letters', index)).toBeUndefined();
    expect(suggestWord('polygraph', index)).toBeUndefined();
    expect(suggestWord('to', index)).toBeUndefined();
  });
});

describe('suggestQuery', () => {
  it('corrects only the misspelt words, keeping the query as typed', () => {
    expect(suggestQuery('Can the chaplin see a prisoner?', index, ['chaplin'])).toBe(
      'Can the chaplain see a prisoner?',
    );
  });

  it('leaves a word alone that is not called misspelt, even with a near word in the list', () => {
    expect(suggestQuery('reach', index, [])).toBeUndefined();
    expect(suggestQuery('chaplin prisoner', index, ['prisoner'])).toBeUndefined();
  });
});

describe('which words are misspelt', () => {
  const dictionary = { correct: (word: string) => ['church', 'info', 'churches', 'wales'].includes(word) };

  it('treats a word typed with capitals as an acronym', () => {
    expect(isTypedAsAcronym('OMA')).toBe(true);
    expect(isTypedAsAcronym('OMiC')).toBe(true);
    expect(isTypedAsAcronym('Church')).toBe(false);
    expect(isTypedAsAcronym('oma')).toBe(false);
  });

  it('asks the dictionary only about words the site does not know, never about acronyms', () => {
    expect(wordsUnknownToSite(['recall', 'letters', 'church', 'OMA', 'chaplin', 'to'], index)).toEqual([
      'church',
      'chaplin',
    ]);
  });

  it('calls misspelt only a word the dictionary does not know either: "church", "info" and "Wales" stay', () => {
    expect(wordsKnownNowhere(['church', 'info', 'Wales', 'chaplin'], dictionary)).toEqual(['chaplin']);
  });

  it('finds in no page a word that is not even the start of an indexed word', () => {
    const complete = spellingIndex(index.words, true);
    expect(wordsInNoPage(['chaplin', 'recal'], complete)).toEqual(['chaplin']);
    expect(wordsInNoPage(['chaplin'], spellingIndex(index.words, false))).toEqual([]);
  });
});

describe('wordsNotMatchedAsTyped', () => {
  const marked = markedWords([
    'Send a <mark>warning</mark> <mark>letters,</mark> within',
    'The <mark>Recall</mark> decision and <mark>recalled</mark> people',
  ]);

  it('reads the words Pagefind marked, lower-cased and without punctuation', () => {
    expect([...marked].sort()).toEqual(['letters', 'recall', 'recalled', 'warning']);
  });

  it('counts a word as matched when a result marked it as typed, or with a common ending', () => {
    expect(wordsNotMatchedAsTyped(['Warning', 'letter', 'recall'], marked)).toEqual([]);
  });

  it('keeps a word matched only as the start of a longer word, or not at all, so its spelling is checked', () => {
    expect(wordsNotMatchedAsTyped(['recal', 'warning', 'chaplin'], marked)).toEqual(['recal', 'chaplin']);
    expect(wordsNotMatchedAsTyped(['chaplin'], markedWords([]))).toEqual(['chaplin']);
  });

  it('never asks about words no suggestion could be made for', () => {
    expect(wordsNotMatchedAsTyped(['AP', '2021', 'OMiC'], marked)).toEqual(['OMiC']);
  });
});

describe('editDistance', () => {
  it('counts a swap of neighbouring letters as one edit', () => {
    expect(editDistance('recieve', 'receive')).toBe(1);
    expect(editDistance('recall', 'recal')).toBe(1);
    expect(editDistance('abc', 'xyz')).toBe(3);
  });
});

describe('spellingList', () => {
  it('puts the most used words first and drops rare words to fit the gzipped budget', () => {
    const many = new Map<string, number>();
    for (let index = 0; index < 20000; index += 1) many.set(`word${index.toString(36)}x`.replace(/\d/g, 'q'), index);
    many.set('recall', 1_000_000);
    const list = spellingList(many, 2048);
    expect(list[0]).toBe('recall');
    expect(gzipSync(JSON.stringify(list)).length).toBeLessThanOrEqual(2048);
    expect(list.length).toBeLessThan(many.size);
  });
});
