// Every change note on the site, from the guidance and framework front matter and the map registry, newest first.
import { frameworkHref, guidanceHref } from '../content/guidance';
import { siteChanges } from '../history';
import { processMapHref } from '../process-map/href';
import { siteData } from '../site-data/load';

export async function siteChangesView() {
  const { guidance, frameworks, maps } = await siteData();
  return siteChanges([
    ...guidance.map((entry) => ({
      kind: 'Guidance',
      title: entry.data.title,
      href: guidanceHref(entry),
      history: entry.data.history,
    })),
    ...frameworks.map((framework) => ({
      kind: 'Framework',
      title: framework.data.shortTitle,
      href: frameworkHref(framework.id),
      history: framework.data.history,
    })),
    ...maps.map((map) => ({
      kind: 'Process map',
      title: map.title,
      href: processMapHref(map.id),
      history: map.history ?? [],
    })),
  ]);
}

export const feedPath = '/whats-new.xml';
