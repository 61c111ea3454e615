import { TAB_COLOURS } from './palette.js';
import type { IsoDate } from '../dates/calendar-date.js';
import type { Deadline } from '../deadline/deadline.js';
import { PLAN_SHEET_COLUMNS, PROGRESS_CHOICES, planSheetColumn } from '../sheet/plan-sheet-layout.js';
import { planSheetLetter, planSheetRowRefs } from '../sheet/plan-sheet-refs.js';
import { DEFAULT_SETTINGS_NAMES, HELPER_HEADERS } from '../sheet/row-formulas.js';
import type { RowFormulas, RowRefs } from '../sheet/sheet-formulas.js';
import { statusRuleFormulas } from '../sheet/status-rule-formulas.js';
import { judgedOnNote, judgedOnNoteText } from './judged-on-note.js';
import { BODY_SIZE, wrappedHeight } from './row-height.js';
import { rowFormulasByShape } from './row-formulas-by-shape.js';
import { cellRange, SheetModelBuilder } from './sheet-model-builder.js';
import type { CellContent, CellLook, CellRange, ConditionalRule, DetailedSheetModel, LookVariant, Validation, ValidationMessage } from './sheet-model.js';

/** A section row of the plan sheet: "II" in STT, "CẢI CÁCH THỂ CHẾ" in Nhiệm vụ. */
export interface PlanSectionRow {
  readonly kind: 'section';
  readonly label: string;
  readonly title: string;
}

/** A tracking cell as written: text, a number, a real date, or nothing. */
export type TrackingContent = string | number | { readonly date: string } | null;

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
    readonly progress: TrackingContent;
    readonly completedOn: TrackingContent;
    readonly dueOverride: TrackingContent;
    readonly eventDate: TrackingContent;
  };
  /** The extra columns' texts, in the order of `PlanTableInput.extraHeaders`. */
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

export interface PlanTableInput {
  readonly name: string;
  /** Row 1: the plan's title, which carries its year ("… NĂM 2026") so that re-reading finds it. */
  readonly title: string;
  /** The day the cached statuses were judged on, cached in the note under the title; null: none cached (a blank template). */
  readonly judgedOn: IsoDate | null;
  readonly extraHeaders: readonly string[];
  readonly rows: Iterable<PlanRow>;
}

/**
 * 0-based row of the column headers; row 0 holds the title and row 1 the note on the day the statuses
 * are judged (the reader takes the block above the header as the title, and passes over the note).
 */
export const PLAN_HEADER_ROW_INDEX = 2;

/** The dropdown's warning, and the date columns' refusal. */
export const PROGRESS_MESSAGE = {
  title: 'Tình trạng',
  message: `Nên chọn một trong: ${PROGRESS_CHOICES.join(', ')}. Vẫn giữ nội dung đã gõ?`,
  warnOnly: true,
} as const;
export const DATE_MESSAGE = { title: 'Cần một ngày', message: 'Hãy nhập một ngày, ví dụ 15/06/2026 (hoặc 2026-06-15).', warnOnly: false } as const;

type Look = readonly [CellLook, LookVariant?];
const TASK_LOOKS: readonly Look[] = [
  ['body', 'centred'], // STT
  ['body'], // Nhiệm vụ
  ['body'], // Sản phẩm
  ['body'], // Cơ quan chủ trì
  ['body'], // Cơ quan phối hợp
  ['body'], // Thời gian hoàn thành
  ['body', 'centred'], // Tình trạng
  ['date'], // Ngày hoàn thành
  ['date'], // Hạn cụ thể
  ['date'], // Ngày bắt đầu tính hạn
  ['date'], // Hạn (tự tính)
  ['body', 'centred'], // Trạng thái (tự tính)
];

/**
 * The plan sheet in the product's layout (the report's "Theo dõi CCHC", the blank template): the
 * title, the note on the day the statuses are judged (`judgedOnNote`), the header; the canonical columns (PLAN_SHEET_COLUMNS), the plan's other
 * columns, then the hidden helper columns of the formulas at the far right. Header frozen, with an
 * autofilter; section rows bold; task rows with the due-date and status formulas (results cached),
 * and over the table's rows under the header (none when there is no task) a progress dropdown, date
 * validation on the three date columns and the status colours (overdue red, due soon amber, done
 * green, invalid outlined; a section row has no status, so no colour). A4 landscape, one page wide,
 * the header repeated.
 */
