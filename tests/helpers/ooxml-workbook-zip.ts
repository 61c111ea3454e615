import { zipSync } from 'fflate';

/** Parts zipped as they are, for a test that edits a hand-built workbook's parts before zipping. */
export function fflateZip(parts: Record<string, Uint8Array>): Uint8Array {
  return zipSync(parts);
}
