import { Zip, ZipDeflate, ZipPassThrough } from 'fflate';

/**
 * One fixed time for every entry (1 January 1980, the first a ZIP can hold, in local time as the
 * format stores it), so that the same workbook always gives the same bytes.
 */
const FIXED_TIME = new Date(1980, 0, 1, 0, 0, 0);

/** Parts that are compressed already (pictures): stored as they are. */
const STORED = /\.(png|jpe?g|gif|emf\.gz|wdp)$/i;

/** Writes a ZIP archive part by part with fflate (Node and the browser alike); a big part may come in chunks. */
export class ZipWriter {
  private readonly chunks: Uint8Array[] = [];
  private readonly zip: Zip;
  private readonly encoder = new TextEncoder();

  constructor() {
    this.zip = new Zip((error, data) => {
      if (error !== null) throw error;
      this.chunks.push(data);
    });
  }

  /** A whole part. */
  add(name: string, bytes: Uint8Array | string): void {
    const entry = this.open(name);
    entry.push(typeof bytes === 'string' ? this.encoder.encode(bytes) : bytes, true);
  }

  /** A part written as text chunks: `write` gets the function to give them to. */
  addStreamed(name: string, write: (emit: (chunk: string) => void) => void): void {
    const entry = this.open(name);
    write((chunk) => entry.push(this.encoder.encode(chunk)));
    entry.push(new Uint8Array(0), true);
  }

  finish(): Uint8Array {
    this.zip.end();
    let length = 0;
    for (const chunk of this.chunks) length += chunk.length;
    const bytes = new Uint8Array(length);
    let offset = 0;
    for (const chunk of this.chunks) {
      bytes.set(chunk, offset);
      offset += chunk.length;
    }
    return bytes;
  }

  private open(name: string): ZipDeflate | ZipPassThrough {
    const entry = STORED.test(name) ? new ZipPassThrough(name) : new ZipDeflate(name, { level: 6 });
    entry.mtime = FIXED_TIME;
    this.zip.add(entry);
    return entry;
  }
}
