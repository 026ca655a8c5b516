// The built-site link check: every internal link reaches a page or file, and every anchor an element id.
import { describe, expect, it } from 'vitest';
import { brokenLinks, hrefsIn, idsIn, normalisePath, type BuiltPage } from '../../src/lib/links';

describe('idsIn', () => {
  it('finds every element id on a page, and no data-id', () => {
    const html =
      '<h2 id="send-a-warning-letter">Send</h2><g data-id="sendWarningLetter"></g><div class="x" id="step-awaitEvidence"></div>';
    expect(idsIn(html)).toEqual(new Set(['send-a-warning-letter', 'step-awaitEvidence']));
  });
});

describe('hrefsIn', () => {
  it('finds the href of every link, whatever attributes come first, with &amp; decoded', () => {
    const html =
      '<a href="/guidance/">G</a><a class="govuk-link" data-x="1" href="/search/?q=isa&amp;type=Glossary">S</a>';
    expect(hrefsIn(html)).toEqual(['/guidance/', '/search/?q=isa&type=Glossary']);
  });

  it('ignores stylesheets and other elements with an href', () => {
    expect(hrefsIn('<link rel="stylesheet" href="/app.css"><use href="#arrow"/><abbr href="x">')).toEqual([]);
  });
});

describe('normalisePath', () => {
  it('treats "/a/b", "/a/b/" and "/a/b/index.html" as the same page', () => {
    expect(normalisePath('/a/b')).toBe('/a/b/');
    expect(normalisePath('/a/b/')).toBe('/a/b/');
    expect(normalisePath('/a/b/index.html')).toBe('/a/b/');
  });

  it('leaves the address of a file as it is', () => {
    expect(normalisePath('/assets/app.css')).toBe('/assets/app.css');
    expect(normalisePath('/favicon.ICO')).toBe('/favicon.ICO');
  });

  it('decodes escaped characters, and keeps a badly escaped path as written', () => {
    expect(normalisePath('/glossary%20terms')).toBe('/glossary terms/');
    expect(normalisePath('/bad%E0%A4%A')).toBe('/bad%E0%A4%A/');
  });
});

describe('brokenLinks', () => {
  const pages: BuiltPage[] = [
    {
      url: '/',
      ids: new Set(['main-content']),
      hrefs: [
        '/guidance/',
        '#main-content',
        '/process-maps/enforcement/?step=sendWarningLetter#step-sendWarningLetter',
      ],
    },
    {
      url: '/guidance/',
      ids: new Set(['main-content']),
      hrefs: ['../', 'national-standards/', '/guidance/index.html'],
    },
    {
      url: '/guidance/national-standards/',
      ids: new Set(['send-a-warning-letter']),
      hrefs: ['#send-a-warning-letter', '/'],
    },
    { url: '/process-maps/enforcement/', ids: new Set(['step-sendWarningLetter']), hrefs: [] },
  ];

  it('finds nothing wrong when every link reaches a page and anchor', () => {
    expect(brokenLinks(pages)).toEqual([]);
  });

  it('reports a link to a page that does not exist, naming the page it is on', () => {
    const page = {
      url: '/about/',
      ids: new Set<string>(),
      hrefs: ['/guidance/waspi-jip/', 'national-standards/', '../guidance/national-standards'],
    };
    expect(brokenLinks([...pages, page])).toEqual([
      '/about/: links to a page that does not exist: /guidance/waspi-jip/',
      '/about/: links to a page that does not exist: national-standards/',
    ]);
  });

  it('reports a link to an anchor the target page does not have', () => {
    const page = {
      url: '/about/',
      ids: new Set<string>(),
      hrefs: ['/guidance/national-standards/#complete-the-breach', '#top'],
    };
    expect(brokenLinks([...pages, page])).toEqual([
      '/about/: links to an anchor that does not exist: /guidance/national-standards/#complete-the-breach',
      '/about/: links to an anchor that does not exist: #top',
    ]);
  });

  it('decodes an escaped anchor before looking for it', () => {
    const page = { url: '/about/', ids: new Set(['term-dif-eif', 'a b']), hrefs: ['#a%20b', '#term-dif-eif'] };
    expect(brokenLinks([page])).toEqual([]);
  });

  it('reports links off the site, including protocol-relative links and mailto links that are not an address', () => {
    const page = {
      url: '/about/',
      ids: new Set<string>(),
      hrefs: ['https://www.gov.uk/', '//cdn.example.org/x.js', 'mailto:?subject=x'],
    };
    expect(brokenLinks([page])).toEqual([
      '/about/: links off the site: https://www.gov.uk/',
      '/about/: links off the site: //cdn.example.org/x.js',
      '/about/: links off the site: mailto:?subject=x',
    ]);
  });

  it('reports a broken link on every page that has it, and reads a relative link from each page’s own address', () => {
    const about = { url: '/about/', ids: new Set<string>(), hrefs: ['/guidance/#missing', 'national-standards/'] };
    const help = {
      url: '/guidance/help/',
      ids: new Set<string>(),
      hrefs: ['/guidance/#missing', '../national-standards/'],
    };
    expect(brokenLinks([...pages, about, help])).toEqual([
      '/about/: links to an anchor that does not exist: /guidance/#missing',
      '/about/: links to a page that does not exist: national-standards/',
      '/guidance/help/: links to an anchor that does not exist: /guidance/#missing',
    ]);
  });

  it('allows a link to an email address: it opens the mail program and fetches nothing', () => {
    expect(
      brokenLinks([{ url: '/about/', ids: new Set<string>(), hrefs: ['mailto:dataprotection@justice.gov.uk'] }]),
    ).toEqual([]);
  });

  it('accepts a link to a file the site has, and asks about it by path', () => {
    const asked: string[] = [];
    const page = { url: '/about/', ids: new Set<string>(), hrefs: ['/assets/app.css?v=1', '/assets/missing.css'] };
    const isFile = (pathname: string) => {
      asked.push(pathname);
      return pathname === '/assets/app.css';
    };
    expect(brokenLinks([page], isFile)).toEqual(['/about/: links to a page that does not exist: /assets/missing.css']);
    expect(asked).toEqual(['/assets/app.css', '/assets/missing.css']);
  });
});
