// The words that warn a reader a fact comes from a dated or partly superseded document, derived once from the
// framework's own data (status, issue date, the review date it sets), for every page, slide and table row.
import { formatPartialDate, type PartialDate } from '../dates';
import { frameworkHref } from './guidance';

export interface FrameworkStatusLike {
  id: string;
  data: {
    shortTitle: string;
    status: 'current' | 'dated' | 'partly-superseded';
    issued?: PartialDate;
    sourceReviewDue?: PartialDate;
  };
}

export interface SourceStatusNote {
  status: 'dated' | 'partly-superseded';
  /** "This map is written from a dated document: … Check current arrangements before you rely on it." */
  warning: (subject: string) => string;
  /** For a table row that already names the document: a label ("Dated document") and what follows it. */
  short: { label: string; detail: string };
  /** One sentence a trainer can read out before presenting. */
  spoken: string;
  /** The framework overview's "Status and dates" section, and the words of the link to it. */
  href: string;
  linkText: string;
}

/** The warning words for a framework whose document is not current; undefined for a current one. */
export function sourceStatusNote({ id, data }: FrameworkStatusLike): SourceStatusNote | undefined {
  if (data.status === 'current') return undefined;
  const kind = data.status === 'dated' ? 'dated' : 'partly superseded';
  const issued = data.issued ? `issued ${formatPartialDate(data.issued)}` : 'which gives no issue date';
  const review = data.sourceReviewDue
    ? `its own review fell due in ${formatPartialDate(data.sourceReviewDue)}`
    : 'it sets no review date';
  const reviewSentence = `${review.charAt(0).toUpperCase()}${review.slice(1)}.`;
  return {
    status: data.status,
    warning: (subject) =>
      `This ${subject} is written from a ${kind} document: ${data.shortTitle}, ${issued}. ${reviewSentence} ` +
      'Check current arrangements before you rely on it.',
    short: {
      label: `${kind === 'dated' ? 'Dated' : 'Partly superseded'} document`,
      detail: `, ${issued}. ${reviewSentence}`,
    },
    spoken:
      `Before we start: this map is written from a ${kind} document (${data.shortTitle}, ${issued}; ${review}), ` +
      'so check current arrangements before you rely on it.',
    href: `${frameworkHref(id)}#status-and-dates`,
    linkText: `Why the document is marked as ${kind}`,
  };
}
