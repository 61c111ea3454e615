import type ExcelJS from 'exceljs';
import { columnLetters } from '../../src/grid/address.js';
import type { Deadline } from '../../src/deadline/deadline.js';
import { PLAN_SHEET_COLUMNS, PROGRESS_CHOICES, planSheetColumn, type PlanSheetColumn } from '../../src/sheet/plan-sheet-layout.js';
import { HELPER_HEADERS, rowFormulas } from '../../src/sheet/row-formulas.js';
import type { RowFormulas, RowRefs, SettingsNames } from '../../src/sheet/sheet-formulas.js';
import { statusRuleFormulas } from '../../src/sheet/status-rule-formulas.js';
import { BODY_SIZE, dateValue, RULE_STYLES, STYLES, wrappedHeight } from './report-styles.js';
import { escapeFormula, rowSink, type SinkValue } from './row-sink.js';
import { dataValidations, finishSheet, frozenRows, PAGE_FOOTER, printSetup } from './sheet-setup.js';

/** What a tracking cell holds as written: text, a number, a real date, or nothing. */
export type CellContent = string | number | Date | null;

/** A section row of the plan sheet: "II" in STT, "CẢI CÁCH THỂ CHẾ" in Nhiệm vụ. */
export interface PlanSectionRow {
  readonly kind: 'section';
  readonly label: string;
  readonly title: string;
}

/** A task row: the values as written, the deadline the formulas encode, and the results cached for viewers that do not recalculate. */
export interface PlanTaskRow {
  readonly kind: 'task';
  /** The canonical columns up to and including the deadline text, and the four tracking columns. */
  readonly values: {
    readonly stt: string | number;
    readonly task: string;
    readonly deliverable: string;
    readonly lead: string;
    readonly coUnits: string;
    readonly deadline: string;
    readonly progress: CellContent;
    readonly completedOn: CellContent;
    readonly dueOverride: CellContent;
    readonly eventDate: CellContent;
  };
  /** The extra columns' texts, in the order of `PlanSheetInput.extraHeaders`. */
  readonly extra: readonly string[];
  readonly deadline: Deadline;
  readonly invalid: boolean;
  /** The due date and status label the core computed for today, cached in the formula cells. */
  readonly cachedDue: string | null;
  readonly cachedStatus: string;
  /** Wraps the formulas, e.g. to show nothing on an empty template row; identity by default. */
  readonly wrap?: (formulas: RowFormulas, refs: RowRefs) => { due: string; status: string };
}

export type PlanRow = PlanSectionRow | PlanTaskRow;

export interface PlanSheetInput {
  /** Row 1: the plan's title, which carries its year ("… NĂM 2026") so that re-reading finds it. */
  readonly title: string;
  readonly extraHeaders: readonly string[];
  readonly rows: Iterable<PlanRow>;
  readonly names: SettingsNames;
}

/** Row of the column headers; row 1 holds the title and row 2 stays empty (the reader takes the block above the header as the title). */
export const PLAN_HEADER_ROW = 3;

const PROGRESS_LIST = `"${PROGRESS_CHOICES.join(',')}"`;

/** The format of each column's cells on a task row. */
const TASK_STYLES: Readonly<Record<PlanSheetColumn['key'], Partial<ExcelJS.Style>>> = {
  stt: STYLES.centred,
  task: STYLES.text,
  deliverable: STYLES.text,
  lead: STYLES.text,
  coUnits: STYLES.text,
  deadline: STYLES.text,
  progress: STYLES.centred,
  completedOn: STYLES.date,
  dueOverride: STYLES.date,
  eventDate: STYLES.date,
  due: STYLES.date,
  status: STYLES.centred,
};

