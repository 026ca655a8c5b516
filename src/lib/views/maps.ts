// The view models of a map's pages (the map, its quiz, presenter mode and downloads) and of the list of maps.
import { citeSources } from '../citation';
import { cacheKey } from '../content/cache-key';
import { frameworkOwner } from '../feedback';
import { changedSteps, historyProblems, newestFirst, unknownChangedSteps } from '../history';
import { mapSourceLine } from '../process-map/diagram-view';
import { processMapHref } from '../process-map/href';
import { involvement, involvementWords, unstatedStepsWords } from '../role-view';
import { siteData } from '../site-data/load';
import type { MapWithModel } from '../site-data/models';
import { mapQuiz } from '../training/quiz';
import { sitePageKey } from './page-key';

/**
 * One static path per map, for the map's page and every page beside it. Their cacheKey: a map's pages show its machine
 * (their own code, which Astro compares), its scenarios and, from the content, what every page shows and the titles of
 * guidance pages (the learning path and journeys name them), but no guidance page's text. So when only that text
 * changed, the map's pages are copied from the last build, not drawn and rendered again.
 */
export async function mapPaths() {
  const data = await siteData();
  const key = cacheKey(
    sitePageKey(data),
    data.scenarios,
    // By id and front matter alone (no digest, which covers the text too).
    data.guidance.map(({ id, data: frontMatter }) => ({ id, data: frontMatter })),
  );
  return data.maps.map((map) => ({ params: { id: map.id }, props: { id: map.id }, cacheKey: key }));
}

/** What every page of one map shares: the map, its model, its source document, owner and source titles. */
export async function mapView(id: string) {
  const data = await siteData();
  const map: MapWithModel = data.maps.find((candidate) => candidate.id === id)!;
  const framework = data.frameworks.find((candidate) => candidate.id === map.framework);
  return {
    map,
    model: map.model,
    framework,
    owner: frameworkOwner(framework),
    titles: data.titles,
    href: processMapHref(map.id),
    source: mapSourceLine(map, framework?.data.title),
  };
}

/** The map page; the build fails, naming the file, on a change note that disagrees with the map. */
export async function mapPageView(id: string) {
  const view = await mapView(id);
  const { map, model } = view;
  const history = map.history ?? [];
  const historyErrors = [
    ...historyProblems(map.lastUpdated, history).map((problem) => `map "${map.id}": ${problem}`),
    ...unknownChangedSteps(map.id, history, new Set(model.steps.map((step) => step.path))),
  ];
  if (historyErrors.length) throw new Error(`src/machines/${map.id}.ts: ${historyErrors.join('\n')}`);
  return {
    ...view,
    history,
    involved: involvement(model),
    unstatedWords: unstatedStepsWords(model),
    changedSteps: changedSteps(history),
    changedOn: newestFirst(history)[0]?.date,
  };
}

/** The "What happens next?" quiz: generated questions and the map's scenarios (optional: src/content/scenarios/). */
export async function quizView(id: string) {
  const view = await mapView(id);
  const { scenarios: files } = await siteData();
  const scenarios = files.find((entry) => entry.id === id)?.data.scenarios ?? [];
  return {
    ...view,
    scenarios,
    questions: mapQuiz(view.model, scenarios).map((question) => ({
      ...question,
      citation: citeSources(question.sources, view.titles),
    })),
  };
}

/** Every map for the list of maps: who is involved, and the short title of the document it is written from. */
export async function mapListView() {
  const { maps, titles } = await siteData();
  return maps.map((map) => ({
    map,
    involved: involvementWords(map.model),
    frameworkTitle: titles[map.framework] ?? map.framework,
  }));
}
