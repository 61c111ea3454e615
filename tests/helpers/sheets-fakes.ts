/// <reference types="google-apps-script" />
/**
 * In-memory fakes of the Apps Script services the add-on uses (SpreadsheetApp, HtmlService,
 * LockService, PropertiesService, Utilities, Session), each method typed by @types/google-apps-script
 * (`Pick<…>` of the real interface), and a counter of every SpreadsheetApp call — on the app, the
 * spreadsheet, its sheets, ranges, rules and builders.
 */
type GAS = typeof GoogleAppsScript;
type SS = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;
type Rule = GoogleAppsScript.Spreadsheet.ConditionalFormatRule;

export const SHEET_ZONE = 'Asia/Ho_Chi_Minh';

/** Counts calls made on the fakes of SpreadsheetApp and everything reached through it. */
export class CallCounter {
  count = 0;
  readonly byMethod = new Map<string, number>();
  private readonly targets = new WeakMap<object, object>();
  /** The fake behind a counted one (a range the script hands back, e.g. to `setNamedRange`). */
  unwrap<T extends object>(value: T): T {
    return (this.targets.get(value) as T | undefined) ?? value;
  }
  wrap<T extends object>(target: T, kind: string): T {
    const raw = this.unwrap(target);
    const proxy = new Proxy(raw, {
      get: (object, key, receiver) => {
        const value = Reflect.get(object, key, receiver) as unknown;
        if (typeof value !== 'function' || typeof key !== 'string' || key === 'constructor') return value;
        return (...args: unknown[]) => {
          this.count++;
          const name = `${kind}.${key}`;
          this.byMethod.set(name, (this.byMethod.get(name) ?? 0) + 1);
          return (value as (...a: unknown[]) => unknown).apply(object, args);
        };
      },
    });
    this.targets.set(proxy, raw);
    return proxy;
  }
  reset(): void {
    this.count = 0;
    this.byMethod.clear();
  }
}

/** A cell of a fake sheet: what `getValues` returns, the formula when one was entered, its number format. */
export interface FakeCell {
  value: unknown;
  formula: string | null;
  format: string;
}

const DATE_FORMAT = /d.*m.*y|y.*m.*d/i;

/**
 * The formula syntax of the locales the fakes know, as Google Sheets parses what a script writes:
 * "comma" locales separate arguments with `,` and write decimals with `.`; "semicolon" ones (Việt
 * Nam, Germany, France, Brazil) use `;` and a decimal comma, `\` between array columns.
 */
const FAKE_LOCALES: Readonly<Record<string, 'comma' | 'semicolon'>> = { en_US: 'comma', en_GB: 'comma', vi_VN: 'semicolon', de_DE: 'semicolon', fr_FR: 'semicolon', pt_BR: 'semicolon' };

/**
 * Why Sheets in `locale` would not parse `formula` (null: it parses): a `,` between arguments in a
 * semicolon locale (where a comma is only a decimal comma between digits) or a decimal point there;
 * a `;` outside an array literal, or a `\`, in a comma locale. Texts in "…" and sheet names in '…'
 * are skipped. Written apart from the add-on's own translation, so that it checks it.
 */
export function formulaParseError(formula: string, locale: string): string | null {
  const kind = FAKE_LOCALES[locale];
  if (kind === undefined) throw new Error(`the fakes know no locale ${locale}`);
  let braces = 0;
  for (let i = 0; i < formula.length; i++) {
    const ch = formula[i]!;
    if (ch === '"' || ch === "'") {
      for (i++; i < formula.length; i++) if (formula[i] === ch && formula[++i] !== ch) break;
      i--;
      continue;
    }
    if (ch === '{') braces++;
    if (ch === '}') braces--;
    const digitsAround = /\d/.test(formula[i - 1] ?? '') && /\d/.test(formula[i + 1] ?? '');
    const numberBefore = /(?:^|[^A-Za-z0-9_$.!\u00C0-\uFFFF])\d+$/.test(formula.slice(0, i));
    if (kind === 'semicolon') {
      if (ch === ',' && !(digitsAround && numberBefore)) return `Lỗi phân tích cú pháp công thức: dấu "," ở vị trí ${i + 1} (${locale} ngăn các đối số bằng ";")`;
      if (ch === '.' && digitsAround && numberBefore) return `Lỗi phân tích cú pháp công thức: dấu thập phân "." ở vị trí ${i + 1} (${locale} dùng ",")`;
    } else if ((ch === ';' && braces === 0) || ch === '\\') {
      return `Formula parse error: "${ch}" at ${i + 1} (${locale} separates arguments with ",")`;
    }
  }
  return null;
}

