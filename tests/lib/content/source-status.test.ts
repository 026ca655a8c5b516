// The dated-source warning's words, derived from a framework's status, issue date and the review date it sets.
import { describe, expect, it } from 'vitest';
import { sourceStatusNote } from '../../../src/lib/content/source-status';

const release = {
  id: 'release-information',
  data: {
    shortTitle: 'Release information protocol',
    status: 'dated' as const,
    issued: { year: 2011, month: 11, day: 10 },
    sourceReviewDue: { year: 2014, month: 11 },
  },
};

describe('sourceStatusNote', () => {
  it('says nothing for a current document', () => {
    expect(sourceStatusNote({ ...release, data: { ...release.data, status: 'current' } })).toBeUndefined();
  });

  it('warns a page, a slide and a table row in words taken from the document’s dates', () => {
    const note = sourceStatusNote(release)!;
    expect(note.warning('map')).toBe(
      'This map is written from a dated document: Release information protocol, issued 10 November 2011. ' +
        'Its own review fell due in November 2014. Check current arrangements before you rely on it.',
    );
    expect(note.spoken).toBe(
      'Before we start: this map is written from a dated document (Release information protocol, issued ' +
        '10 November 2011; its own review fell due in November 2014), so check current arrangements before you rely on it.',
    );
    expect(note.short).toEqual({
      label: 'Dated document',
      detail: ', issued 10 November 2011. Its own review fell due in November 2014.',
    });
    expect(note.href).toBe('/guidance/release-information/#status-and-dates');
    expect(note.linkText).toBe('Why the document is marked as dated');
  });

  it('says so when the document gives no issue or review date, and names a partly superseded one', () => {
    const note = sourceStatusNote({
      id: 'faith-and-probation',
      data: { shortTitle: 'Faith and Probation', status: 'partly-superseded' },
    })!;
    expect(note.warning('quiz')).toBe(
      'This quiz is written from a partly superseded document: Faith and Probation, which gives no issue date. ' +
        'It sets no review date. Check current arrangements before you rely on it.',
    );
    expect(note.short.label).toBe('Partly superseded document');
    expect(note.linkText).toBe('Why the document is marked as partly superseded');
  });
});
