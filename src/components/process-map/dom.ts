// Small DOM helper shared by the walk-through and presenter mode.

export function element<T extends HTMLElement>(root: ParentNode, selector: string): T {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`process map: missing ${selector}`);
  return found;
}
