// The browser's localStorage, or nothing where the browser refuses it (private modes, blocked storage).
export function browserStorage(page: Document): Storage | undefined {
  try {
    return page.defaultView?.localStorage;
  } catch {
    return undefined;
  }
}
