import type { CellContent, CellLook, CellRange, DetailedSheetModel, LookVariant, SheetModelDetails, SheetModel } from './sheet-model.js';

/** A block of cells, 0-based and inclusive; one cell when only its row and column are given. */
export function cellRange(top: number, left: number, bottom = top, right = left): CellRange {
  return { top, left, bottom, right };
}

/** What a sheet says besides its rows, looks, merges and heights, which `SheetModelBuilder` collects. */
export type SheetModelRest = Pick<SheetModel, 'frozenRows' | 'printTitleRows' | 'validations' | 'rules' | 'dataBars' | 'names' | 'chart' | 'rateChart' | 'hiddenColumns'> &
  Pick<SheetModelDetails, 'autoFilter' | 'wholeNumberValidations' | 'validationMessages' | 'print'>;

/**
 * Collects a sheet model row by row: a row's cells, height and looks, the merges; `build` adds the rest.
 * Each look is given for a run of cells of a row; `look(row, left, right, …)`.
 */
export class SheetModelBuilder {
  private readonly rows: CellContent[][] = [];
  private readonly heights: (number | null)[] = [];
  private readonly looks = new LookRuns<CellLook>();
  private readonly variants = new LookRuns<LookVariant>();
  private readonly merges: CellRange[] = [];

  constructor(
    private readonly name: string,
    private readonly columnWidths: readonly number[],
    private readonly tabColor: string,
    private readonly orientation: 'portrait' | 'landscape',
  ) {}

  /** The 0-based index the next row gets. */
  get next(): number {
    return this.rows.length;
  }

  /** Adds a row (an empty one: `[]`), returns its 0-based index. */
  addRow(cells: readonly CellContent[], height: number | null = null): number {
    this.rows.push([...cells]);
    this.heights.push(height);
    return this.rows.length - 1;
  }

  /** Gives a look (and a finer variant) to a block of cells. */
  look(range: CellRange, look: CellLook, variant?: LookVariant): this {
    this.looks.add(range, look);
    if (variant !== undefined) this.variants.add(range, variant);
    return this;
  }

  /** Gives each cell of a row, from column 0, its look: `[look, variant?]`, or null for none. */
  lookRow(row: number, looks: readonly (readonly [CellLook, LookVariant?] | null)[]): this {
    let left = 0;
    for (let column = 1; column <= looks.length; column++) {
      // A run of cells of the same look and variant is given at once.
      const item = looks[left];
      const next = looks[column];
      if (column < looks.length && next !== null && item !== null && next !== undefined && item !== undefined && next[0] === item[0] && next[1] === item[1]) continue;
      if (item !== null && item !== undefined) this.look(cellRange(row, left, row, column - 1), item[0], item[1]);
      left = column;
    }
    return this;
  }

  merge(range: CellRange): this {
    this.merges.push(range);
    return this;
  }

  build(rest: Partial<SheetModelRest> & Pick<SheetModelRest, 'frozenRows'>): DetailedSheetModel {
    return {
      name: this.name,
      rows: this.rows,
      looks: this.looks.done().map(({ range, value }) => ({ range, look: value })),
      merges: this.merges,
      columnWidths: this.columnWidths,
      hiddenColumns: rest.hiddenColumns ?? [],
      frozenRows: rest.frozenRows,
      ...(rest.printTitleRows === undefined ? {} : { printTitleRows: rest.printTitleRows }),
      validations: rest.validations ?? [],
      rules: rest.rules ?? [],
      dataBars: rest.dataBars ?? [],
      names: rest.names ?? [],
      ...(rest.chart === undefined ? {} : { chart: rest.chart }),
      ...(rest.rateChart === undefined ? {} : { rateChart: rest.rateChart }),
      rowHeights: this.heights,
      tabColor: this.tabColor,
      orientation: this.orientation,
      ...(rest.autoFilter === undefined ? {} : { autoFilter: rest.autoFilter }),
      ...(rest.print === undefined ? {} : { print: rest.print }),
      lookVariants: this.variants.done().map(({ range, value }) => ({ range, variant: value })),
      wholeNumberValidations: rest.wholeNumberValidations ?? [],
      validationMessages: rest.validationMessages ?? [],
    };
  }
}

/**
 * Looks given block by block (mostly cell by cell), joined as they come into few ranges: a block
 * right after the last one, on the same rows and of the same look, widens it; a run of a row right
 * below a range of the same look and columns lengthens that range. Kept in order of first appearance.
 */
class LookRuns<T extends string> {
  /** The ranges, copied from those given and widened or lengthened in place while the sheet is built. */
  private readonly items: { range: { top: number; left: number; bottom: number; right: number }; value: T }[] = [];
  /** Ranges that the next row may still lengthen, by look and columns. */
  private readonly open = new Map<string, LookRuns<T>['items'][number]>();
  /** The run being widened along its row, not yet joined to the range above. */
  private run: LookRuns<T>['items'][number] | null = null;

  add(range: CellRange, value: T): void {
    const run = this.run;
    if (run !== null && run.value === value && run.range.top === range.top && run.range.bottom === range.bottom && run.range.right + 1 === range.left) {
      run.range.right = range.right;
      return;
    }
    this.flush();
    this.run = { range: { ...range }, value };
  }

  /** The ranges, once the sheet is built. */
  done(): readonly { range: CellRange; value: T }[] {
    this.flush();
    return this.items;
  }

  private flush(): void {
    const run = this.run;
    if (run === null) return;
    this.run = null;
    const key = `${run.value}|${run.range.left}|${run.range.right}`;
    const above = this.open.get(key);
    if (above !== undefined && above.range.bottom + 1 === run.range.top) {
      above.range.bottom = run.range.bottom;
      return;
    }
    this.open.set(key, run);
    this.items.push(run);
  }
}
