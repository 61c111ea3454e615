/// <reference types="office-js" />
import { OfficeMockObject } from 'office-addin-mock';

/**
 * A workbook for the office.js adapter's tests, at the host boundary only. The request context is an
 * office-addin-mock OfficeMockObject (its `sync` counted) and the used ranges it reads are
 * OfficeMockObjects too, so reading a property that was not loaded and synced gives the mock's error
 * instead of data. office-addin-mock has no collections, no methods returning objects and no enums:
 * those are seeded here (worksheets, names, conditional formats, ranges), recording every write.
 */
export interface MockSheetInput {
  readonly name: string;
  /** Cell values from A1 (null: empty). */
  readonly values?: readonly (readonly (string | number | boolean | null)[])[];
  /** Number formats from A1, also of cells without a value. */
  readonly formats?: readonly (readonly (string | null)[])[];
  readonly visibility?: 'Visible' | 'Hidden' | 'VeryHidden';
  /** Custom conditional formats the user (or an earlier run) made, by formula. */
  readonly rules?: readonly string[];
  /** Merged cells, by A1 address ("C2:D2"). */
  readonly merges?: readonly string[];
}

export interface CellState {
  formula: string | number | boolean | null;
  format: string | null;
}

export interface RecordedRule {
  readonly address: string;
  readonly type: string;
  formula: string;
  readonly fill: { color?: string };
  readonly font: { color?: string };
  readonly borders: Record<string, { style?: string; color?: string }>;
  deleted: boolean;
}

export interface RangeWrite {
  readonly sheet: string;
  readonly address: string;
  readonly top: number;
  readonly left: number;
  readonly rows: number;
  readonly columns: number;
  formulas?: unknown[][];
  numberFormat?: unknown[][];
}

/** Where a range of the mock lies, for the names made on it. */
interface Place {
  readonly sheet: MockSheet;
  readonly top: number;
  readonly left: number;
  readonly rows: number;
  readonly columns: number;
}

export function a1(top: number, left: number, rows = 1, columns = 1): string {
  const letters = (c: number) => {
    let s = '';
    for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    return s;
  };
  const first = `${letters(left)}${top + 1}`;
  return rows === 1 && columns === 1 ? first : `${first}:${letters(left + columns - 1)}${top + rows}`;
}

function parseA1(address: string): { top: number; left: number } {
  const match = /^([A-Z]+)(\d+)$/.exec(address)!;
  let left = 0;
  for (const ch of match[1]!) left = left * 26 + ch.charCodeAt(0) - 64;
  return { top: Number(match[2]) - 1, left: left - 1 };
}

export class MockSheet {
  readonly cells = new Map<string, CellState>();
  readonly rules: RecordedRule[] = [];
  readonly validations: { address: string; rule?: unknown; cleared: boolean }[] = [];
  readonly columnWidths = new Map<number, number>();
  readonly hiddenColumns = new Set<number>();
  readonly merges: string[] = [];
  readonly charts: { type: string; source: string; title: { text?: string }; xValues?: string; position?: string }[] = [];
  readonly looks: { address: string; format: Record<string, unknown> }[] = [];
  frozenRows = 0;
  tabColor = '';
  deleted = false;
  visibility: string;
  selected: string | null = null;
  activated = false;

  constructor(
    public name: string,
    private readonly book: MockWorkbook,
    input: MockSheetInput,
  ) {
    this.visibility = input.visibility ?? 'Visible';
    input.values?.forEach((row, r) => row.forEach((value, c) => value !== null && this.cells.set(`${r},${c}`, { formula: value, format: input.formats?.[r]?.[c] ?? null })));
    // A cell with a format and no value: in the used range, but not in the values-only one.
    input.formats?.forEach((row, r) => row.forEach((format, c) => format !== null && !this.cells.has(`${r},${c}`) && this.cells.set(`${r},${c}`, { formula: null, format })));
    for (const formula of input.rules ?? []) this.rules.push(newRule('A1:Z100', 'Custom', formula));
    this.merges.push(...(input.merges ?? []));
  }

  cell(row: number, column: number): CellState | undefined {
    return this.cells.get(`${row},${column}`);
  }

