/** The kinds of file a reviewer's folder is searched for; other files are not reports. */
export const REVIEW_EXTENSIONS = ['docx', 'pdf', 'txt', 'json'] as const;

/** A report file by its name (Word's `~$` lock files left out). */
export function isReviewFile(name: string): boolean {
  const ext = name.toLowerCase().split('.').pop() ?? '';
  return (REVIEW_EXTENSIONS as readonly string[]).includes(ext) && !name.startsWith('~$');
}