/** Throws as Sheets refuses a formula it cannot parse in the spreadsheet's locale. */
function checkFormula(formula: string, locale: string): void {
  const error = formulaParseError(formula, locale);
  if (error !== null) throw new Error(`${error}: ${formula.slice(0, 120)}`);
}
const ZONE_OFFSET_MS = 7 * 3600_000;

/** A Date as Sheets gives one for a date cell: midnight of that day in the spreadsheet's zone (UTC+7). */
export function sheetDate(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d) - ZONE_OFFSET_MS);
}

function serialToIso(serial: number): string {
  return new Date(Date.UTC(1899, 11, 30) + Math.round(serial) * 86_400_000).toISOString().slice(0, 10);
}

export class FakeRange implements Pick<
  Range,
  | 'getValue'
  | 'setValue'
  | 'getValues'
  | 'getFormulas'
  | 'setFormula'
  | 'setFormulas'
  | 'setFormulaR1C1'
  | 'getSheet'
  | 'setNumberFormat'
  | 'setValues'
  | 'setNumberFormats'
  | 'getNumberFormats'
  | 'getA1Notation'
  | 'getRow'
  | 'getColumn'
  | 'getLastRow'
  | 'getLastColumn'
  | 'getNumRows'
  | 'getNumColumns'
  | 'merge'
  | 'breakApart'
  | 'getMergedRanges'
  | 'setDataValidation'
  | 'clearDataValidations'
  | 'activate'
  | 'setFontWeights'
  | 'setFontStyles'
  | 'setFontSizes'
  | 'setFontColors'
  | 'setBackgrounds'
  | 'setWraps'
  | 'setHorizontalAlignments'
  | 'setVerticalAlignment'
  | 'setFontWeight'
  | 'setBackground'
  | 'setWrap'
