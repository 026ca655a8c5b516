// The view models of the site-wide pages: home, learning path, search, glossary and about.
import { contentRootSetting } from '../content/content-root';
import { frameworkHref } from '../content/guidance';
import { glossaryAnchor, groupByInitial } from '../content/glossary';
import { reportRecipient } from '../feedback';
import { processMapHref } from '../process-map/href';
import { isRoleStated, roleIds, roles } from '../roles';
import { staffWordsFor, wordEntries } from '../search/vocabulary';
import { loadStaffVocabulary } from '../search/vocabulary-file';
import { siteData } from '../site-data/load';
import { itemHref, itemKey } from '../training/learning-path';

/** The learning path's items in order, each checked against the site. */
export async function learningPathView() {
  return (await siteData()).learningPath;
}

/** Home: the frameworks A to Z, the maps, and the path's steps for "Continue where you left off". */
export async function homeView() {
  const { frameworksByTitle, maps, learningPath } = await siteData();
  return {
    frameworks: frameworksByTitle.map((framework) => ({
      href: frameworkHref(framework.id),
      title: framework.data.shortTitle,
      summary: framework.data.summary,
    })),
    maps: maps.map((map) => ({
      href: processMapHref(map.id),
      presentHref: processMapHref(map.id, { view: 'present' }),
      title: map.title,
      summary: map.summary,
    })),
    // The script links to the first one not done.
    pathSteps: learningPath.map((item) => [itemKey(item), itemHref(item)]),
  };
}

/** The search filters: the frameworks A to Z and the real roles (not "not stated": no one could filter by it). */
export async function searchView() {
  const { frameworksByTitle } = await siteData();
  return {
    frameworkTitles: frameworksByTitle.map((framework) => framework.data.shortTitle),
    roleLabels: roleIds
      .filter(isRoleStated)
      .map((role) => roles[role])
      .sort((a, b) => a.localeCompare(b)),
  };
}

const byTerm = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id, 'en', { sensitivity: 'base' });

/** The glossary A to Z, each term with the words staff also use for it, and staff words for the guidance's words. */
export async function glossaryView() {
  const { glossary } = await siteData();
  const vocabulary = loadStaffVocabulary(contentRootSetting());
  const entries = [...glossary].sort(byTerm).map((entry) => ({
    ...entry,
    anchor: glossaryAnchor(entry.id),
    staffWords: staffWordsFor([entry.id, entry.data.expansion], vocabulary),
  }));
  return { count: entries.length, groups: groupByInitial(entries), otherWords: wordEntries(vocabulary).sort(byTerm) };
}

/** About: the source documents A to Z, and the site's mailbox when set at build time (REPORT_PROBLEM_EMAIL). */
export async function aboutView() {
  const { frameworksByTitle } = await siteData();
  return { frameworks: frameworksByTitle, siteMailbox: reportRecipient(undefined, process.env) };
}