/**
 * The plan sheet: the canonical columns (PLAN_SHEET_COLUMNS), the plan's other columns, then the
 * hidden helper columns of the formulas at the far right. Header frozen, bold, with an autofilter;
 * section rows bold; task rows with a progress dropdown, date validation on the three date columns,
 * real dates shown dd/mm/yyyy, and the due-date and status formulas with their cached results.
 * Conditional formatting over the task rows colours overdue red, due soon amber, done green and
 * outlines invalid rows. A4 landscape, one page wide, header repeated.
 *
 * Written row by row and committed as it goes, so the same code serves exceljs' streaming writer
 * (a 165,000-task plan) and its in-memory workbook (when the user's workbook is kept).
 */
export function writePlanSheet(workbook: ExcelJS.Workbook, sheetName: string, input: PlanSheetInput): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(sheetName, {
    views: frozenRows(PLAN_HEADER_ROW),
    pageSetup: printSetup('landscape', `${PLAN_HEADER_ROW}:${PLAN_HEADER_ROW}`),
    headerFooter: PAGE_FOOTER,
    properties: { tabColor: { argb: 'FF2F5597' } },
  });
  const extraCount = input.extraHeaders.length;
  const visibleCount = PLAN_SHEET_COLUMNS.length + extraCount;
  const helperCount = HELPER_HEADERS.length;
  const widths = [...PLAN_SHEET_COLUMNS.map(({ key, width }) => printWidth(key, width)), ...input.extraHeaders.map(extraWidth)];
  sheet.columns = [...widths.map((width) => ({ width })), ...HELPER_HEADERS.map(() => ({ width: 12, hidden: true }))];

  const letter = (key: PlanSheetColumn['key']) => columnLetters(planSheetColumn(key));
  const lastVisible = columnLetters(visibleCount - 1);
  const firstHelper = columnLetters(visibleCount);
  const refsOf = (row: number): RowRefs => ({
    row,
    progress: letter('progress'),
    completedOn: letter('completedOn'),
    dueOverride: letter('dueOverride'),
    eventDate: letter('eventDate'),
    due: letter('due'),
    firstHelper,
  });

  const title = sheet.addRow([input.title]);
  title.getCell(1).style = STYLES.title;
  sheet.mergeCells(1, 1, 1, visibleCount);
  title.height = wrappedHeight([{ text: input.title, width: widths.reduce((sum, width) => sum + width, 0) }], 14);
  title.commit();
  sheet.addRow([]).commit();

  const header = sheet.addRow([...PLAN_SHEET_COLUMNS.map((column) => column.header), ...input.extraHeaders, ...HELPER_HEADERS]);
  for (let column = 1; column <= visibleCount; column++) header.getCell(column).style = STYLES.header;
  for (let column = visibleCount + 1; column <= visibleCount + helperCount; column++) header.getCell(column).style = STYLES.helperHeader;
  header.height = wrappedHeight(
    [...PLAN_SHEET_COLUMNS.map(({ header: text }) => text), ...input.extraHeaders].map((text, index) => ({ text, width: widths[index]! })),
    BODY_SIZE + 1,
  );
  header.commit();

  const taskStyles = [...PLAN_SHEET_COLUMNS.map(({ key }) => TASK_STYLES[key]), ...input.extraHeaders.map(() => STYLES.text)];
  const widthOf = (key: PlanSheetColumn['key']) => widths[planSheetColumn(key)]!;

  const formulasOf = rowFormulasByShape(refsOf, input.names);
  const first = PLAN_HEADER_ROW + 1;
  const rows = rowSink(workbook, sheet, first);
  const sectionStyles = [
    ...PLAN_SHEET_COLUMNS.map(({ key }) => (key === 'stt' ? STYLES.sectionLabel : key === 'task' ? STYLES.sectionTitle : STYLES.sectionCell)),
    ...input.extraHeaders.map(() => STYLES.sectionCell),
  ];
  let next = first;
  for (const item of input.rows) {
    if (item.kind === 'section') {
      const section: SinkValue[] = PLAN_SHEET_COLUMNS.map(({ key }) => (key === 'stt' ? item.label : key === 'task' ? item.title : undefined));
      rows.write(section, sectionStyles, wrappedHeight([{ text: item.title, width: widthOf('task') }], BODY_SIZE + 1));
      next++;
      continue;
    }
    // A writer that writes the row XML itself takes the formulas escaped, as worked out once per deadline.
    const escaped = rows.escapesFormulas && item.wrap === undefined;
    const formulas = formulasOf(item.deadline, item.invalid, next, escaped);
    const { due, status } = item.wrap ? item.wrap(formulas, refsOf(next)) : formulas;
    const { values } = item;
    const byKey: Record<PlanSheetColumn['key'], SinkValue> = {
      stt: values.stt,
      task: orNull(values.task),
      deliverable: orNull(values.deliverable),
      lead: orNull(values.lead),
      coUnits: orNull(values.coUnits),
      deadline: orNull(values.deadline),
      progress: values.progress,
      completedOn: values.completedOn,
      dueOverride: values.dueOverride,
      eventDate: values.eventDate,
      due: { formula: due, result: item.cachedDue === null ? '' : dateValue(item.cachedDue), escaped },
      status: { formula: status, result: item.cachedStatus, escaped },
    };
    const cells: SinkValue[] = [
      ...PLAN_SHEET_COLUMNS.map(({ key }) => byKey[key]),
      ...item.extra.map(orNull),
      // An empty helper is no cell at all (undefined): a cell holding null would still be written.
      ...formulas.helpers.map((value) => value ?? undefined),
    ];
    // Helper cells keep the default format, given as one shared object: exceljs recognises a format it
    // has seen by the object, and works out a fresh one for each new object.
    const styles = [...taskStyles, ...formulas.helpers.map((value) => (value === null ? null : STYLES.plain))];
    const height = wrappedHeight([
      { text: values.task, width: widthOf('task') },
      { text: values.deliverable, width: widthOf('deliverable') },
      { text: values.lead, width: widthOf('lead') },
      { text: values.coUnits, width: widthOf('coUnits') },
      { text: values.deadline, width: widthOf('deadline') },
      { text: typeof values.progress === 'string' ? values.progress : '', width: widthOf('progress') },
      { text: item.cachedStatus, width: widthOf('status') },
      ...item.extra.map((text, index) => ({ text, width: widths[PLAN_SHEET_COLUMNS.length + index]! })),
    ]);
    rows.write(cells, styles, height);
    next++;
  }

  const last = next - 1;
  sheet.autoFilter = `A${PLAN_HEADER_ROW}:${lastVisible}${Math.max(last, PLAN_HEADER_ROW)}`;
  if (last >= first) {
    addValidations(sheet, first, last, letter);
    addStatusColours(sheet, `A${first}:${lastVisible}${last}`, letter('status'), first);
  }
  finishSheet(sheet);
  return sheet;
}