> {
  constructor(
    readonly sheet: FakeSheet,
    readonly row: number,
    readonly column: number,
    readonly rows: number,
    readonly columns: number,
  ) {
    if (row < 1 || column < 1 || rows < 1 || columns < 1 || row + rows - 1 > sheet.maxRows || column + columns - 1 > sheet.maxColumns) {
      throw new Error(`The coordinates of the range are outside the dimensions of the sheet (${sheet.name} R${row}C${column} ${rows}×${columns}).`);
    }
  }
  private each<T>(make: (cell: FakeCell, r: number, c: number) => T): T[][] {
    return Array.from({ length: this.rows }, (_, r) => Array.from({ length: this.columns }, (_, c) => make(this.sheet.cell(this.row + r, this.column + c), r, c)));
  }
  private checkShape(values: unknown[][]): void {
    if (values.length !== this.rows || values.some((row) => row.length !== this.columns)) {
      throw new Error(`The number of rows or columns in the data does not match the range (${this.rows}×${this.columns}).`);
    }
  }
  getValues(): any[][] {
    return this.each((cell) => {
      if (typeof cell.value === 'number' && DATE_FORMAT.test(cell.format)) return sheetDate(serialToIso(cell.value));
      return cell.value ?? '';
    });
  }
  getValue(): any {
    return this.getValues()[0]![0];
  }
  setValue(value: any): Range {
    return this.setValues([[value]]);
  }
  getNumberFormats(): string[][] {
    return this.each((cell) => cell.format);
  }
  getFormulas(): string[][] {
    return this.each((cell) => cell.formula ?? '');
  }
  setFormula(formula: string): Range {
    return this.setFormulas(Array.from({ length: this.rows }, () => Array.from({ length: this.columns }, () => formula)));
  }
  setFormulas(formulas: string[][]): Range {
    this.checkShape(formulas);
    formulas.forEach((row) => row.forEach((formula) => checkFormula(formula, this.sheet.spreadsheet.locale)));
    return this.setValues(formulas.map((row) => row.map((formula) => (formula.startsWith('=') ? formula : `=${formula}`))));
  }
  /** Kept as written (the fakes do not move R1C1 references), after the same locale check. */
  setFormulaR1C1(formula: string): Range {
    return this.setFormula(formula);
  }
  getSheet(): Sheet {
    return this.sheet.spreadsheet.counter.wrap(this.sheet, 'Sheet') as unknown as Sheet;
  }
  setNumberFormat(format: string): Range {
    return this.setNumberFormats(Array.from({ length: this.rows }, () => Array.from({ length: this.columns }, () => format)));
  }
  setValues(values: any[][]): Range {
    this.checkShape(values);
    values.forEach((row, r) =>
      row.forEach((value, c) => {
        const cell = this.sheet.cellForWrite(this.row + r, this.column + c);
        if (typeof value === 'string' && value.startsWith('=')) {
          checkFormula(value, this.sheet.spreadsheet.locale);
          cell.formula = value;
          cell.value = '';
        } else {
          cell.formula = null;
          cell.value = typeof value === 'string' && value.startsWith("'") ? value.slice(1) : value;
        }
      }),
    );
    return this as unknown as Range;
  }
  setNumberFormats(formats: string[][]): Range {
    this.checkShape(formats);
    formats.forEach((row, r) => row.forEach((format, c) => (this.sheet.cellForWrite(this.row + r, this.column + c).format = format)));
    return this as unknown as Range;
  }
  /** The cells' formulas, or their values where there is none. */
  contents(): unknown[][] {
    return this.each((cell) => cell.formula ?? cell.value ?? '');
  }
  getA1Notation(): string {
    const letters = (n: number) => {
      let s = '';
      for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
      return s;
    };
    const first = `${letters(this.column)}${this.row}`;
    return this.rows === 1 && this.columns === 1 ? first : `${first}:${letters(this.column + this.columns - 1)}${this.row + this.rows - 1}`;
  }
  getRow(): number {
    return this.row;
  }
  getColumn(): number {
    return this.column;
  }
  getLastRow(): number {
    return this.row + this.rows - 1;
  }
  getLastColumn(): number {
    return this.column + this.columns - 1;
  }
  getNumRows(): number {
    return this.rows;
  }
  getNumColumns(): number {
    return this.columns;
  }
  merge(): Range {
    this.sheet.merges.push(this.getA1Notation());
    return this as unknown as Range;
  }
  breakApart(): Range {
    this.sheet.merges = [];
    return this as unknown as Range;
  }
  getMergedRanges(): Range[] {
    return [];
  }
  setDataValidation(rule: GoogleAppsScript.Spreadsheet.DataValidation | null): Range {
    this.sheet.validations.push({ a1: this.getA1Notation(), rule: rule as unknown as FakeValidation });
    return this as unknown as Range;
  }
  clearDataValidations(): Range {
    this.sheet.validations = [];
    return this as unknown as Range;
  }
  activate(): Range {
    this.sheet.spreadsheet.activeSheet = this.sheet;
    this.sheet.spreadsheet.activeRange = `${this.sheet.name}!${this.getA1Notation()}`;
    return this as unknown as Range;
  }
  // Formatting the fakes do not record: each only hands the range back for chaining.
  setFontWeights = chained;
  setFontStyles = chained;
  setFontSizes = chained;
  setFontColors = chained;
  setBackgrounds = chained;
  setWraps = chained;
  setHorizontalAlignments = chained;
  setVerticalAlignment = chained;
  setFontWeight = chained;
  setBackground = chained;
  setWrap = chained;
}

