// The view models of the step-by-step journeys; the build fails, naming the journey, step and link, when a guidance
// page, heading or map step a journey links to does not exist.
import { citeSources } from '../citation';
import { journeyLinkProblems, journeysContaining, resolveLink, type JourneyTargets } from '../journeys';
import { renderedGuidance, siteData } from '../site-data/load';

let checking: Promise<JourneyTargets> | undefined;

/** What the journeys link to (guidance headings and timescales, map steps), checked once per build. */
function journeyTargets(): Promise<JourneyTargets> {
  checking ??= (async () => {
    const [{ journeys, maps }, pages] = await Promise.all([siteData(), renderedGuidance()]);
    const targets: JourneyTargets = {
      guidance: new Map(
        pages.map((page) => [
          page.key,
          { title: page.entry.data.title, headings: page.headings, timescales: page.timescales },
        ]),
      ),
      maps: new Map(maps.map((map) => [map.id, { title: map.title, model: map.model }])),
    };
    const problems = journeys.flatMap((journey) => journeyLinkProblems(journey.id, journey.data, targets));
    if (problems.length) throw new Error(`src/content/journeys.yaml: links do not resolve:\n${problems.join('\n')}`);
    return targets;
  })();
  return checking;
}

export async function journeyPaths() {
  const { journeys } = await siteData();
  await journeyTargets();
  return journeys.map((journey) => ({ params: { id: journey.id }, props: { id: journey.id } }));
}

export async function journeysView() {
  return (await siteData()).journeys;
}

/** One journey with each step's links resolved (their titles and timescales) and its sources cited. */
export async function journeyView(id: string) {
  const [{ journeys, titles }, targets] = await Promise.all([siteData(), journeyTargets()]);
  const journey = journeys.find((candidate) => candidate.id === id)!;
  return {
    journey,
    steps: journey.data.steps.map((step) => ({
      ...step,
      links: step.links.map((link) => resolveLink(link, targets)),
      citation: citeSources(step.source, titles),
    })),
  };
}

/** The journeys a page is part of, for "Part of a step by step". */
export async function journeysOfPage(pathname: string) {
  return journeysContaining((await siteData()).journeys, pathname);
}
