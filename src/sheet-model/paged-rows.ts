import { DEFAULT_ROW_HEIGHT } from './page-model.js';
import type { PrintBlock, PrintLayout } from './sheet-model.js';

/** A row not yet written: its height (points; null: the default) and how to add it, returning its index. */
export interface PendingRow {
  readonly height: number | null;
  readonly write: () => number;
}

/**
 * Lays rows out on printed pages as they are written, from a page-height model: a heading waits for
 * what follows it and goes to the next page with it; a table that fits on a page is never split (it
 * starts a new page when the rest of this one is too short); a longer table is split between rows,
 * and each page it runs onto starts with a copy of its header. Pages begin below the title rows,
 * which print at the top of every page.
 */
export class PagedRows {
  private used = 0;
  private readonly headings: PendingRow[] = [];
  private readonly rowBreaks: number[] = [];
  private readonly repeatedHeaderRows: number[] = [];
  private readonly blocks: PrintBlock[] = [];

  /** `capacity`: the height of rows a page holds below the title rows; `next`: the index the next row written gets. */
  constructor(
    readonly capacity: number,
    private readonly scale: number,
    private readonly next: () => number,
  ) {}

  /** The title rows, printed at the top of every page and so not counted in any page's rows. */
  titles(...rows: PendingRow[]): void {
    const indexes = rows.map((row) => row.write());
    if (indexes.length > 0) this.blocks.push({ top: indexes[0]!, bottom: indexes[indexes.length - 1]!, headerRows: 0, keep: 'withNext' });
  }

  /** Rows that stay with whatever comes next (a section heading). */
  heading(...rows: PendingRow[]): void {
    this.headings.push(...rows);
  }

  /** Rows printed together on one page (a note, a title block); returns their indexes. */
  together(...rows: PendingRow[]): number[] {
    return this.table([], rows);
  }

  /** A table: its header rows, then its body rows; returns the body's row indexes. */
  table(header: readonly PendingRow[], body: readonly PendingRow[]): number[] {
    const headerHeight = heightOf(header);
    const whole = heightOf(this.headings) + headerHeight + heightOf(body);
    const fits = whole <= this.capacity;
    this.startIfShort(fits ? whole : heightOf(this.headings) + headerHeight + heightOf(body.slice(0, 1)));
    this.writeHeadings();
    const top = this.writeAll(header);
    const indexes: number[] = [];
    body.forEach((row, at) => {
      const height = rowHeight(row);
      if (at > 0 && this.used + height > this.capacity) {
        this.breakHere();
        this.repeatedHeaderRows.push(...this.writeAll(header));
      }
      this.used += height;
      indexes.push(row.write());
    });
    const start = top[0] ?? indexes[0];
    if (start !== undefined) {
      const bottom = indexes[indexes.length - 1] ?? top[top.length - 1]!;
      this.blocks.push({ top: start, bottom, headerRows: header.length, keep: fits ? 'together' : 'split' });
    }
    return indexes;
  }

  /** Room for something drawn over empty rows (a chart), of this height: starts a page when it would not fit. */
  reserve(height: number): void {
    this.writeHeadings();
    this.startIfShort(height);
    this.used += height;
  }

  /** The print layout of the rows written so far. */
  layout(): PrintLayout {
    return { paper: 'A4', scale: this.scale, rowBreaks: [...this.rowBreaks], repeatedHeaderRows: [...this.repeatedHeaderRows], blocks: [...this.blocks] };
  }

  private startIfShort(height: number): void {
    if (this.used > 0 && this.used + height > this.capacity) this.breakHere();
  }

  private breakHere(): void {
    this.rowBreaks.push(this.next());
    this.used = 0;
  }

  private writeHeadings(): void {
    if (this.headings.length === 0) return;
    const indexes = this.writeAll(this.headings.splice(0));
    this.blocks.push({ top: indexes[0]!, bottom: indexes[indexes.length - 1]!, headerRows: 0, keep: 'withNext' });
  }

  private writeAll(rows: readonly PendingRow[]): number[] {
    return rows.map((row) => {
      this.used += rowHeight(row);
      return row.write();
    });
  }
}

function rowHeight(row: PendingRow): number {
  return row.height ?? DEFAULT_ROW_HEIGHT;
}

function heightOf(rows: readonly PendingRow[]): number {
  return rows.reduce((sum, row) => sum + rowHeight(row), 0);
}