/** A setter the fakes ignore: returns its range, as Apps Script's setters do. */
function chained(this: FakeRange): Range {
  return this as unknown as Range;
}

export interface FakeValidation {
  kind: 'list' | 'date' | 'formula';
  choices: string[];
  formula?: string;
  allowInvalid: boolean;
}

/** A conditional format rule: a custom formula (or a gradient) with its colours and ranges. */
export class FakeRule implements Pick<Rule, 'getBooleanCondition' | 'getRanges'> {
  constructor(
    readonly formula: string | null,
    readonly background: string | null,
    readonly fontColor: string | null,
    readonly ranges: FakeRange[],
    private readonly counter: CallCounter,
  ) {}
  getBooleanCondition(): GoogleAppsScript.Spreadsheet.BooleanCondition | null {
    if (this.formula === null) return null;
    const formula = this.formula;
    const condition: Pick<GoogleAppsScript.Spreadsheet.BooleanCondition, 'getCriteriaType' | 'getCriteriaValues'> = {
      getCriteriaType: () => 'CUSTOM_FORMULA' as unknown as GoogleAppsScript.Spreadsheet.BooleanCriteria,
      getCriteriaValues: () => [formula],
    };
    return this.counter.wrap(condition, 'BooleanCondition') as GoogleAppsScript.Spreadsheet.BooleanCondition;
  }
  getRanges(): Range[] {
    return this.ranges as unknown as Range[];
  }
  /** The rule as the tests compare it: its formula and the A1 ranges it colours. */
  describe(): string {
    return `${this.formula ?? 'gradient'} @ ${this.ranges.map((range) => range.getA1Notation()).join(',')}`;
  }
}

export interface FakeChart {
  ranges: string[];
  position: [number, number];
  options: Record<string, unknown>;
}

export class FakeSheet implements Pick<
  Sheet,
  | 'getName'
  | 'getRange'
  | 'getDataRange'
  | 'getLastRow'
  | 'getLastColumn'
  | 'getMaxRows'
  | 'getMaxColumns'
  | 'insertRowsAfter'
  | 'insertColumnsAfter'
  | 'deleteRows'
  | 'deleteColumns'
  | 'setColumnWidth'
  | 'hideColumns'
  | 'showColumns'
  | 'setFrozenRows'
  | 'setTabColor'
  | 'getConditionalFormatRules'
  | 'setConditionalFormatRules'
  | 'clearConditionalFormatRules'
  | 'newChart'
  | 'insertChart'
  | 'getCharts'
  | 'removeChart'
  | 'clear'
  | 'clearContents'
  | 'hideSheet'
  | 'activate'
  | 'isSheetHidden'
