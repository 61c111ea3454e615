import { cellAddress } from '../grid/address.js';
import type { CellValue } from '../grid/cell-value.js';
import { finding, type Finding } from '../findings/finding.js';
import type { ColumnKey, ExtraColumn, Part, ProgressColumn, Section, SubSection } from '../plan/plan.js';
import { foldWords } from '../text/fold.js';
import { isColumnNumbers, type FoundHeader } from './find-task-table.js';
import { textAt } from './grid-text.js';
import { isNumberedUnder, numberForm, readNumberedTitle, readRomanDotted } from './heading-label.js';
import { joinContinuation } from './join-continuation.js';
import { matchHeader } from './match-header.js';
import { readPartLabel } from './part-label.js';
import { readSectionLabel } from './section-label.js';
import { readSttLabel } from './stt-label.js';

/** A task as read from its rows, before units are split and the row is validated. */
export interface RawTask {
  readonly row: number;
  readonly continuationRows: number[];
  stt: string;
  readonly section: string | null;
  readonly subsections: readonly SubSection[];
  readonly text: Partial<Record<ColumnKey, string>>;
  readonly values: Partial<Record<ColumnKey, CellValue>>;
  readonly extra: Record<string, string>;
}

export interface TableRows {
  readonly sections: Section[];
  readonly parts: Part[];
  readonly subsections: SubSection[];
  readonly tasks: RawTask[];
  readonly issues: Finding[];
}

const TEXT_KEYS = ['task', 'deliverable', 'lead', 'coUnits', 'deadline'] as const;
const PROGRESS_KEYS: readonly ProgressColumn[] = ['progress', 'completedOn', 'dueOverride', 'eventDate'];
const CONTENT_KEYS = [...TEXT_KEYS, ...PROGRESS_KEYS] as const;

type At = (row: number, key: ColumnKey) => string;

/** A row that opens a part or a section: its label, title, and the cells that hold them. */
interface Opening {
  readonly kind: 'part' | 'section';
  readonly label: string;
  readonly written: string;
  readonly title: string;
  /** Whether the label stands in the STT column (then other text on the row is stray, not the title). */
  readonly inSttColumn: boolean;
  /** Columns whose text is the label or the title. */
  readonly used: readonly number[];
  /** "PHẦN I": a part when the table also has plain Roman sections. */
  readonly romanPart: boolean;
}

type MutableSubSection = { -readonly [K in keyof SubSection]: SubSection[K] };

/**
 * Walks the table below its header: parts ("A", "PHẦN I"), section rows (Roman numerals), heading rows
 * inside a section ("1.1", "III.2", "a)" with a title and no lead or deadline, when the rows below
 * are numbered under them), tasks, continuation rows (a task's text carried onto the next page, even
 * right after a repeated header), headers and column numbers repeated at page breaks, blank lines.
 * Nothing here throws: a row it cannot place becomes a warning and the walk goes on.
 */
