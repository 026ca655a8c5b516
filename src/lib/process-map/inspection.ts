// A small adapter over XState's inspection events, so the inspector does not depend on their exact shape
// (the next major version of XState changes them).

export interface InspectorEntry {
  kind: 'event' | 'transition';
  text: string;
}

interface InspectionEventLike {
  type: string;
  event?: { type?: string };
  snapshot?: object;
}

/** Turns one inspection event into a log line, or nothing for events the log does not show. */
export function toInspectorEntry(inspection: InspectionEventLike): InspectorEntry | undefined {
  if (inspection.type === '@xstate.event' && inspection.event?.type && !inspection.event.type.startsWith('xstate.')) {
    return { kind: 'event', text: `Event ${inspection.event.type}` };
  }
  if (inspection.type === '@xstate.snapshot' && inspection.snapshot && 'value' in inspection.snapshot) {
    return { kind: 'transition', text: `State ${JSON.stringify((inspection.snapshot as { value: unknown }).value)}` };
  }
  return undefined;
}