> {
  maxRows = 1000;
  maxColumns = 26;
  readonly cells = new Map<string, FakeCell>();
  hidden = false;
  frozenRows = 0;
  readonly widths = new Map<number, number>();
  readonly hiddenColumns = new Set<number>();
  rules: FakeRule[] = [];
  charts: FakeChart[] = [];
  validations: { a1: string; rule: FakeValidation }[] = [];
  merges: string[] = [];
  constructor(
    public name: string,
    readonly spreadsheet: FakeSpreadsheet,
  ) {}
  private get counter(): CallCounter {
    return this.spreadsheet.counter;
  }
  cell(row: number, column: number): FakeCell {
    return this.cells.get(`${row},${column}`) ?? { value: '', formula: null, format: 'General' };
  }
  cellForWrite(row: number, column: number): FakeCell {
    const key = `${row},${column}`;
    let cell = this.cells.get(key);
    if (cell === undefined) this.cells.set(key, (cell = { value: '', formula: null, format: 'General' }));
    return cell;
  }
  /** Fills the sheet from rows of values (as `getValues` would return them), growing it as needed. */
  load(rows: readonly (readonly unknown[])[]): this {
    this.maxRows = Math.max(this.maxRows, rows.length);
    this.maxColumns = Math.max(this.maxColumns, ...rows.map((row) => row.length));
    rows.forEach((row, r) => row.forEach((value, c) => value !== '' && value !== null && (this.cellForWrite(r + 1, c + 1).value = value)));
    return this;
  }
  getName(): string {
    return this.name;
  }
  getRange(a: any, column?: number, rows = 1, columns = 1): Range {
    if (typeof a === 'string') {
      const match = /^([A-Z]+)(\d+)$/.exec(a);
      if (match === null) throw new Error(`fake getRange takes one cell: ${a}`);
      const col = [...match[1]!].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
      return this.counter.wrap(new FakeRange(this, Number(match[2]), col, 1, 1), 'Range') as unknown as Range;
    }
    return this.counter.wrap(new FakeRange(this, a as number, column!, rows, columns), 'Range') as unknown as Range;
  }
  /** The range without counting a call (for the tests' own reading). */
  peek(row: number, column: number, rows: number, columns: number): FakeRange {
    return new FakeRange(this, row, column, rows, columns);
  }
  getDataRange(): Range {
    return this.getRange(1, 1, Math.max(1, this.getLastRow()), Math.max(1, this.getLastColumn()));
  }
  getLastRow(): number {
    let last = 0;
    for (const [key, cell] of this.cells) if (cell.value !== '' || cell.formula !== null) last = Math.max(last, Number(key.split(',')[0]));
    return last;
  }
  getLastColumn(): number {
    let last = 0;
    for (const [key, cell] of this.cells) if (cell.value !== '' || cell.formula !== null) last = Math.max(last, Number(key.split(',')[1]));
    return last;
  }
  getMaxRows(): number {
    return this.maxRows;
  }
  getMaxColumns(): number {
    return this.maxColumns;
  }
  insertRowsAfter(_after: number, count: number): Sheet {
    this.maxRows += count;
    return this as unknown as Sheet;
  }
  insertColumnsAfter(_after: number, count: number): Sheet {
    this.maxColumns += count;
    return this as unknown as Sheet;
  }
  deleteRows(row: number, count: number): void {
    for (const key of [...this.cells.keys()]) if (Number(key.split(',')[0]) >= row) this.cells.delete(key);
    this.maxRows -= count;
  }
  deleteColumns(column: number, count: number): void {
    for (const key of [...this.cells.keys()]) if (Number(key.split(',')[1]) >= column) this.cells.delete(key);
    this.maxColumns -= count;
  }
  setColumnWidth(column: number, width: number): Sheet {
    this.widths.set(column, width);
    return this as unknown as Sheet;
  }
  hideColumns(column: number, count = 1): void {
    for (let c = column; c < column + count; c++) this.hiddenColumns.add(c);
  }
  showColumns(column: number, count = 1): void {
    for (let c = column; c < column + count; c++) this.hiddenColumns.delete(c);
  }
  setFrozenRows(rows: number): void {
    this.frozenRows = rows;
  }
  setTabColor(_: string | null): Sheet {
    return this as unknown as Sheet;
  }
  getConditionalFormatRules(): Rule[] {
    return this.rules.map((rule) => this.counter.wrap(rule, 'ConditionalFormatRule')) as unknown as Rule[];
  }
  setConditionalFormatRules(rules: Rule[]): void {
    this.rules = (rules as unknown as FakeRule[]).map((rule) => this.counter.unwrap(rule));
  }
  clearConditionalFormatRules(): void {
    this.rules = [];
  }
  newChart(): GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder {
    const chart: FakeChart = { ranges: [], position: [0, 0], options: {} };
    const builder = {
      asBarChart: () => wrapped,
      addRange: (range: FakeRange) => (chart.ranges.push(range.getA1Notation()), wrapped),
      setPosition: (row: number, column: number) => ((chart.position = [row, column]), wrapped),
      setOption: (key: string, value: unknown) => ((chart.options[key] = value), wrapped),
      build: () => chart,
    };
    const wrapped = this.counter.wrap(builder, 'EmbeddedChartBuilder');
    return wrapped as unknown as GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder;
  }
  insertChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    this.charts.push(chart as unknown as FakeChart);
  }
  getCharts(): GoogleAppsScript.Spreadsheet.EmbeddedChart[] {
    return this.charts as unknown as GoogleAppsScript.Spreadsheet.EmbeddedChart[];
  }
  removeChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    this.charts = this.charts.filter((c) => c !== (chart as unknown));
  }
  clear(): Sheet {
    this.cells.clear();
    return this as unknown as Sheet;
  }
  clearContents(): Sheet {
    for (const cell of this.cells.values()) {
      cell.value = '';
      cell.formula = null;
    }
    return this as unknown as Sheet;
  }
  hideSheet(): Sheet {
    this.hidden = true;
    return this as unknown as Sheet;
  }
  isSheetHidden(): boolean {
    return this.hidden;
  }
  activate(): Sheet {
    this.spreadsheet.activeSheet = this;
    return this as unknown as Sheet;
  }
  /** Rows of formulas-or-values, 1-based inclusive bounds, for the tests. */
  contents(rows = this.getLastRow(), columns = this.getLastColumn()): unknown[][] {
    return rows === 0 || columns === 0 ? [] : this.peek(1, 1, rows, columns).contents();
  }
}

