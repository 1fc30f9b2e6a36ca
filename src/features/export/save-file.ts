/** Offers `blob` as a download named `fileName`: an object URL of the blob itself, no network. */
export function saveFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // Some browsers start the download asynchronously: revoke later.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
