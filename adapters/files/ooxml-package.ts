import { unzipSync } from 'fflate';

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
 * fflate inflates each part into a buffer of its declared size, so a part that lies about its size
 * cannot grow past it either.
 *
 * @throws OoxmlPackageError
 */
export function openOoxmlPackage(data: Uint8Array, limits: PackageLimits = DEFAULT_PACKAGE_LIMITS): OoxmlPackage {
  let declared = 0;
  let count = 0;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(data, {
      filter(file) {
        declared += file.originalSize;
        count += 1;
        if (declared > limits.maxUncompressedBytes || count > limits.maxParts) throw new OoxmlPackageError('too-large', `package over ${limits.maxUncompressedBytes} bytes or ${limits.maxParts} parts`);
        return true;
      },
    });
  } catch (error) {
    if (error instanceof OoxmlPackageError) throw error;
    throw new OoxmlPackageError('corrupt', error instanceof Error ? error.message : String(error));
  }
  const names = Object.keys(files).filter((name) => !name.endsWith('/'));
  const decoder = new TextDecoder('utf-8');
  return {
    names,
    uncompressedBytes: declared,
    bytes: (name) => (Object.prototype.hasOwnProperty.call(files, name) ? files[name] : undefined),
    text(name) {
      const part = Object.prototype.hasOwnProperty.call(files, name) ? files[name] : undefined;
      return part === undefined ? undefined : decoder.decode(part);
    },
  };
}
