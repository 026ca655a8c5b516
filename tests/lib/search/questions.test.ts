// The search questions stay true to the site: each names a page, step, glossary entry or tool that exists, so a map
// whose steps were renamed cannot leave a question that no answer could ever satisfy.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { glossaryAnchor } from '../../../src/lib/content/glossary';
import { processMapHref } from '../../../src/lib/process-map/href';
import { describeMachine } from '../../../src/lib/process-map/model';
import { roleIds } from '../../../src/lib/roles';
import { processes } from '../../../src/machines';
import { searchQuestions } from '../../browser/search-questions';
import { staffQuestions } from '../../browser/staff-questions';

/** Every address a search result or step link can open. */
function addresses(): string[] {
  const maps = processes.flatMap((process) => [
    processMapHref(process.id),
    ...describeMachine(process.machine).steps.map((step) =>
      processMapHref(process.id, { step: step.path, openStep: true }),
    ),
  ]);
  const guidance = readdirSync('src/content/guidance', { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.mdx'))
    .map((file) => `/guidance/${file.replace(/\.mdx$/, '')}/`);
  const glossary = (parse(readFileSync('src/content/glossary.yaml', 'utf8')) as { id: string }[]).map(
    (term) => `/glossary/#${glossaryAnchor(term.id)}`,
  );
  const pages = ['/timescales/', '/tools/deadlines/', '/learn/', '/glossary/', '/roles/', '/journeys/'];
  const journeys = (parse(readFileSync('src/content/journeys.yaml', 'utf8')) as { id: string }[]).map(
    (journey) => `/journeys/${journey.id}/`,
  );
  return [...maps, ...guidance, ...glossary, ...pages, ...journeys, ...roleIds.map((role) => `/roles/${role}/`)];
}

describe('search questions', () => {
  const known = addresses();

  it.each([...searchQuestions, ...staffQuestions].map((question) => [question.query, question.expect] as const))(
    '“%s” names answers the site has',
    (_query, answer) => {
      for (const part of (answer as RegExp & { parts?: RegExp[] }).parts ?? [answer])
        expect(
          known.some((address) => part.test(address)),
          String(part),
        ).toBe(true);
    },
  );
});
