// The one place a process map's address is built: the map, its presenter and quiz views, a role view and a step.

/** Anchor id of a step on the map page. */
export function stepAnchor(path: string): string {
  return `step-${path.replace(/\./g, '-')}`;
}

export interface ProcessMapHrefOptions {
  /** The presenter or quiz view of the map instead of the map itself. */
  view?: 'present' | 'quiz';
  /** A file published beside the map: its SVG diagram, PNG picture or BPMN export. */
  file?: 'map.svg' | 'map.png' | 'map.bpmn';
  /** Highlight this role's lane (the map checks it against its lanes). */
  role?: string;
  /** Scroll to this step (a state path such as "decideOnBreach"). */
  step?: string;
  /** Also start the walk-through at `step` (with JavaScript). */
  openStep?: boolean;
}

export function processMapHref(id: string, options: ProcessMapHrefOptions = {}): string {
  const { view, file, role, step, openStep } = options;
  const query = new URLSearchParams();
  if (openStep && step) query.set('step', step);
  if (role) query.set('role', role);
  const search = query.size ? `?${query.toString()}` : '';
  const hash = step ? `#${stepAnchor(step)}` : '';
  return `/process-maps/${encodeURIComponent(id)}/${view ? `${view}/` : ''}${file ?? ''}${search}${hash}`;
}
