/** The last part of a path a browser or a shell may hand over: "C:\\fakepath\\ke-hoach.xlsx" → "ke-hoach.xlsx". */
export function baseName(fileName: string): string {
  return fileName.slice(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
}

/** The lower-case extension without its dot: "Ke hoach.CSV" → "csv"; "" when there is none. */
export function extensionOf(fileName: string): string {
  const name = baseName(fileName);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
}

/** The file name without folder and extension, used as a text file's sheet name: "tran-hung-dao-2026.txt" → "tran-hung-dao-2026". */
export function stemOf(fileName: string): string {
  const name = baseName(fileName);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(0, dot) : name;
}
