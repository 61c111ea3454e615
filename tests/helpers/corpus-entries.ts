import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** One workbook of tests/files/corpus/: what made it, the feature it carries, the parts that carry it. */
export interface CorpusFile {
  readonly file: string;
  readonly producer: string;
  readonly feature: string;
  /** Part name → a string that part holds. */
  readonly parts: Readonly<Record<string, string>>;
  /** Hand-built files: part → a string LibreOffice's own re-save of the file holds (it understood the feature). */
  readonly reopened?: Readonly<Record<string, string>>;
}

export const CORPUS_FOLDER = fileURLToPath(new URL('../files/corpus/', import.meta.url));

export const CORPUS: readonly CorpusFile[] = JSON.parse(readFileSync(new URL('../files/corpus/corpus.json', import.meta.url), 'utf8'));

export function corpusBytes(file: string): Uint8Array {
  return new Uint8Array(readFileSync(new URL(`../files/corpus/${file}`, import.meta.url)));
}
