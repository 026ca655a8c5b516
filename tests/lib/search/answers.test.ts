// The answer in a result: the timescales a section states, and the searched words carried to the page.
import { describe, expect, it } from 'vitest';
import { parseSectionTimescales, sectionTimescales, timescalesForSection } from '../../../src/lib/search/answers';
import { highlightHref, highlightTerms, withoutHighlight } from '../../../src/lib/search/highlight';

const main = `<main><h1>Enforcement</h1><p>Intro <span class="app-timescale" data-x="1"><strong class="app-timescale__figure">within 1 day</strong></span></p>
<h2 id="send-a-warning-letter">Send a warning letter</h2>
<p>Send it <span class="app-timescale" data-timescale-amount="2"><strong class="app-timescale__figure">within 2 working days</strong> of the failure to comply</span>.</p>
<h3 id="evidence">Evidence &amp; reasons</h3><p>None here.</p>
<h2 id="breach">Breach</h2><p><span class="app-timescale"><strong>within 10 working days</strong> of the decision &amp; the letter</span></p></main>`;

describe('sectionTimescales', () => {
  it('gives each section the timescales written under its heading, worded as the page words them', () => {
    expect(sectionTimescales(main)).toEqual({
      'send-a-warning-letter': ['within 2 working days of the failure to comply'],
      breach: ['within 10 working days of the decision & the letter'],
    });
  });

  it('finds the timescales for the section a result links to, and none for a page or unknown section', () => {
    const byAnchor = sectionTimescales(main);
    expect(timescalesForSection('/guidance/x/#breach', byAnchor)).toEqual([
      'within 10 working days of the decision & the letter',
    ]);
    expect(timescalesForSection('/guidance/x/', byAnchor)).toEqual([]);
    expect(timescalesForSection('/guidance/x/#evidence', byAnchor)).toEqual([]);
  });

  it('finds none, rather than failing, for an anchor that is not valid percent-encoding', () => {
    expect(timescalesForSection('/guidance/x/#breach%E0%A4%A', sectionTimescales(main))).toEqual([]);
  });

  it('treats malformed meta as no timescales', () => {
    expect(parseSectionTimescales('{"a":["x"],"b":[1],"c":"y"}')).toEqual({ a: ['x'] });
    expect(parseSectionTimescales('not json')).toEqual({});
    expect(parseSectionTimescales('[1]')).toEqual({});
    expect(parseSectionTimescales(undefined)).toEqual({});
  });
});

describe('highlight words', () => {
  it('adds the searched words to a result’s address, keeping its step and anchor', () => {
    expect(highlightHref('/process-maps/enforcement/?step=sendWarningLetter#step-x', ['warning', 'letter'])).toBe(
      '/process-maps/enforcement/?step=sendWarningLetter&highlight=warning&highlight=letter#step-x',
    );
    expect(highlightHref('/guidance/a/#b', [])).toBe('/guidance/a/#b');
    expect(highlightHref('https://example.org/', ['x'])).toBe('https://example.org/');
  });

  it('reads few, short words from a hostile address, and removes them on clearing', () => {
    const search = `?${Array.from({ length: 20 }, () => `highlight=${'a'.repeat(100)}`).join('&')}&highlight=%20`;
    const terms = highlightTerms(search);
    expect(terms).toHaveLength(6);
    expect(terms.every((term) => term.length === 40)).toBe(true);
    expect(withoutHighlight('/process-maps/a/?step=b&highlight=x#c')).toBe('/process-maps/a/?step=b#c');
  });
});