export function readTableRows(
  texts: readonly (readonly string[])[],
  values: readonly (readonly CellValue[])[],
  header: FoundHeader,
  columns: Partial<Record<ColumnKey, number>>,
  extraColumns: readonly ExtraColumn[],
): TableRows {
  const sections: Section[] = [];
  const parts: Part[] = [];
  const subsections: SubSection[] = [];
  const tasks: RawTask[] = [];
  const issues: Finding[] = [];
  const at: At = (row, key) => (columns[key] === undefined ? '' : textAt(texts, row, columns[key]!));
  const sttColumn = columns.stt ?? firstColumn(columns);
  const taskColumn = columns.task ?? -1;
  const romanParts = hasPlainRomanSections(texts, header.firstDataRow, sttColumn, taskColumn, at);

  // Section keys in use, each with its folded title, and how many sections each label has opened.
  const titleOfKey = new Map<string, string>();
  const keysOfLabel = new Map<string, string[]>();
  const uniqueKey = (label: string, title: string) => {
    const keys = keysOfLabel.get(label) ?? [];
    let key = label;
    for (let count = keys.length + 1; titleOfKey.has(key); count++) key = `${label} (${count})`;
    titleOfKey.set(key, title);
    keysOfLabel.set(label, [...keys, key]);
    return key;
  };
  /**
   * A numeral seen again under the same title is the same section (a consolidated plan repeats
   * "I. Chỉ đạo điều hành" for every commune); under another title, it is another section, "I (2)".
   */
  const sectionKey = (label: string, title: string) => {
    const folded = foldWords(title);
    const same = keysOfLabel.get(label)?.find((key) => titleOfKey.get(key) === folded);
    return same ?? uniqueKey(label, folded);
  };

  let part = null as Part | null;
  let partSection: string | null = null;
  let section: string | null = null;
  let headings: MutableSubSection[] = [];
  let headingForms: string[] = [];
  let last = null as RawTask | null;
  let lastHeading = null as MutableSubSection | null;

  const enterSection = (key: string | null) => {
    section = key;
    headings = [];
    headingForms = [];
    last = null;
    lastHeading = null;
  };
  /** Tasks right under a part (no Roman section yet) belong to the part, which then counts as a section. */
  const sectionForTask = (): string | null => {
    if (part === null || section !== null) return section;
    partSection ??= uniqueKey(part.label, `\u0000part ${part.row}`);
    sections.push({ label: partSection, title: part.title, row: part.row, part: part.label, numeral: '' });
    section = partSection;
    return section;
  };
  const openHeading = (label: string, title: string, row: number) => {
    const form = numberForm(label);
    let level = headingForms.indexOf(form);
    if (level < 0) level = headingForms.push(form) - 1;
    headings = headings.filter((heading) => heading.level <= level);
    const heading: MutableSubSection = { label, title, row: row + 1, section: sectionForTask(), level: level + 1 };
    headings.push(heading);
    subsections.push(heading);
    last = null;
    lastHeading = heading;
  };
  const addTask = (row: number, stt: string) => {
    const level = headingForms.indexOf(numberForm(stt));
    if (level >= 0) headings = headings.filter((heading) => heading.level <= level);
    last = newTask(row, stt, sectionForTask(), [...headings], at, values, columns, texts[row]!, extraColumns);
    lastHeading = null;
    tasks.push(last);
  };
  const isBare = (row: number) => at(row, 'lead') === '' && at(row, 'deadline') === '';
  /**
   * Right below a task, a bare numbered row of a new form is a sub-item of that task ("1" then "a)",
   * "b)" whose lead cells Word merged), not a heading; it may open a heading only in a form this
   * section already uses for headings ("2" after the tasks of heading "1").
   */
  const mayOpenHeading = (label: string) => last === null || headingForms.includes(numberForm(label));

  for (let row = header.firstDataRow; row < texts.length; row++) {
    const cells = texts[row]!;
    const filled = cells.filter((text) => text !== '').length;
    if (filled === 0 || isColumnNumbers(cells)) continue;
    const sttText = textAt(texts, row, sttColumn);
    const dotted = readRomanDotted(sttText);
    const stt = dotted === null ? readSttLabel(sttText) : null;
    if (stt === null && isHeaderRepeat(cells, header, columns)) continue;

    if (stt === null) {
      if (dotted !== null) {
        if (isBare(row)) openHeading(dotted.label, dotted.title || at(row, 'task'), row);
        else addTask(row, dotted.label);
        continue;
      }
      const opened = openingOf(cells, sttColumn, taskColumn, isBare(row));
      if (opened?.kind === 'part' && opened.written === opened.label && !isBare(row)) {
        addTask(row, opened.label); // "A", "B" with a lead and a deadline: tasks lettered in capitals, not parts
        continue;
      }
      if (opened !== null) {
        strayText(row, cells, opened, last, columns, extraColumns, issues);
        if (opened.kind === 'part' && (!opened.romanPart || romanParts)) {
          part = { label: opened.label, written: opened.written, title: opened.title, row: row + 1 };
          parts.push(part);
          partSection = null;
          enterSection(null);
        } else {
          const key = sectionKey(part === null ? opened.label : `${part.label}.${opened.label}`, opened.title);
          sections.push({
            label: key,
            title: opened.title,
            row: row + 1,
            ...(part === null ? {} : { part: part.label }),
            ...(key === opened.label ? {} : { numeral: opened.label }),
          });
          enterSection(key);
        }
        continue;
      }
      const inline = at(row, 'task') === '' ? readNumberedTitle(sttText) : null;
      if (inline !== null && isBare(row) && mayOpenHeading(inline.label) && headingFollows(texts, row, inline.label, sttColumn, taskColumn, header, columns, at)) {
        openHeading(inline.label, inline.title, row);
        continue;
      }
    }

    if (stt === null && sttText === '') {
      const complete = at(row, 'task') !== '' && at(row, 'lead') !== '' && at(row, 'deadline') !== '';
      if (!complete && last !== null) {
        continueTask(last, row, at, cells, extraColumns);
        continue;
      }
      if (!complete && lastHeading !== null) {
        const more = at(row, 'task');
        if (more !== '') lastHeading.title = joinContinuation(lastHeading.title, more);
        continue;
      }
      if (!complete && filled === 1) continue;
      if (!complete) {
        issues.push(finding('ROW_NOT_UNDERSTOOD', cellAddress(row, firstFilled(cells)), { row: row + 1, text: cells.find((t) => t !== '') ?? '' }));
        continue;
      }
    } else if (stt === null) {
      if (filled > 1) issues.push(finding('ROW_NOT_UNDERSTOOD', cellAddress(row, sttColumn), { row: row + 1, text: sttText }));
      continue;
    }

    if (stt !== null && CONTENT_KEYS.every((key) => at(row, key) === '')) continue; // a numbered row left blank, as in the template
    if (stt !== null && isBare(row) && at(row, 'task') !== '' && mayOpenHeading(stt) && headingFollows(texts, row, stt, sttColumn, taskColumn, header, columns, at)) {
      openHeading(stt, at(row, 'task'), row);
      continue;
    }
    addTask(row, stt ?? '');
  }
  return { sections, parts, subsections, tasks, issues };
}

