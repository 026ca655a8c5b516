// Loads the journeys and everything their links point at, once, and fails the build naming the journey, step and
// link when a guidance page, heading or map step does not exist.
import { getCollection, render } from 'astro:content';
import { guidanceSlug } from '../../lib/content/guidance';
import type { TimescaleOnPage } from '../../lib/content/mdx-checks';
import { journeyLinkProblems, type JourneyTargets } from '../../lib/journeys';
import { describeMachine } from '../../lib/process-map/model';
import { processes } from '../../machines';

export async function loadJourneys() {
  const journeys = await getCollection('journeys');
  const guidance: JourneyTargets['guidance'] = new Map();
  for (const entry of await getCollection('guidance')) {
    const { headings, remarkPluginFrontmatter } = await render(entry);
    guidance.set(`${entry.data.framework}/${guidanceSlug(entry.id)}`, {
      title: entry.data.title,
      headings,
      timescales: (remarkPluginFrontmatter.timescales ?? []) as TimescaleOnPage[],
    });
  }
  const maps: JourneyTargets['maps'] = new Map(
    processes.map((process) => [process.id, { title: process.title, model: describeMachine(process.machine) }]),
  );
  const targets = { guidance, maps };
  const problems = journeys.flatMap((journey) => journeyLinkProblems(journey.id, journey.data, targets));
  if (problems.length) throw new Error(`src/content/journeys.yaml: links do not resolve:\n${problems.join('\n')}`);
  return { journeys, targets };
}