  /** The cells as a 2-D array of what they hold (formula text, value), from A1. */
  snapshot(): (string | number | boolean | null)[][] {
    let rows = 0;
    let columns = 0;
    for (const key of this.cells.keys()) {
      const [r, c] = key.split(',').map(Number) as [number, number];
      rows = Math.max(rows, r + 1);
      columns = Math.max(columns, c + 1);
    }
    return Array.from({ length: rows }, (_, r) => Array.from({ length: columns }, (_, c) => this.cell(r, c)?.formula ?? null));
  }

  /** The office.js Worksheet the adapter sees. */
  api(): Excel.Worksheet {
    const sheet = this;
    const book = this.book;
    return {
      get name() {
        return sheet.name;
      },
      isNullObject: false,
      get visibility() {
        return sheet.visibility;
      },
      set visibility(value: string) {
        sheet.visibility = value;
      },
      set tabColor(value: string) {
        sheet.tabColor = value;
      },
      load() {
        return this;
      },
      delete() {
        sheet.deleted = true;
      },
      activate() {
        sheet.activated = true;
      },
      getUsedRangeOrNullObject(valuesOnly?: boolean) {
        return book.usedRange(sheet, valuesOnly === true);
      },
      getRange(address?: string) {
        if (address === undefined) return sheet.range(0, 0, 1_048_576, 16_384);
        const { top, left } = parseA1(address);
        return sheet.range(top, left, 1, 1);
      },
      getRangeByIndexes(top: number, left: number, rows: number, columns: number) {
        return sheet.range(top, left, rows, columns);
      },
      freezePanes: {
        freezeRows(count: number) {
          sheet.frozenRows = count;
        },
      },
      charts: {
        add(type: string, source: Excel.Range) {
          const chart = { type, source: source.address, title: {} as { text?: string }, xValues: undefined as string | undefined, position: undefined as string | undefined };
          sheet.charts.push(chart);
          return {
            title: chart.title,
            legend: {},
            series: { getItemAt: () => ({ setXAxisValues: (range: Excel.Range) => (chart.xValues = range.address) }) },
            setPosition: (range: Excel.Range) => (chart.position = range.address),
          };
        },
      },
    } as unknown as Excel.Worksheet;
  }