/**
 * Whether a numbered row with a title and no lead or deadline heads the rows below it: the next
 * numbered row is numbered under it ("1.1" under "1") or in another form ("1" under "a)", "a)" under
 * "1", an unnumbered task). A next row in the same form ("2" after "1"), a section or the table's end
 * make it a task whose lead and deadline are missing.
 */
function headingFollows(
  texts: readonly (readonly string[])[],
  from: number,
  label: string,
  sttColumn: number,
  taskColumn: number,
  header: FoundHeader,
  columns: Partial<Record<ColumnKey, number>>,
  at: At,
): boolean {
  const under = (next: string) => isNumberedUnder(next, label) || numberForm(next) !== numberForm(label);
  for (let row = from + 1; row < texts.length; row++) {
    const cells = texts[row]!;
    if (cells.every((text) => text === '') || isColumnNumbers(cells)) continue;
    const sttText = textAt(texts, row, sttColumn);
    const dotted = readRomanDotted(sttText);
    if (dotted !== null) return under(dotted.label);
    const stt = readSttLabel(sttText);
    if (stt !== null) {
      if (CONTENT_KEYS.every((key) => at(row, key) === '')) continue;
      return under(stt);
    }
    if (isHeaderRepeat(cells, header, columns)) continue;
    const bare = at(row, 'lead') === '' && at(row, 'deadline') === '';
    if (openingOf(cells, sttColumn, taskColumn, bare) !== null) return false;
    const inline = sttText === '' ? null : readNumberedTitle(sttText);
    if (inline !== null) return under(inline.label);
    if (sttText === '' && at(row, 'task') !== '' && at(row, 'lead') !== '' && at(row, 'deadline') !== '') return true;
  }
  return false;
}

/**
 * A row opening a part or a section. With the label in the STT column the row is one whatever else
 * it holds (stray text is handled apart); with the STT cell empty, the first filled cell must open it
 * and the row must have no lead or deadline, as a task's continuation line never opens a section.
 */
function openingOf(cells: readonly string[], sttColumn: number, taskColumn: number, bare: boolean): Opening | null {
  const inSttColumn = (cells[sttColumn] ?? '') !== '';
  if (!inSttColumn && !bare) return null;
  const column = inSttColumn ? sttColumn : firstFilled(cells);
  const text = cells[column] ?? '';
  const partLabel = readPartLabel(text);
  const sectionLabel = partLabel === null ? readSectionLabel(text) : null;
  const label = partLabel ?? (sectionLabel && { ...sectionLabel, written: sectionLabel.label, roman: false });
  if (!label) return null;
  let title = label.title;
  const used = [column];
  if (title === '') {
    const titleColumn = (cells[taskColumn] ?? '') !== '' && taskColumn !== column ? taskColumn : cells.findIndex((t, c) => c !== column && t !== '');
    if (titleColumn >= 0) {
      title = cells[titleColumn]!;
      used.push(titleColumn);
    }
  }
  return {
    kind: partLabel === null ? 'section' : 'part',
    label: label.label,
    written: label.written,
    title,
    inSttColumn,
    used,
    romanPart: partLabel?.roman ?? false,
  };
}

/**
 * Text on a section or part row outside its label and title: a converter pushed the end of the task
 * above's cell down onto it. It is joined back to that task, with a warning; with no task above it is
 * left out, also with a warning. A cell repeating the label or title (a merged row) is not stray.
 */
