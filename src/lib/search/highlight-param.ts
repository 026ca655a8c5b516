// The query parameter carrying searched words to the page a result opens: on its own, so the check every guidance page
// makes for it loads nothing more.
export const highlightParam = 'highlight';
