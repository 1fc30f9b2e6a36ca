/** The kinds of file a reviewer's folder is searched for; other files are not reports. */
export const REVIEW_EXTENSIONS = ['docx', 'pdf', 'html', 'htm', 'txt', 'json'] as const;

/** The file picker's `accept` for a review: the same kinds. */
export const REVIEW_ACCEPT = REVIEW_EXTENSIONS.map((e) => `.${e}`).join(',');

/** A report file by its name (Word's `~$` lock files left out). */
export function isReviewFile(name: string): boolean {
  const ext = name.toLowerCase().split('.').pop() ?? '';
  return (REVIEW_EXTENSIONS as readonly string[]).includes(ext) && !name.startsWith('~$');
}
