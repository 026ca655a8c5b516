// A map's search result lists the steps that matched: Pagefind gives each as the map page with the step's anchor
// (`/process-maps/enforcement/#step-sendWarningLetter`); the link opens the map at that step instead.
import { processMapHref, stepPathFromAnchor } from '../process-map/href';
import { decodeSafely } from '../url';

/** The link that opens a map at a step, from a sub-result's address; undefined for an address that is not a step. */
export function stepLink(url: string): string | undefined {
  const match = /^\/process-maps\/([^/?#]+)\/#(.+)$/.exec(url);
  const step = match && stepPathFromAnchor(decodeSafely(match[2]!));
  return match && step ? processMapHref(decodeSafely(match[1]!), { step, openStep: true }) : undefined;
}
