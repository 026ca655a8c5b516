// Small DOM helpers shared by the walk-through and presenter mode.

export function element<T extends HTMLElement>(root: ParentNode, selector: string): T {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`process map: missing ${selector}`);
  return found;
}

/** The flowchart's node id for a step path (see src/lib/process-map/mermaid.ts). */
export const mermaidNodeId = (path: string) => path.replace(/\./g, '__');

/** "3. Send a warning letter", from the server-rendered step. */
export function stepTitle(step: HTMLElement): string {
  return (
    step.querySelector('.app-process-step__title')?.textContent?.replace(/\s+/g, ' ').trim() ?? step.dataset.step ?? ''
  );
}

export function stepRole(step: HTMLElement): string {
  return step.querySelector('.app-process-step__role')?.textContent?.replace('Who: ', '').trim() ?? '';
}
