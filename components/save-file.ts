/** Saves `text` as a file the person downloads; the object URL lives only for the click. */
export function saveFile(fileName: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // Revoked on the next task: the download has taken its copy of the blob by then.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