  range(top: number, left: number, rows: number, columns: number): Excel.Range {
    const sheet = this;
    const address = a1(top, left, rows, columns);
    const write: RangeWrite = { sheet: this.name, address, top, left, rows, columns };
    const format = recorder();
    this.looks.push({ address, format: format.target });
    const place: Place = { sheet, top, left, rows, columns };
    const apply = (key: 'formula' | 'format', grid: unknown[][]) => {
      if (grid.length !== rows || grid.some((row) => row.length !== columns)) throw new Error(`InvalidArgument: ${key} of ${address} is not ${rows}×${columns}`);
      grid.forEach((row, r) =>
        row.forEach((value, c) => {
          if (value === null) return;
          const k = `${top + r},${left + c}`;
          const state = sheet.cells.get(k) ?? { formula: null, format: null };
          if (key === 'formula') state.formula = value as CellState['formula'];
          else state.format = value as string;
          sheet.cells.set(k, state);
        }),
      );
    };
    const api = {
      address,
      // Moving and reading a block (the settings sheet's spare cells): what `getOffsetRange` … `values` give.
      getOffsetRange: (r: number, c: number) => sheet.range(top + r, left + c, rows, columns),
      getResizedRange: (r: number, c: number) => sheet.range(top, left, rows + r, columns + c),
      getCell: (r: number, c: number) => sheet.range(top + r, left + c, 1, 1),
      load(properties?: string) {
        sheet.book.pendingLoads.add(api);
        sheet.book.rangeLoads.set(api, properties ?? '');
        return api;
      },
      get values() {
        if (!sheet.book.loaded.has(api)) throw new Error(`PropertyNotLoaded: ${address}.values`);
        return Array.from({ length: rows }, (_, r) => Array.from({ length: columns }, (_, c) => sheet.cell(top + r, left + c)?.formula ?? ''));
      },
      get numberFormat() {
        if (!sheet.book.loaded.has(api)) throw new Error(`PropertyNotLoaded: ${address}.numberFormat`);
        return Array.from({ length: rows }, (_, r) => Array.from({ length: columns }, (_, c) => sheet.cell(top + r, left + c)?.format ?? 'General'));
      },
      set formulas(grid: unknown[][]) {
        write.formulas = grid;
        sheet.book.writes.push(write);
        apply('formula', grid);
      },
      set numberFormat(grid: unknown[][]) {
        write.numberFormat = grid;
        apply('format', grid);
      },
      format: format.proxy,
      getEntireColumn() {
        return {
          format: {
            set columnWidth(points: number) {
              for (let c = left; c < left + columns; c++) sheet.columnWidths.set(c, points);
            },
          },
          set columnHidden(hidden: boolean) {
            for (let c = left; c < left + columns; c++) if (hidden) sheet.hiddenColumns.add(c);
          },
        };
      },
      merge() {
        sheet.merges.push(address);
      },
      select() {
        sheet.selected = address;
      },
      clear() {
        sheet.cells.clear();
      },
      get dataValidation() {
        const record: { address: string; rule?: unknown; errorAlert?: unknown; cleared: boolean } = { address, cleared: false };
        sheet.validations.push(record);
        return {
          clear: () => (record.cleared = true),
          set rule(rule: unknown) {
            record.rule = rule;
          },
          set errorAlert(alert: unknown) {
            record.errorAlert = alert;
          },
        };
      },
      conditionalFormats: {
        add(type: string) {
          const rule = newRule(address, type, '');
          sheet.rules.push(rule);
          return {
            custom: {
              rule: {
                set formula(text: string) {
                  rule.formula = text;
                },
              },
              format: { fill: rule.fill, font: rule.font, borders: { getItem: (edge: string) => (rule.borders[edge] ??= {}) } },
            },
          };
        },
        load() {
          sheet.book.pendingLoads.add(this);
          return this;
        },
        get items() {
          if (!sheet.book.loaded.has(this)) throw new Error('PropertyNotLoaded: conditionalFormats.items');
          return sheet.rules
            .filter((rule) => !rule.deleted)
            .map((rule) => ({
              type: rule.type,
              delete: () => (rule.deleted = true),
              custom: {
                rule: {
                  load() {
                    const mock = new OfficeMockObject({ formula: rule.formula });
                    mock.load('formula');
                    sheet.book.mocks.push(mock);
                    return mock;
                  },
                },
              },
            }));
        },
      },
    };
    this.book.places.set(api, place);
    return api as unknown as Excel.Range;
  }
}

function newRule(address: string, type: string, formula: string): RecordedRule {
  return { address, type, formula, fill: {}, font: {}, borders: {}, deleted: false };
}

/** An object that records whatever is set on it, however deep (range.format.font.bold = true), and answers borders.getItem. */
function recorder(): { proxy: unknown; target: Record<string, unknown> } {
  const target: Record<string, unknown> = {};
  const make = (store: Record<string, unknown>): unknown =>
    new Proxy(store, {
      get(object, key: string) {
        if (key === 'getItem') return (name: string) => make((object[`border:${name}`] ??= {}) as Record<string, unknown>);
        if (key === 'autofitRows' || key === 'autofitColumns') return () => (object[key] = true);
        return make((object[key] ??= {}) as Record<string, unknown>);
      },
      set(object, key: string, value) {
        object[key] = value;
        return true;
      },
    });
  return { proxy: make(target), target };
}

export class MockWorkbook {
  readonly sheets: MockSheet[];
  readonly names: { name: string; address: string; place?: Place | undefined }[];
  readonly writes: RangeWrite[] = [];
  readonly mocks: OfficeMockObject[] = [];
  readonly pendingLoads = new Set<object>();
  /** The properties each range was asked to load, to weigh the sync's response. */
  readonly rangeLoads = new Map<object, string>();
  /** The UTF-8 bytes of the cells each sync sent back (values and number formats of ranges), one entry per sync. */
  readonly responses: number[] = [];
  /** The weights of the syncs refused for being over `responseLimit`. */
  readonly refused: number[] = [];
  /** Excel on the web's limit: a sync whose answer weighs more fails with ResponsePayloadSizeLimitExceeded. */
  responseLimit = 5_000_000;
  readonly loaded = new Set<object>();
  readonly places = new WeakMap<object, Place>();
  syncs = 0;
  active: string;
  readonly context: Excel.RequestContext;