export class FakeSpreadsheet implements Pick<
  SS,
  'getSpreadsheetTimeZone' | 'getSpreadsheetLocale' | 'getSheets' | 'getSheetByName' | 'getActiveSheet' | 'insertSheet' | 'getNumSheets' | 'setNamedRange' | 'getRangeByName' | 'toast'
> {
  sheets: FakeSheet[] = [];
  activeSheet: FakeSheet | null = null;
  activeRange: string | null = null;
  readonly names = new Map<string, FakeRange>();
  readonly toasts: string[] = [];
  constructor(
    readonly counter: CallCounter,
    readonly timeZone = SHEET_ZONE,
    /** The spreadsheet's locale ("File → Settings"): how Sheets parses the formulas written to it. */
    readonly locale = 'en_US',
  ) {
    formulaParseError('', locale);
  }
  getSpreadsheetLocale(): string {
    return this.locale;
  }
  /** Adds a sheet without counting (the test's own setup). */
  addSheet(name: string, rows: readonly (readonly unknown[])[] = []): FakeSheet {
    const sheet = new FakeSheet(name, this).load(rows);
    this.sheets.push(sheet);
    this.activeSheet ??= sheet;
    return sheet;
  }
  sheet(name: string): FakeSheet {
    const sheet = this.sheets.find((candidate) => candidate.name === name);
    if (sheet === undefined) throw new Error(`no sheet ${name}; have ${this.sheets.map((s) => s.name).join(', ')}`);
    return sheet;
  }
  getSpreadsheetTimeZone(): string {
    return this.timeZone;
  }
  getSheets(): Sheet[] {
    return this.sheets.map((sheet) => this.counter.wrap(sheet, 'Sheet')) as unknown as Sheet[];
  }
  getSheetByName(name: string): Sheet | null {
    const sheet = this.sheets.find((candidate) => candidate.name === name);
    return sheet === undefined ? null : (this.counter.wrap(sheet, 'Sheet') as unknown as Sheet);
  }
  getActiveSheet(): Sheet {
    return this.counter.wrap(this.activeSheet ?? this.sheets[0]!, 'Sheet') as unknown as Sheet;
  }
  insertSheet(name?: any, index?: any): Sheet {
    if (this.sheets.some((sheet) => sheet.name.toLowerCase() === String(name).toLowerCase())) throw new Error(`A sheet with the name "${name}" already exists.`);
    const sheet = new FakeSheet(String(name), this);
    this.sheets.splice(typeof index === 'number' ? index : this.sheets.length, 0, sheet);
    this.activeSheet = sheet;
    return this.counter.wrap(sheet, 'Sheet') as unknown as Sheet;
  }
  getNumSheets(): number {
    return this.sheets.length;
  }
  setNamedRange(name: string, range: Range): void {
    this.names.set(name, this.counter.unwrap(range) as unknown as FakeRange);
  }
  getRangeByName(name: string): Range | null {
    const range = this.names.get(name);
    return range === undefined ? null : (this.counter.wrap(range, 'Range') as unknown as Range);
  }
  toast(message: string): void {
    this.toasts.push(message);
  }
}

