import { readdir, stat } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { byLabel, isCommuneFileName } from '../../src/consolidate/commune-file-names.js';

export interface PlanFile {
  readonly path: string;
  /** As the province workbook names it: the path inside the folder given, or the path given. */
  readonly label: string;
}

/**
 * The files to consolidate from the paths given: a folder is walked recursively (its plan files,
 * and the .xls/.doc/.pdf/.ods files the readers will explain they cannot read), in name order; a
 * file given by name is taken whatever its extension. Hidden files, Office's "~$" lock files and
 * `skip` (the output) are left out. A path that does not exist is returned as missing.
 */
export async function collectPlanFiles(paths: readonly string[], skip: string | undefined): Promise<{ files: PlanFile[]; missing: string[] }> {
  const files: PlanFile[] = [];
  const missing: string[] = [];
  const skipped = skip === undefined ? undefined : resolve(skip);
  const seen = new Set<string>();
  const add = (path: string, label: string) => {
    const full = resolve(path);
    if (full === skipped || seen.has(full)) return;
    seen.add(full);
    files.push({ path, label });
  };
  for (const path of paths) {
    let info;
    try {
      info = await stat(path);
    } catch {
      missing.push(path);
      continue;
    }
    if (!info.isDirectory()) {
      add(path, path);
      continue;
    }
    const found = (await walk(path)).map((file) => ({ file, label: relative(path, file).split(sep).join('/') })).sort((a, b) => byLabel(a.label, b.label));
    for (const { file, label } of found) add(file, label);
  }
  return { files, missing };
}

async function walk(folder: string): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(folder, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) found.push(...(await walk(path)));
    else if (entry.isFile() && isCommuneFileName(entry.name)) found.push(path);
  }
  return found;
}