  constructor(input: { sheets: MockSheetInput[]; names?: string[]; active?: string }) {
    this.sheets = input.sheets.map((sheet) => new MockSheet(sheet.name, this, sheet));
    this.names = (input.names ?? []).map((name) => ({ name, address: '' }));
    this.active = input.active ?? input.sheets[0]!.name;
    const root = new OfficeMockObject({ workbook: { application: { suspended: false } } });
    const book = this;
    const mockSync = root.sync.bind(root);
    (root as unknown as { sync: () => Promise<void> }).sync = async () => {
      book.syncs++;
      const bytes = book.responseBytes();
      if (bytes > book.responseLimit) {
        book.refused.push(bytes);
        book.pendingLoads.clear();
        book.mocks.splice(0);
        throw Object.assign(new Error('The response payload size has exceeded the limit.'), { code: 'ResponsePayloadSizeLimitExceeded' });
      }
      book.responses.push(bytes);
      await mockSync();
      for (const mock of book.mocks.splice(0)) await mock.sync();
      for (const object of book.pendingLoads) book.loaded.add(object);
      book.pendingLoads.clear();
    };
    const workbook = (root as unknown as { workbook: Record<string, unknown> }).workbook;
    workbook.worksheets = this.worksheetsApi();
    workbook.names = this.namesApi();
    this.context = root as unknown as Excel.RequestContext;
  }

  /** What the pending loads of ranges would send back, as office.js sends it: JSON in UTF-8. */
  private responseBytes(): number {
    let bytes = 0;
    for (const object of this.pendingLoads) {
      const properties = this.rangeLoads.get(object);
      if (properties === undefined) continue;
      this.loaded.add(object); // to read what it would answer
      const range = object as { values: unknown; numberFormat: unknown };
      if (properties.includes('values')) bytes += Buffer.byteLength(JSON.stringify(range.values), 'utf8');
      if (properties.includes('numberFormat')) bytes += Buffer.byteLength(JSON.stringify(range.numberFormat), 'utf8');
      this.loaded.delete(object);
    }
    return bytes;
  }

  sheet(name: string): MockSheet {
    const sheet = this.sheets.find((s) => s.name === name && !s.deleted);
    if (sheet === undefined) throw new Error(`ItemNotFound: ${name}`);
    return sheet;
  }

  /**
   * The used range as Excel gives it: from its first used row and column, not A1; with `valuesOnly`,
   * cells that only have a number format are not used. Its merged areas are those whose top-left cell
   * is in it.
   */
  usedRange(sheet: MockSheet, valuesOnly: boolean): Excel.Range {
    let [top, left, bottom, right] = [Infinity, Infinity, -1, -1];
    for (const [key, state] of sheet.cells) {
      if (valuesOnly && (state.formula === null || state.formula === '')) continue;
      const [r, c] = key.split(',').map(Number) as [number, number];
      [top, left, bottom, right] = [Math.min(top, r), Math.min(left, c), Math.max(bottom, r), Math.max(right, c)];
    }
    const empty = bottom < 0;
    const grid = <T>(cell: (r: number, c: number) => T) => Array.from({ length: bottom - top + 1 }, (_, r) => Array.from({ length: right - left + 1 }, (_, c) => cell(top + r, left + c)));
    const merges = sheet.merges.filter((address) => {
      const corner = parseA1(address.split(':')[0]!);
      return corner.top >= top && corner.top <= bottom && corner.left >= left && corner.left <= right;
    });
    const merged = this.loadable({ isNullObject: merges.length === 0, address: merges.map((address) => `'${sheet.name}'!${address}`).join(',') });
    return this.loadable({
      isNullObject: empty,
      values: empty ? [] : grid((r, c) => sheet.cell(r, c)?.formula ?? ''),
      numberFormat: empty ? [] : grid((r, c) => sheet.cell(r, c)?.format ?? 'General'),
      rowIndex: empty ? 0 : top,
      columnIndex: empty ? 0 : left,
      rowCount: empty ? 0 : bottom - top + 1,
      columnCount: empty ? 0 : right - left + 1,
      getMergedAreasOrNullObject: () => merged,
    }) as unknown as Excel.Range;
  }

