// A map's search result lists the steps that matched: Pagefind gives each as the map page with the step's anchor
// (`/process-maps/enforcement/#step-sendWarningLetter`); the link opens the map at that step instead.
import { processMapHref } from '../process-map/href';

const stepAnchorPrefix = 'step-';

/**
 * The step path an anchor on a map page stands for ("step-duringCustody-acctVisits" → "duringCustody.acctVisits"):
 * the reverse of the map's `stepAnchor`, for state names without hyphens (the index build checks every step).
 */
export function stepPathFromAnchor(anchor: string): string | undefined {
  return anchor.startsWith(stepAnchorPrefix) && anchor.length > stepAnchorPrefix.length
    ? anchor.slice(stepAnchorPrefix.length).replace(/-/g, '.')
    : undefined;
}

/** The link that opens a map at a step, from a sub-result's address; undefined for an address that is not a step. */
export function stepLink(url: string): string | undefined {
  const match = /^\/process-maps\/([^/?#]+)\/#(.+)$/.exec(url);
  const step = match && stepPathFromAnchor(decodeURIComponent(match[2]!));
  return match && step ? processMapHref(decodeURIComponent(match[1]!), { step, openStep: true }) : undefined;
}
