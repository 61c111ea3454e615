import { byLabel, isCommuneFileName } from '../../src/consolidate/commune-file-names.js';

/** A chosen file and the name the province workbook gives it: its path inside the folder chosen, or its name. */
export interface ChosenFile {
  readonly file: File;
  readonly label: string;
}

/** Files from a file input: a folder's ("webkitdirectory") by their path inside it, filtered as the command line filters a folder; others by name. */
export function chosenFiles(list: FileList | null): ChosenFile[] {
  const files = [...(list ?? [])].map((file) => {
    const path = file.webkitRelativePath;
    return path === '' ? { file, label: file.name, inFolder: false } : { file, label: path.slice(path.indexOf('/') + 1), inFolder: true };
  });
  return sorted(files.filter((item) => !item.inFolder || isCommuneFileName(item.label)).map(({ file, label }) => ({ file, label })));
}

/**
 * The files of a drop: each dropped file by its name, each dropped folder walked (through
 * `webkitGetAsEntry`) to its files, named by their path inside it and filtered as the command line
 * filters a folder. Browsers hand a folder's entries in batches: each is read until empty.
 */
export async function droppedFiles(transfer: DataTransfer): Promise<ChosenFile[]> {
  const entries = [...transfer.items].map((item) => (item.kind === 'file' ? item.webkitGetAsEntry?.() : null));
  if (entries.every((entry) => entry === null || entry === undefined)) return sorted([...transfer.files].map((file) => ({ file, label: file.name })));
  const found: ChosenFile[] = [];
  for (const entry of entries) {
    if (entry === null || entry === undefined) continue;
    if (entry.isFile) found.push({ file: await fileOf(entry as FileSystemFileEntry), label: entry.name });
    else if (entry.isDirectory) {
      for (const item of await walk(entry as FileSystemDirectoryEntry, '')) if (isCommuneFileName(item.label)) found.push(item);
    }
  }
  return sorted(found);
}

async function walk(folder: FileSystemDirectoryEntry, prefix: string): Promise<ChosenFile[]> {
  const reader = folder.createReader();
  const found: ChosenFile[] = [];
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (batch.length === 0) return found;
    for (const entry of batch) {
      if (entry.name.startsWith('.')) continue;
      const label = `${prefix}${entry.name}`;
      if (entry.isDirectory) found.push(...(await walk(entry as FileSystemDirectoryEntry, `${label}/`)));
      else if (entry.isFile) found.push({ file: await fileOf(entry as FileSystemFileEntry), label });
    }
  }
}

const fileOf = (entry: FileSystemFileEntry) => new Promise<File>((resolve, reject) => entry.file(resolve, reject));
const sorted = (files: ChosenFile[]) => files.sort((a, b) => byLabel(a.label, b.label));
