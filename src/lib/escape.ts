// Text made safe for where it goes, and back: HTML and XML (pages, SVG, BPMN, the Atom feed, search records) and
// regular expressions. The one place each escape is written.

/** Text made safe to put in an element or a double-quoted attribute. */
export const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Text as it reads, from HTML or SVG that escaped it. */
export const decodeEntities = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&amp;/g, '&');

/** Text to match literally inside a regular expression: "A&E (3.1)" matches only itself. */
export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
