// Page history as built: every guidance page, framework overview and map shows its change notes newest first, its
// "Last updated" matches, What's new lists every note, and a map marks "Changed" only the steps its latest note names.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { changedSteps, formatDay, newestFirst } from '../../src/lib/history';
import { escapeHtml, escapeRegExp } from '../../src/lib/escape';
import { processById, processes } from '../../src/machines';
import { readPage } from '../support/dist';

interface Front {
  lastUpdated?: string;
  history?: { date: string; note: string }[];
}

const contentFiles = readdirSync('src/content', { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.mdx') && (file.startsWith('guidance/') || file.startsWith('frameworks/')))
  .map((file) => {
    const text = readFileSync(path.join('src/content', file), 'utf8');
    const front = parse(/^---\n([\s\S]*?)\n---\n/.exec(text)![1]!) as Front;
    const built = file.startsWith('frameworks/')
      ? `guidance/${path.basename(file, '.mdx')}/index.html`
      : `${file.replace(/\.mdx$/, '')}/index.html`;
    return { file, front, built };
  });

const historyDates = (html: string) => [...html.matchAll(/data-history-date="([^"]+)"/g)].map((match) => match[1]!);

describe('page history', () => {
  it.each(contentFiles.map(({ file }) => file))('%s keeps dated change notes and a matching lastUpdated', (file) => {
    const { front } = contentFiles.find((entry) => entry.file === file)!;
    expect(front.history?.length ?? 0).toBeGreaterThan(0);
    expect(front.lastUpdated).toBe(
      [...front.history!]
        .map((note) => note.date)
        .sort()
        .at(-1),
    );
  });

  it.each(contentFiles.map(({ built }) => built))(
    '%s shows every note, newest first, and when it was last updated',
    (built) => {
      const { front } = contentFiles.find((entry) => entry.built === built)!;
      const html = readPage(built);
      const dates = historyDates(html);
      expect(dates).toHaveLength(front.history!.length);
      expect(dates).toEqual([...dates].sort().reverse());
      expect(html).toContain(`Last updated <time datetime="${front.lastUpdated}">`);
      for (const note of front.history!) expect(html).toContain(escapeHtml(note.note));
    },
  );

  it.each(processes.map((process) => process.id))(
    'map %s keeps dated change notes and a matching lastUpdated',
    (id) => {
      const process = processes.find((candidate) => candidate.id === id)!;
      expect(process.history?.length ?? 0).toBeGreaterThan(0);
      expect(process.lastUpdated).toBe(
        process
          .history!.map((note) => note.date)
          .sort()
          .at(-1),
      );
    },
  );

  it.each(processes.map((process) => process.id))(
    'map %s marks "Changed" exactly the steps its latest note names',
    (id) => {
      const process = processes.find((candidate) => candidate.id === id)!;
      const html = readPage(`process-maps/${id}/index.html`);
      const marked = [...html.matchAll(/<li [^>]*data-step="([^"]+)"[^>]*>/g)]
        .filter((match) => match[0].includes('data-changed="true"'))
        .map((match) => match[1]);
      expect(new Set(marked)).toEqual(changedSteps(process.history ?? []));
      expect(html.match(/app-changed-tag/g)?.length ?? 0).toBe(marked.length);
      expect(historyDates(html)).toHaveLength(process.history?.length ?? 0);
    },
  );

  it('marks some steps and not others on the enforcement map, whose latest note names only some of its steps', () => {
    const html = readPage('process-maps/enforcement/index.html');
    const changed = changedSteps(processById('enforcement')!.history!);
    const paths = [...html.matchAll(/<li [^>]*data-step="([^"]+)"/g)].map((match) => match[1]!);
    const named = paths.find((step) => changed.has(step))!;
    const unnamed = paths.find((step) => !changed.has(step))!;
    expect(html).toMatch(new RegExp(`<li [^>]*data-step="${escapeRegExp(named)}"[^>]*data-changed="true"`));
    expect(html).not.toMatch(new RegExp(`<li [^>]*data-step="${escapeRegExp(unnamed)}"[^>]*data-changed`));
  });

  it('says on each "Changed" mark when, and links it to the note in the page history that says what', () => {
    const html = readPage('process-maps/enforcement/index.html');
    const latest = newestFirst(processById('enforcement')!.history!)[0]!;
    const marks = [...html.matchAll(/<a class="govuk-tag govuk-tag--yellow app-changed-tag"[^>]*>([\s\S]*?)<\/a>/g)];
    expect(marks.length).toBe(latest.steps!.length);
    for (const [mark, words] of marks) {
      expect(mark).toContain('href="#latest-change"');
      expect(mark).toContain('aria-describedby="latest-change-note"');
      expect(words).toContain(`Changed <time datetime="${latest.date}">${formatDay(latest.date)}</time>`);
    }
    const entry = /<li[^>]*id="latest-change"[^>]*>([\s\S]*?)<\/li>/.exec(html)![1]!;
    expect(entry).toMatch(
      new RegExp(
        `<span class="app-page-history__note" id="latest-change-note">\\s*${escapeRegExp(latest.note)}\\s*</span>`,
      ),
    );
  });

  it('lists every change note on What’s new, newest day first', () => {
    const html = readPage('whats-new/index.html');
    const days = [...html.matchAll(/data-changes-day="([^"]+)"/g)].map((match) => match[1]!);
    expect(days).toEqual([...days].sort().reverse());
    const notes = contentFiles.flatMap(({ front }) => front.history!).length;
    const mapNotes = processes.flatMap((process) => process.history ?? []).length;
    expect(html.match(/class="app-whats-new__item"/g)).toHaveLength(notes + mapNotes);
  });

  it('links every page to the Atom feed', () => {
    expect(readPage('index.html')).toContain('<link rel="alternate" type="application/atom+xml" href="/whats-new.xml"');
  });
});