function strayText(
  row: number,
  cells: readonly string[],
  opened: Opening,
  last: RawTask | null,
  columns: Partial<Record<ColumnKey, number>>,
  extraColumns: readonly ExtraColumn[],
  issues: Finding[],
): void {
  if (!opened.inSttColumn) return;
  const own = new Set(opened.used.map((column) => cells[column]));
  cells.forEach((text, column) => {
    if (text === '' || opened.used.includes(column) || own.has(text) || text === opened.title) return;
    const params = { row: row + 1, label: opened.written, text };
    if (last === null) {
      issues.push(finding('SECTION_ROW_TEXT_IGNORED', cellAddress(row, column), params));
      return;
    }
    const key = (Object.entries(columns) as [ColumnKey, number][]).find(([, used]) => used === column)?.[0];
    const extra = extraColumns.find((candidate) => candidate.column === column);
    if (key !== undefined && (TEXT_KEYS as readonly string[]).includes(key)) last.text[key] = joinContinuation(last.text[key] ?? '', text);
    else if (extra !== undefined) last.extra[extra.header] = joinContinuation(last.extra[extra.header] ?? '', text);
    else {
      issues.push(finding('SECTION_ROW_TEXT_IGNORED', cellAddress(row, column), params));
      return;
    }
    issues.push(finding('SECTION_ROW_TEXT_JOINED', cellAddress(row, column), { ...params, taskRow: last.row }));
  });
}

/** Whether the table has Roman section rows not written "PHẦN …": then "PHẦN I" rows are parts above them. */
function hasPlainRomanSections(texts: readonly (readonly string[])[], firstDataRow: number, sttColumn: number, taskColumn: number, at: At): boolean {
  for (let row = firstDataRow; row < texts.length; row++) {
    const cells = texts[row]!;
    const sttText = cells[sttColumn] ?? '';
    if (sttText === '' && (at(row, 'lead') !== '' || at(row, 'deadline') !== '')) continue;
    if (readRomanDotted(sttText) !== null || readSttLabel(sttText) !== null) continue;
    const opened = openingOf(cells, sttColumn, taskColumn, true);
    if (opened?.kind === 'section') return true;
  }
  return false;
}

function newTask(
  row: number,
  stt: string,
  section: string | null,
  subsections: readonly SubSection[],
  at: At,
  values: readonly (readonly CellValue[])[],
  columns: Partial<Record<ColumnKey, number>>,
  cells: readonly string[],
  extraColumns: readonly ExtraColumn[],
): RawTask {
  const text: Partial<Record<ColumnKey, string>> = {};
  const cellValues: Partial<Record<ColumnKey, CellValue>> = {};
  for (const key of [...TEXT_KEYS, ...PROGRESS_KEYS]) {
    if (columns[key] === undefined) continue;
    text[key] = at(row, key);
    cellValues[key] = values[row]?.[columns[key]!] ?? null;
  }
  const extra: Record<string, string> = {};
  for (const { column, header } of extraColumns) extra[header] = cells[column] ?? '';
  return { row: row + 1, continuationRows: [], stt, section, subsections, text, values: cellValues, extra };
}

function continueTask(task: RawTask, row: number, at: At, cells: readonly string[], extraColumns: readonly ExtraColumn[]): void {
  task.continuationRows.push(row + 1);
  for (const key of TEXT_KEYS) {
    const more = at(row, key);
    if (more !== '') task.text[key] = joinContinuation(task.text[key] ?? '', more);
  }
  for (const { column, header } of extraColumns) {
    const more = cells[column] ?? '';
    if (more !== '') task.extra[header] = joinContinuation(task.extra[header] ?? '', more);
  }
}

/**
 * The header again after a page break: cells equal to a header row's, or naming their own columns,
 * or (a shorter header, one cell merged over STT and task, the cells shifted) most of its cells naming
 * at least two different columns wherever they stand.
 */
function isHeaderRepeat(cells: readonly string[], header: FoundHeader, columns: Partial<Record<ColumnKey, number>>): boolean {
  const folded = cells.map((text) => (text === '' ? '' : foldWords(text)));
  const filled = folded.filter((text) => text !== '').length;
  for (const signature of header.signatures) {
    const same = folded.filter((text, column) => text !== '' && text === signature[column]).length;
    if (same > 0 && same / filled >= 0.6) return true;
  }
  if (filled < 2) return false;
  let naming = 0;
  for (const [key, column] of Object.entries(columns)) {
    const text = cells[column] ?? '';
    if (text !== '' && text.length <= 60 && matchHeader(text) === key) naming++;
  }
  if (naming >= 2) return true;
  const known = new Set(header.signatures.flat().filter((text) => text !== ''));
  const names = new Set<string>();
  let named = 0;
  cells.forEach((text, column) => {
    if (text === '') return;
    const key = known.has(folded[column]!) ? folded[column]! : text.length <= 60 ? matchHeader(text) : null;
    if (key === null) return;
    names.add(key);
    named++;
  });
  return names.size >= 2 && named / filled >= 0.6;
}

function firstFilled(cells: readonly string[]): number {
  const index = cells.findIndex((text) => text !== '');
  return index < 0 ? 0 : index;
}

function firstColumn(columns: Partial<Record<ColumnKey, number>>): number {
  return Math.min(...Object.values(columns));
}
