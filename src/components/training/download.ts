// Saves text as a file on the learner's computer: made in the browser, so nothing is sent anywhere.
export function downloadText(page: Document, fileName: string, text: string, type = 'application/json'): void {
  const link = page.createElement('a');
  link.href = URL.createObjectURL(new Blob([text], { type }));
  link.download = fileName;
  link.hidden = true;
  page.body.append(link);
  link.click();
  link.remove();
  // Revoked later rather than at once: some browsers start the download only after the click's task has run.
  page.defaultView?.setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
}