export interface FakeMenu {
  title: string;
  items: { caption: string; functionName: string }[];
  separators: number;
}

/** Everything a test needs: the globals to put in the vm context and what they recorded. */
export function fakeServices(options: { htmlFiles: Record<string, string>; locale?: string }) {
  const counter = new CallCounter();
  const spreadsheet = new FakeSpreadsheet(counter, SHEET_ZONE, options.locale);
  const menus: FakeMenu[] = [];
  const alerts: string[] = [];
  const sidebars: { title: string; content: string }[] = [];
  const properties = new Map<string, string>();
  const lock = { held: false, busyElsewhere: false, waits: [] as number[] };

  const ui: Pick<GoogleAppsScript.Base.Ui, 'createMenu' | 'alert' | 'showSidebar'> & { ButtonSet: { OK: string } } = {
    ButtonSet: { OK: 'OK' },
    createMenu(title: string) {
      const menu: FakeMenu = { title, items: [], separators: 0 };
      const builder: Pick<GoogleAppsScript.Base.Menu, 'addItem' | 'addSeparator' | 'addToUi'> = {
        addItem: (caption: string, functionName: string) => (menu.items.push({ caption, functionName }), builder as GoogleAppsScript.Base.Menu),
        addSeparator: () => (menu.separators++, builder as GoogleAppsScript.Base.Menu),
        addToUi: () => void menus.push(menu),
      };
      return builder as GoogleAppsScript.Base.Menu;
    },
    alert(...args: unknown[]) {
      alerts.push(String(args.length >= 2 ? args[1] : args[0]));
      return 'OK' as unknown as GoogleAppsScript.Base.Button;
    },
    showSidebar(html: GoogleAppsScript.HTML.HtmlOutput) {
      const output = html as unknown as { title: string; content: string };
      sidebars.push({ title: output.title, content: output.content });
    },
  } as never;

  const ruleBuilder = () => {
    let formula: string | null = null;
    let background: string | null = null;
    let fontColor: string | null = null;
    let ranges: FakeRange[] = [];
    const builder = {
      whenFormulaSatisfied: (f: string) => (checkFormula(f, spreadsheet.locale), (formula = f), wrapped),
      setBackground: (color: string) => ((background = color), wrapped),
      setFontColor: (color: string) => ((fontColor = color), wrapped),
      setBold: () => wrapped,
      setGradientMinpoint: () => wrapped,
      setGradientMaxpoint: () => wrapped,
      setRanges: (r: FakeRange[]) => ((ranges = r.map((range) => counter.unwrap(range))), wrapped),
      build: () => new FakeRule(formula, background, fontColor, ranges, counter),
    };
    const wrapped = counter.wrap(builder, 'ConditionalFormatRuleBuilder');
    return wrapped as unknown as GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder;
  };
  const validationBuilder = () => {
    const rule: FakeValidation = { kind: 'date', choices: [], allowInvalid: true };
    const builder = {
      setAllowInvalid: (allow: boolean) => ((rule.allowInvalid = allow), wrapped),
      requireValueInList: (choices: string[]) => ((rule.kind = 'list'), (rule.choices = [...choices]), wrapped),
      requireDate: () => ((rule.kind = 'date'), wrapped),
      requireFormulaSatisfied: (formula: string) => (checkFormula(formula, spreadsheet.locale), (rule.kind = 'formula'), (rule.formula = formula), wrapped),
      setHelpText: () => wrapped,
      build: () => rule,
    };
    const wrapped = counter.wrap(builder, 'DataValidationBuilder');
    return wrapped as unknown as GoogleAppsScript.Spreadsheet.DataValidationBuilder;
  };

  const app: Pick<GoogleAppsScript.Spreadsheet.SpreadsheetApp, 'getActiveSpreadsheet' | 'getUi' | 'flush' | 'newConditionalFormatRule' | 'newDataValidation'> & {
    BooleanCriteria: { CUSTOM_FORMULA: string };
  } = {
    BooleanCriteria: { CUSTOM_FORMULA: 'CUSTOM_FORMULA' },
    getActiveSpreadsheet: () => counter.wrap(spreadsheet, 'Spreadsheet') as unknown as SS,
    getUi: () => ui as unknown as GoogleAppsScript.Base.Ui,
    flush: () => undefined,
    newConditionalFormatRule: ruleBuilder,
    newDataValidation: validationBuilder,
  } as never;

  const html: Pick<GoogleAppsScript.HTML.HtmlService, 'createHtmlOutputFromFile'> = {
    createHtmlOutputFromFile(name: string) {
      const content = options.htmlFiles[name];
      if (content === undefined) throw new Error(`No HTML file named ${name} was found.`);
      const output = {
        title: '',
        content,
        getContent: () => output.content,
        setContent: (text: string) => ((output.content = text), output),
        setTitle: (title: string) => ((output.title = title), output),
      };
      return output as unknown as GoogleAppsScript.HTML.HtmlOutput;
    },
  };

  const lockService: Pick<GoogleAppsScript.Lock.LockService, 'getDocumentLock'> = {
    getDocumentLock() {
      const documentLock: Pick<GoogleAppsScript.Lock.Lock, 'tryLock' | 'releaseLock'> = {
        tryLock: (ms: number) => {
          lock.waits.push(ms);
          if (lock.busyElsewhere || lock.held) return false;
          lock.held = true;
          return true;
        },
        releaseLock: () => void (lock.held = false),
      };
      return documentLock as GoogleAppsScript.Lock.Lock;
    },
  };

  const propertiesService: Pick<GoogleAppsScript.Properties.PropertiesService, 'getDocumentProperties'> = {
    getDocumentProperties() {
      const store: Pick<GoogleAppsScript.Properties.Properties, 'getProperty' | 'setProperty'> = {
        getProperty: (key: string) => properties.get(key) ?? null,
        setProperty: (key: string, value: string) => (properties.set(key, value), store as GoogleAppsScript.Properties.Properties),
      };
      return store as GoogleAppsScript.Properties.Properties;
    },
  };

  const utilities: Pick<GoogleAppsScript.Utilities.Utilities, 'formatDate'> = {
    formatDate(date: GoogleAppsScript.Base.Date, timeZone: string, format: string) {
      if (format !== 'yyyy-MM-dd') throw new Error(`fake formatDate knows only yyyy-MM-dd, not ${format}`);
      return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(date as unknown as Date);
    },
  };

  const session: Pick<GoogleAppsScript.Base.Session, 'getScriptTimeZone'> = { getScriptTimeZone: () => SHEET_ZONE };

  const globals = {
    SpreadsheetApp: counter.wrap(app, 'SpreadsheetApp'),
    HtmlService: html,
    LockService: lockService,
    PropertiesService: propertiesService,
    Utilities: utilities,
    Session: session,
  };
  return { globals, counter, spreadsheet, menus, alerts, sidebars, properties, lock };
}

export type FakeServices = ReturnType<typeof fakeServices>;
export type { GAS };
