import { unzipSync } from 'fflate';
import { inflateZipEntries } from './zip-bounded-inflate.js';

/**
 * The parts of an Office Open XML package (.xlsx, .xlsm, .docx): a ZIP archive whose entries are
 * the parts. Read with fflate, which runs alike in Node and in the browser page.
 *
 * The bytes of each part are kept exactly as they were inflated, so that a writer can copy the
 * parts it does not own byte for byte, and the readers (workbook cells, Word tables) parse only the
 * few parts they need from the same, single unzip.
 */
export interface OoxmlPackage {
  /** Part names in the order of the archive's central directory ("xl/workbook.xml", …). */
  readonly names: readonly string[];
  /** The part's bytes, or undefined when the package has no such part. */
  bytes(name: string): Uint8Array | undefined;
  /** The part decoded as UTF-8 (OOXML parts are UTF-8 XML), or undefined when absent. */
  text(name: string): string | undefined;
  /** The sum of the parts' sizes once inflated. */
  readonly uncompressedBytes: number;
}

/** How much a package may hold before it is refused rather than read. */
export interface PackageLimits {
  /** Sum of the declared uncompressed sizes of all parts. */
  readonly maxUncompressedBytes: number;
  /** Number of parts. */
  readonly maxParts: number;
}

/**
 * Generous for any real plan (a 165,000-task workbook inflates to about 100 MB), small enough that a
 * "ZIP bomb" (a few MB that inflate to gigabytes) is refused before a byte of it is inflated.
 */
export const DEFAULT_PACKAGE_LIMITS: PackageLimits = { maxUncompressedBytes: 1024 * 1024 * 1024, maxParts: 20_000 };

/** Why a package could not be opened: not a ZIP, damaged, or over the limits. */
export class OoxmlPackageError extends Error {
  override readonly name = 'OoxmlPackageError';

  constructor(
    readonly reason: 'corrupt' | 'too-large',
    message: string,
  ) {
    super(message);
  }
}

/**
 * Opens a package. Refuses one whose parts declare more than the limits before inflating any part;
 * a part that lies about its size is refused as corrupt as soon as it inflates past it
 * (`inflateZipEntries`), so it costs no more memory or time than an honest one.
 *
 * @throws OoxmlPackageError
 */
export function openOoxmlPackage(data: Uint8Array, limits: PackageLimits = DEFAULT_PACKAGE_LIMITS): OoxmlPackage {
  let declared = 0;
  let count = 0;
  let files: Record<string, Uint8Array>;
  try {
    // fflate inflates each part as soon as its filter says yes, so the sizes are all added up in a
    // first pass that inflates nothing (it reads only the central directory).
    unzipSync(data, {
      filter(file) {
        declared += file.originalSize;
        count += 1;
        if (declared > limits.maxUncompressedBytes || count > limits.maxParts)
          throw new OoxmlPackageError('too-large', `package over ${limits.maxUncompressedBytes} bytes or ${limits.maxParts} parts`);
        return false;
      },
    });
    files = inflateZipEntries(data) ?? unzipSync(data);
  } catch (error) {
    if (error instanceof OoxmlPackageError) throw error;
    throw new OoxmlPackageError('corrupt', error instanceof Error ? error.message : String(error));
  }
  const names = Object.keys(files).filter((name) => !name.endsWith('/'));
  const decoder = new TextDecoder('utf-8');
  const has = (name: string) => Object.prototype.hasOwnProperty.call(files, name); // Object.hasOwn is past the page's ES2020
  return {
    names,
    uncompressedBytes: declared,
    bytes: (name) => (has(name) ? files[name] : undefined),
    text(name) {
      const part = has(name) ? files[name] : undefined;
      return part === undefined ? undefined : decoder.decode(part);
    },
  };
}