function addValidations(sheet: ExcelJS.Worksheet, first: number, last: number, letter: (key: 'progress' | 'completedOn' | 'dueOverride' | 'eventDate') => string): void {
  const validations = dataValidations(sheet);
  const progress = letter('progress');
  validations.add(`${progress}${first}:${progress}${last}`, {
    type: 'list',
    allowBlank: true,
    formulae: [PROGRESS_LIST],
    showErrorMessage: true,
    errorStyle: 'warning',
    errorTitle: 'Tình trạng',
    error: `Nên chọn một trong: ${PROGRESS_CHOICES.join(', ')}. Vẫn giữ nội dung đã gõ?`,
  });
  const dateRule: ExcelJS.DataValidation = {
    type: 'date',
    operator: 'between',
    allowBlank: true,
    formulae: [dateValue('1990-01-01'), dateValue('2099-12-31')],
    showErrorMessage: true,
    errorStyle: 'stop',
    errorTitle: 'Cần một ngày',
    error: 'Hãy nhập một ngày, ví dụ 15/06/2026 (hoặc 2026-06-15).',
  };
  for (const key of ['completedOn', 'dueOverride', 'eventDate'] as const) {
    validations.add(`${letter(key)}${first}:${letter(key)}${last}`, dateRule);
  }
}

