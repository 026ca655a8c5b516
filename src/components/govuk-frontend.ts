// Starts GOV.UK Frontend's (and MOJ Frontend's) own JavaScript for the components a page has, bundled with the page's
// script: only the classes passed in are loaded, never the whole library.
import { createAll, type ComponentClass } from 'govuk-frontend';
import { reportFailure } from './component';

/**
 * GOV.UK's page template marks <body> as supported with an inline script, which the site's Content Security Policy
 * refuses; a module script runs only in the browsers GOV.UK Frontend supports, so this one marks it instead.
 */
export function startGovukComponents(...components: ComponentClass[]): void {
  document.body.classList.add('govuk-frontend-supported');
  for (const component of components)
    createAll(component, undefined, {
      onError: (error, { element }) =>
        element instanceof HTMLElement ? reportFailure(element, 'Part of this page', error) : console.error(error),
    });
}
