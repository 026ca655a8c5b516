// On a page opened from search: marks the searched words with Pagefind's highlight script (served from this site,
// loaded only when the address carries words to highlight) and lets the reader remove the marks.
import { highlightHref, highlightParam, highlightTerms, withoutHighlight } from '../../lib/search/highlight';
import { Component } from '../component';

const markClass = 'app-search-highlight__mark';

interface PagefindHighlightOptions {
  highlightParam: string;
  addStyles: boolean;
  markOptions: { className: string; exclude: string[] };
}
type PagefindHighlightModule = { default: new (options: PagefindHighlightOptions) => unknown };

/** The bar saying the words are highlighted is the root; its status line, beside it, is found in the page. */
export class SearchHighlight extends Component {
  static moduleName = 'app-search-highlight';
  static what = 'Highlighting your search words';

  async init(): Promise<void> {
    const { root: bar, page } = this;
    const terms = highlightTerms(page.location.search);
    if (!terms.length) return;
    const clear = this.find<HTMLButtonElement>('[data-search-highlight-clear]');
    const status = this.find('[data-search-highlight-status]', page);
    // Pagefind's script reads every ?highlight= word from the address itself: leave it only the few, short words
    // highlightTerms keeps, so a crafted link with thousands of words cannot make the page slow.
    page.defaultView?.history.replaceState(
      history.state,
      '',
      highlightHref(withoutHighlight(page.location.href), terms),
    );

    const url = '/pagefind/pagefind-highlight.js';
    const { default: PagefindHighlight } = (await import(/* @vite-ignore */ url)) as PagefindHighlightModule;
    // addStyles is off: the script would add an inline <style>, which the site's Content Security Policy refuses.
    new PagefindHighlight({
      highlightParam,
      addStyles: false,
      markOptions: { className: markClass, exclude: ['[data-pagefind-ignore]', '[data-pagefind-ignore] *'] },
    });
    const marks = page.querySelectorAll(`mark.${markClass}`);
    if (!marks.length) return;
    bar.hidden = false;
    status.textContent = `${marks.length} ${marks.length === 1 ? 'match' : 'matches'} for your search highlighted.`;

    clear.addEventListener('click', () => {
      for (const mark of page.querySelectorAll(`mark.${markClass}`)) {
        const parent = mark.parentNode;
        mark.replaceWith(...mark.childNodes);
        parent?.normalize();
      }
      page.defaultView?.history.replaceState(history.state, '', withoutHighlight(page.location.href));
      bar.hidden = true;
      status.textContent = 'Highlighting removed.';
      const main = page.querySelector<HTMLElement>('main');
      main?.setAttribute('tabindex', '-1');
      main?.focus();
    });
  }
}