/**
 * The status colours as the spreadsheet's own conditional formatting, so they stay true on days the
 * tool is not run: one rule per look over the task rows, driven by the status column.
 */
function addStatusColours(sheet: ExcelJS.Worksheet, ref: string, statusColumn: string, firstRow: number): void {
  const formulas = statusRuleFormulas(statusColumn, firstRow);
  const rules: [keyof typeof RULE_STYLES, string][] = [
    ['invalid', formulas.invalid],
    ['overdue', formulas.overdue],
    ['dueSoon', formulas.dueSoon],
    ['done', formulas.done],
  ];
  sheet.addConditionalFormatting({
    ref,
    rules: rules.map(([look, formula], index) => ({
      type: 'expression',
      priority: index + 1,
      formulae: [formula],
      style: RULE_STYLES[look] as Partial<ExcelJS.Style>,
    })),
  });
}

/** An empty text is no value: the cell keeps only its format. */
function orNull(text: string): string | null {
  return text === '' ? null : text;
}

/**
 * A column's width on the sheet: four fifths of the layout's, so that the table, fitted to one page
 * wide, prints on A4 landscape at a size one can read (about 8 points rather than 5); the row number
 * keeps its width and a date column room for "31/12/2026".
 */
function printWidth(key: string, width: number): number {
  if (key === 'stt') return width;
  return Math.max(DATE_WIDTH, Math.round(width * 0.8 * 10) / 10);
}

const DATE_WIDTH = 10.5;

/** An extra column's width: its header's length, within 12 and 24. */
function extraWidth(header: string): number {
  return Math.min(24, Math.max(12, [...header].length + 2));
}

/** A row number no plan reaches, stood in for the row while a deadline's formulas are worked out once. */
const STAND_IN_ROW = 1_048_575;
/** The stand-in row in a cell reference ("K1048575", "$L1048575"): always right after the column letters. */
const STAND_IN_REFERENCE = new RegExp(`(?<=[A-Z])${STAND_IN_ROW}(?!\\d)`, 'g');
const SHAPES_KEPT = 10_000;

/** A row's formulas, plain or already escaped for XML (for a writer that writes the XML itself). */
export type RowFormulasAt = (deadline: Deadline, invalid: boolean, row: number, escaped?: boolean) => RowFormulas;

/**
 * `rowFormulas` for row after row, worked out once for each distinct deadline. A row's formulas are
 * its deadline's, with the row's own number in the cell references: a plan of 165,000 tasks has a
 * few hundred distinct deadlines, and building the formula tree for each row took most of the time.
 * Each deadline's formulas are kept cut at the row numbers, and a row's are the pieces joined by its
 * number; escaped for XML once, if asked.
 */
export function rowFormulasByShape(refsOf: (row: number) => RowRefs, names: SettingsNames): RowFormulasAt {
  const shapes = new Map<string, Shape>();
  return (deadline, invalid, row, escaped = false) => {
    const key = `${invalid ? 1 : 0}${JSON.stringify(deadline)}`;
    let shape = shapes.get(key);
    if (shape === undefined) {
      const formulas = rowFormulas(deadline, invalid, refsOf(STAND_IN_ROW), names);
      const pieces = (formula: string) => formula.split(STAND_IN_REFERENCE);
      shape = {
        helpers: formulas.helpers,
        plain: { due: pieces(formulas.due), status: pieces(formulas.status) },
        escaped: { due: pieces(escapeFormula(formulas.due)), status: pieces(escapeFormula(formulas.status)) },
      };
      if (shapes.size >= SHAPES_KEPT) shapes.clear();
      shapes.set(key, shape);
    }
    const at = String(row);
    const { due, status } = escaped ? shape.escaped : shape.plain;
    return { helpers: shape.helpers, due: due.join(at), status: status.join(at) };
  };
}

interface Shape {
  readonly helpers: RowFormulas['helpers'];
  readonly plain: { readonly due: string[]; readonly status: string[] };
  readonly escaped: { readonly due: string[]; readonly status: string[] };
}
