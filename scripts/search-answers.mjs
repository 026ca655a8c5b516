// Asks the real search page a question and reads what it shows, the way the browser tests and `npm run bench` score
// search: the answer box (a definition for a bare term), then each result with its own links (a map's step links, a
// page's section link). An answer is first when the box or the first result gives it; in the top three when the box
// or one of the first three results does.

/** A step of a map, as a result or step link opens it (`/process-maps/enforcement/?step=sendWarningLetter#…`). */
export const step = (map, path) => new RegExp(`^/process-maps/${map}/\\?step=${path}(#|$)`);
/** A map page, or any of its steps. */
export const mapPage = (map) => new RegExp(`^/process-maps/${map}/(\\?step=[^#/]*)?(#.*)?$`);
/** A guidance page ("national-standards/09-enforcing-the-sentence"), or any section of it. */
export const guidance = (page) => new RegExp(`^/guidance/${page}/(#.*)?$`);
/** A glossary entry, by its term ("OASys" → /glossary/#term-oasys). */
export const glossaryEntry = (term) =>
  new RegExp(`^/glossary/#term-${term.toLowerCase().replace(/[^a-z0-9]+/g, '-')}$`);
/** Any of the patterns; each is kept as `parts`, so a test can check every one names something that exists. */
export const either = (...patterns) =>
  Object.assign(new RegExp(patterns.map((pattern) => `(${pattern.source})`).join('|')), {
    parts: patterns.flatMap((pattern) => pattern.parts ?? [pattern]),
  });

/** Reads the search page once its status has been announced: the answer box's link and each result's links. */
function readShown() {
  const plain = (href) => {
    const url = new URL(href, location.origin);
    url.searchParams.delete('highlight');
    return `${url.pathname}${url.search}${url.hash}`;
  };
  const answer = document.querySelector('[data-search-answer]:not([hidden]) a[href]');
  return {
    status: document.querySelector('[data-search-status]')?.textContent ?? '',
    suggestion: document.querySelector('[data-search-suggestion]:not([hidden])')?.textContent ?? '',
    answer: answer ? plain(answer.getAttribute('href')) : undefined,
    results: [...document.querySelectorAll('.app-search-result')].map((result) =>
      [...result.querySelectorAll('a[href]')].map((link) => plain(link.getAttribute('href'))),
    ),
  };
}

/**
 * Asks the search page a question and returns what it shows: on a page already showing search, by typing the query
 * into the box and submitting it, as a reader does (Pagefind stays loaded); otherwise by opening /search/?q=….
 */
export async function askSearch(page, siteUrl, query) {
  const isOnSearch = page.url().startsWith(`${siteUrl}/search/`);
  if (isOnSearch) {
    await page.evaluate((text) => {
      const input = document.querySelector('[data-search-input]');
      document.querySelector('[data-search-status]').textContent = '';
      input.value = text;
      input.form.requestSubmit();
    }, query);
  } else await page.goto(`${siteUrl}/search/?q=${encodeURIComponent(query)}`);
  // Generous waits: on a busy machine a page can take many seconds, and a slow answer is not a wrong one.
  const patience = { timeout: 120_000 };
  await page.waitForFunction(
    () => document.querySelector('[data-search-status]')?.textContent !== '',
    undefined,
    patience,
  );
  await page.waitForFunction(
    () => !document.querySelector('[data-search-results]')?.hasAttribute('aria-busy'),
    undefined,
    patience,
  );
  return page.evaluate(readShown);
}

/** 1 when the box or the first result answers, 2 or 3 for the next results, and so on; undefined when none does. */
export function rankOf(shown, expect) {
  if (shown.answer && expect.test(shown.answer)) return 1;
  const index = shown.results.findIndex((links) => links.some((href) => expect.test(href)));
  return index < 0 ? undefined : index + 1;
}

/** Asks every question, a few pages at a time, and returns each with its rank and what was shown. */
export async function scoreQuestions(browser, siteUrl, questions, { concurrency = 2 } = {}) {
  const scored = new Array(questions.length);
  let next = 0;
  const worker = async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    while (next < questions.length) {
      const index = next++;
      const question = questions[index];
      const shown = await askSearch(page, siteUrl, question.query);
      scored[index] = { ...question, rank: rankOf(shown, question.expect), shown };
    }
    await context.close();
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, questions.length) }, worker));
  return scored;
}

/** "first 22/40, top three 37/40" for a scored set. */
export function summarise(scored) {
  const first = scored.filter((question) => question.rank === 1).length;
  const topThree = scored.filter((question) => question.rank !== undefined && question.rank <= 3).length;
  return { first, topThree, total: scored.length };
}
