// Every change note on the site, from the guidance and framework front matter and the map registry, newest first.
import { getCollection } from 'astro:content';
import { frameworkHref, guidanceHref } from '../../lib/content/guidance';
import { siteChanges } from '../../lib/history';
import { processes } from '../../machines';

export async function loadSiteChanges() {
  const [guidance, frameworks] = await Promise.all([getCollection('guidance'), getCollection('frameworks')]);
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
    ...processes.map((process) => ({
      kind: 'Process map',
      title: process.title,
      href: `/process-maps/${process.id}/`,
      history: process.history ?? [],
    })),
  ]);
}

export const feedPath = '/whats-new.xml';