  /** An OfficeMockObject whose loads are synced with the context (and always load isNullObject, as office.js does). */
  private loadable(data: Record<string, unknown>): OfficeMockObject {
    const mock = new OfficeMockObject(data);
    const load = mock.load.bind(mock);
    (mock as unknown as { load: (p: string) => unknown }).load = (properties: string) => {
      this.mocks.push(mock);
      return load(`isNullObject,${properties}`);
    };
    return mock;
  }

  /** The range behind a defined name, as `names.getItemOrNullObject(name).getRangeOrNullObject()` gives it: read once synced, written into the sheet. */
  private namedRange(name: string): Excel.Range {
    const place = this.names.find((n) => n.name.toLowerCase() === name.toLowerCase())?.place;
    const book = this;
    const loaded = (what: string) => {
      if (!book.loaded.has(range)) throw new Error(`PropertyNotLoaded: ${name}.${what}`);
      if (what !== 'isNullObject' && place === undefined) throw new Error(`InvalidObjectPath: ${name} is a null object`);
    };
    const range = {
      load() {
        book.pendingLoads.add(range);
        return range;
      },
      get isNullObject() {
        loaded('isNullObject');
        return place === undefined;
      },
      get values() {
        loaded('values');
        const { sheet, top, left, rows, columns } = place!;
        return Array.from({ length: rows }, (_, r) => Array.from({ length: columns }, (_, c) => sheet.cell(top + r, left + c)?.formula ?? ''));
      },
      set values(grid: unknown[][]) {
        if (place === undefined) throw new Error(`InvalidObjectPath: ${name} is a null object`);
        place.sheet.range(place.top, place.left, grid.length, grid[0]!.length).formulas = grid;
      },
    };
    return range as unknown as Excel.Range;
  }

  private worksheetsApi() {
    const book = this;
    const collection = {
      load() {
        book.pendingLoads.add(collection);
        return collection;
      },
      get items() {
        if (!book.loaded.has(collection)) throw new Error('PropertyNotLoaded: worksheets.items');
        return book.sheets.filter((s) => !s.deleted).map((s) => s.api());
      },
      getActiveWorksheet: () => book.sheet(book.active).api(),
      getItem: (name: string) => book.sheet(name).api(),
      getItemOrNullObject: (name: string) => {
        const sheet = book.sheets.find((s) => s.name === name && !s.deleted);
        if (sheet !== undefined) return sheet.api();
        return { isNullObject: true, load() {} };
      },
      add: (name: string) => {
        if (book.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase() && !s.deleted)) throw new Error(`ItemAlreadyExists: ${name}`);
        const sheet = new MockSheet(name, book, { name });
        book.sheets.push(sheet);
        return sheet.api();
      },
    };
    return collection;
  }

  private namesApi() {
    const book = this;
    const collection = {
      load() {
        book.pendingLoads.add(collection);
        return collection;
      },
      get items() {
        if (!book.loaded.has(collection)) throw new Error('PropertyNotLoaded: names.items');
        return book.names.map((n) => ({ name: n.name }));
      },
      getItemOrNullObject: (name: string) => ({ getRangeOrNullObject: () => book.namedRange(name) }),
      getItem: (name: string) => ({
        getRange: () => {
          const place = book.names.find((n) => n.name.toLowerCase() === name.toLowerCase())?.place;
          if (place === undefined) throw new Error(`ItemNotFound: ${name}`);
          return place.sheet.range(place.top, place.left, place.rows, place.columns);
        },
      }),
      add(name: string, range: Excel.Range) {
        if (book.names.some((n) => n.name.toLowerCase() === name.toLowerCase())) throw new Error(`ItemAlreadyExists: ${name}`);
        book.names.push({ name, address: range.address, place: book.places.get(range) });
      },
    };
    return collection;
  }
}

/** What a value weighs in a request or response: its JSON in UTF-8 bytes, as Excel on the web counts it. */
export function utf8Bytes(value: unknown): number {
  return Buffer.byteLength(JSON.stringify(value), 'utf8');
}