export function planTableModel(input: PlanTableInput): DetailedSheetModel {
  const extraCount = input.extraHeaders.length;
  const visibleCount = PLAN_SHEET_COLUMNS.length + extraCount;
  const widths = [...PLAN_SHEET_COLUMNS.map(({ key, width }) => printWidth(key, width)), ...input.extraHeaders.map(extraWidth)];
  const sheet = new SheetModelBuilder(input.name, [...widths, ...HELPER_HEADERS.map(() => HELPER_WIDTH)], TAB_COLOURS.plan, 'landscape');

  const refsOf = (row: number): RowRefs => planSheetRowRefs(row, visibleCount);

  const title = sheet.addRow([input.title], wrappedHeight([{ text: input.title, width: widths.reduce((sum, width) => sum + width, 0) }], 14));
  sheet.look(cellRange(title, 0), 'title').merge(cellRange(title, 0, title, visibleCount - 1));
  // Every day is written in ten characters: any day sizes the note's row.
  const noteText = judgedOnNoteText(input.judgedOn ?? '2000-01-01');
  const note = sheet.addRow([judgedOnNote(input.judgedOn)], wrappedHeight([{ text: noteText, width: widths.reduce((sum, width) => sum + width, 0) }]));
  sheet.look(cellRange(note, 0), 'note').merge(cellRange(note, 0, note, visibleCount - 1));
  const headers = [...PLAN_SHEET_COLUMNS.map((column) => column.header), ...input.extraHeaders];
  const header = sheet.addRow(
    [...headers, ...HELPER_HEADERS],
    wrappedHeight(
      headers.map((text, index) => ({ text, width: widths[index]! })),
      BODY_SIZE + 1,
    ),
  );
  sheet.look(cellRange(header, 0, header, visibleCount - 1), 'header').look(cellRange(header, visibleCount, header, visibleCount + HELPER_HEADERS.length - 1), 'helper');

  const taskLooks = [...TASK_LOOKS, ...input.extraHeaders.map((): Look => ['body'])];
  const formulasOf = rowFormulasByShape(refsOf, DEFAULT_SETTINGS_NAMES);
  let hasTasks = false;
  for (const item of input.rows) {
    if (item.kind === 'section') {
      const row = sheet.addRow([item.label, item.title], wrappedHeight([{ text: item.title, width: widths[1]! }], BODY_SIZE + 1));
      sheet.look(cellRange(row, 0), 'section', 'centred').look(cellRange(row, 1, row, visibleCount - 1), 'section');
      continue;
    }
    const index = sheet.next;
    const formulas = formulasOf(item.deadline, item.invalid, index + 1);
    const { due, status } = item.wrap ? item.wrap(formulas, refsOf(index + 1)) : formulas;
    const { values } = item;
    const cells: CellContent[] = [
      values.stt,
      orNull(values.task),
      orNull(values.deliverable),
      orNull(values.lead),
      orNull(values.coUnits),
      orNull(values.deadline),
      values.progress,
      values.completedOn,
      values.dueOverride,
      values.eventDate,
      { formula: due, result: item.cachedDue === null ? '' : { date: item.cachedDue } },
      { formula: status, result: item.cachedStatus },
      ...item.extra.map(orNull),
      ...formulas.helpers,
    ];
    const height = wrappedHeight([
      { text: values.task, width: widths[1]! },
      { text: values.deliverable, width: widths[2]! },
      { text: values.lead, width: widths[3]! },
      { text: values.coUnits, width: widths[4]! },
      { text: values.deadline, width: widths[5]! },
      { text: typeof values.progress === 'string' ? values.progress : '', width: widths[6]! },
      { text: item.cachedStatus, width: widths[11]! },
      ...item.extra.map((text, extra) => ({ text, width: widths[PLAN_SHEET_COLUMNS.length + extra]! })),
    ]);
    sheet.addRow(cells, height);
    sheet.lookRow(index, taskLooks);
    hasTasks = true;
  }

  // The table's rows under the header: section rows among them have no status, so no colour.
  const firstRow = PLAN_HEADER_ROW_INDEX + 1;
  const lastRow = sheet.next - 1;
  const column = (key: Parameters<typeof planSheetColumn>[0]) => cellRange(firstRow, planSheetColumn(key), lastRow, planSheetColumn(key));
  const validations: Validation[] = hasTasks
    ? [
        { range: column('progress'), kind: 'list', choices: PROGRESS_CHOICES },
        ...(['completedOn', 'dueOverride', 'eventDate'] as const).map((key): Validation => ({ range: column(key), kind: 'date' })),
      ]
    : [];
  const messages: ValidationMessage[] = validations.map((validation) => ({ range: validation.range, ...(validation.kind === 'list' ? PROGRESS_MESSAGE : DATE_MESSAGE) }));
  return sheet.build({
    frozenRows: PLAN_HEADER_ROW_INDEX + 1,
    printTitleRows: { top: PLAN_HEADER_ROW_INDEX, bottom: PLAN_HEADER_ROW_INDEX },
    hiddenColumns: HELPER_HEADERS.map((_, index) => visibleCount + index),
    autoFilter: cellRange(PLAN_HEADER_ROW_INDEX, 0, Math.max(lastRow, PLAN_HEADER_ROW_INDEX), visibleCount - 1),
    validations,
    validationMessages: messages,
    rules: hasTasks ? statusRules(cellRange(firstRow, 0, lastRow, visibleCount - 1), planSheetLetter('status')) : [],
  });
}

/**
 * The status colours over a range, driven by the status column: one rule per look, the invalid
 * outline first, then overdue, due soon and done.
 */
export function statusRules(range: CellRange, statusLetter: string): ConditionalRule[] {
  const formulas = statusRuleFormulas(statusLetter, range.top + 1);
  return (['invalid', 'overdue', 'dueSoon', 'done'] as const).map((look) => ({ range, formula: formulas[look], look }));
}

/** Width of a hidden helper column. */
export const HELPER_WIDTH = 12;

/** An empty text is no value: the cell keeps only its look. */
function orNull(text: string): string | null {
  return text === '' ? null : text;
}

/**
 * A column's width on the sheet: four fifths of the layout's, so that the table, fitted to one page
 * wide, prints on A4 landscape at a size one can read (about 8 points rather than 5); the row number
 * keeps its width and a date column room for "31/12/2026".
 */
export function printWidth(key: string, width: number): number {
  if (key === 'stt') return width;
  return Math.max(DATE_WIDTH, Math.round(width * 0.8 * 10) / 10);
}

const DATE_WIDTH = 10.5;

/** An extra column's width: its header's length, within 12 and 24. */
function extraWidth(header: string): number {
  return Math.min(24, Math.max(12, [...header].length + 2));
}
