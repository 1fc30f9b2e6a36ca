import { isReviewFile } from '@/review/files';

/** A file of the reviewer's selection with its path inside the chosen or dropped folder. */
export interface PickedFile {
  readonly file: File;
  readonly path: string;
}

const collator = new Intl.Collator('zh-CN', { numeric: true });

/**
 * The files in the order of their paths, numbers by value (`2-…` before `10-…`): the browser
 * lists a folder's files in no stated order, and the reviewer reads the table against the folder.
 */
export const byPath = (files: readonly PickedFile[]): PickedFile[] =>
  [...files].sort((a, b) => collator.compare(a.path, b.path));

/**
 * Files from `<input type="file" multiple>` or `webkitdirectory` (its FileList, or the files
 * taken from it): reports only, by path.
 */
export function filesFromInput(list: Iterable<File> | null): PickedFile[] {
  return byPath(
    [...(list ?? [])]
      .map((file) => ({ file, path: file.webkitRelativePath || file.name }))
      .filter((f) => isReviewFile(f.file.name)),
  );
}

const entryFile = (entry: FileSystemFileEntry): Promise<File> =>
  new Promise((resolve, reject) => entry.file(resolve, reject));

/** A directory's entries: `readEntries` returns them in batches until an empty one. */
async function readAll(dir: FileSystemDirectoryEntry): Promise<FileSystemEntry[]> {
  const reader = dir.createReader();
  const out: FileSystemEntry[] = [];
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) =>
      reader.readEntries(resolve, reject),
    );
    if (batch.length === 0) return out;
    out.push(...batch);
  }
}

async function walk(entry: FileSystemEntry, out: PickedFile[]): Promise<void> {
  if (entry.isFile) {
    if (isReviewFile(entry.name)) {
      const file = await entryFile(entry as FileSystemFileEntry);
      out.push({ file, path: entry.fullPath.replace(/^\//, '') });
    }
    return;
  }
  if (entry.isDirectory) {
    for (const child of await readAll(entry as FileSystemDirectoryEntry)) await walk(child, out);
  }
}

/**
 * Files dropped on the page, folders walked recursively (DataTransferItem.webkitGetAsEntry), by path.
 * The entries are taken synchronously: the DataTransfer is emptied once the drop handler returns.
 */
export function filesFromDrop(transfer: DataTransfer): Promise<PickedFile[]> {
  const entries = [...transfer.items]
    .filter((item) => item.kind === 'file')
    .map((item) => item.webkitGetAsEntry?.() ?? null);
  const plain = [...transfer.files];
  return (async () => {
    const out: PickedFile[] = [];
    if (entries.every((e) => e !== null)) {
      for (const entry of entries) if (entry) await walk(entry, out);
      return byPath(out);
    }
    return byPath(
      plain.filter((f) => isReviewFile(f.name)).map((file) => ({ file, path: file.name })),
    );
  })();
}
