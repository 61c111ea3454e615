import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../../src/grid/cell-value.js';
import { readPlan } from '../../../src/plan/read-plan.js';

/**
 * Tables built from the shapes of other issuers' appendices, combined at random: parts above Roman
 * sections, heading rows of several forms inside sections, numbering that runs on or starts again,
 * section rows written in one cell or two, headers (full or short) and column numbers repeated at page
 * breaks, continuation rows, blank rows. Whatever the mix, every task is read once, in its section and
 * under its heading, and no part, section or heading row is ever taken for a task.
 */

const HEADER = ['STT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Sản phẩm', 'Thời gian hoàn thành'];
const SHORT_HEADER = ['STT, nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Sản phẩm', 'Thời gian hoàn thành'];
const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];
const LETTERS = ['a', 'b', 'c', 'd'];
const PART_LETTERS = ['A', 'B', 'C'];
const LEADS = ['Phòng Văn hóa - Xã hội', 'Văn phòng HĐND và UBND', 'Phòng Kinh tế, Hạ tầng và Đô thị', 'Công an phường'];
const DEADLINES = ['Quý I/2026', 'Trước ngày 15/01/2026', 'Thường xuyên', 'Năm 2026', 'Hằng quý', 'Tháng 10/2026'];

type HeadingForm = 'number' | 'dotted' | 'letter' | 'inline';
type SectionCell = 'beside' | 'two-lines' | 'one-cell';
type Break = 'none' | 'header' | 'short-header' | 'column-numbers' | 'blank';

const headingArb = fc.record({
  tasks: fc.integer({ min: 1, max: 3 }),
  continuation: fc.boolean(),
  breakBefore: fc.constantFrom<Break>('none', 'none', 'header', 'short-header', 'column-numbers', 'blank'),
});
const sectionArb = fc.record({
  cell: fc.constantFrom<SectionCell>('beside', 'two-lines', 'one-cell'),
  headingForm: fc.constantFrom<HeadingForm | null>(null, 'number', 'dotted', 'letter', 'inline'),
  headings: fc.array(headingArb, { minLength: 1, maxLength: 3 }),
  letteredTasks: fc.boolean(),
  stray: fc.boolean(),
});
const planArb = fc.record({
  parts: fc.constantFrom<'none' | 'letters' | 'phan'>('none', 'letters', 'phan'),
  partSections: fc.array(fc.array(sectionArb, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 }),
  numbering: fc.constantFrom<'running' | 'restart'>('running', 'restart'),
  seed: fc.integer({ min: 0, max: 1000 }),
});

interface Expected {
  readonly title: string;
  readonly section: string;
  readonly heading: string;
}

type Spec = typeof planArb extends fc.Arbitrary<infer T> ? T : never;

function build(spec: Spec): { rows: CellValue[][]; expected: Expected[]; structureTitles: Set<string> } {
  const rows: CellValue[][] = [['KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2026'], HEADER];
  const expected: Expected[] = [];
  const structureTitles = new Set<string>();
  let running = 0;
  let counter = spec.seed;
  const pick = <T>(list: readonly T[]) => list[counter++ % list.length]!;
  const parts = spec.parts === 'none' ? [spec.partSections.flat()] : spec.partSections;
  let romanAcross = 0;

  parts.forEach((sections, partIndex) => {
    let partKey: string | null = null;
    if (spec.parts !== 'none') {
      const title = `PHẦN NHIỆM VỤ SỐ ${partIndex + 1}`;
      structureTitles.add(title);
      if (spec.parts === 'letters') {
        partKey = PART_LETTERS[partIndex]!;
        rows.push(partIndex % 2 === 0 ? [partKey, title] : [`${partKey}. ${title}`]);
      } else {
        partKey = ROMAN[partIndex]!;
        rows.push([`PHẦN ${partKey}`, title]);
      }
    }
    sections.forEach((section, sectionIndex) => {
      const numeral = ROMAN[spec.parts === 'none' ? romanAcross++ : sectionIndex]!;
      const sectionKey = partKey === null ? numeral : `${partKey}.${numeral}`;
      const title = `MỤC ${sectionKey} CẢI CÁCH`;
      structureTitles.add(title);
      const strayAbove = section.stray && expected.length > 0;
      const sectionRow: CellValue[] = section.cell === 'beside' ? [numeral, title] : section.cell === 'two-lines' ? [`${numeral}\n${title}`] : [`${numeral}. ${title}`];
      if (strayAbove) {
        while (sectionRow.length < 4) sectionRow.push(null);
        sectionRow[3] = 'và các đơn vị liên quan';
      }
      rows.push(sectionRow);
      let restart = 0;
      section.headings.forEach((heading, headingIndex) => {
        pushBreak(rows, heading.breakBefore);
        let headingLabel = '';
        const form = section.headingForm;
        if (form !== null) {
          const headingTitle = `Nhóm nhiệm vụ ${sectionKey}-${headingIndex + 1}`;
          structureTitles.add(headingTitle);
          if (form === 'number') {
            headingLabel = String(headingIndex + 1);
            rows.push([headingLabel, headingTitle, null, null, null, null]);
          } else if (form === 'dotted') {
            headingLabel = `${numeral}.${headingIndex + 1}`;
            rows.push(headingIndex % 2 === 0 ? [headingLabel, headingTitle] : [`${headingLabel}. ${headingTitle}`]);
          } else if (form === 'letter') {
            headingLabel = `${LETTERS[headingIndex]!})`;
            rows.push([headingLabel, headingTitle]);
          } else {
            headingLabel = String(headingIndex + 1);
            rows.push([`${headingLabel}. ${headingTitle}`]);
          }
        }
        for (let index = 0; index < heading.tasks; index++) {
          let stt: string;
          if (form === 'number' || form === 'inline') stt = section.letteredTasks ? LETTERS[index]! : `${headingLabel}.${index + 1}`;
          else stt = String(spec.numbering === 'running' ? ++running : ++restart);
          const text = `Nhiệm vụ ${expected.length + 1} của mục ${sectionKey}`;
          rows.push([stt, text, pick(LEADS), 'Các phòng, ban, đơn vị liên quan', 'Báo cáo', pick(DEADLINES)]);
          if (heading.continuation && index === 0) rows.push([null, 'và nội dung tiếp theo']);
          expected.push({ title: text, section: sectionKey, heading: headingLabel });
        }
      });
    });
  });
  return { rows, expected, structureTitles };
}

function pushBreak(rows: CellValue[][], kind: Break) {
  if (kind === 'header') rows.push([...HEADER]);
  else if (kind === 'short-header') rows.push([...SHORT_HEADER]);
  else if (kind === 'column-numbers') rows.push(['1', '2', '3', '4', '5', '6']);
  else if (kind === 'blank') rows.push([]);
}

describe('combined table shapes', () => {
  it('reads every task once, in its section and under its heading, and never takes a structure row for a task', () => {
    fc.assert(
      fc.property(planArb, (spec) => {
        const { rows, expected, structureTitles } = build(spec);
        const result = readPlan({ sheet: 'Phụ lục', rows }, { fallbackYear: 2026 });
        expect(result.found).toBe(true);
        if (!result.found) return;
        const { plan } = result;
        expect(plan.tasks).toHaveLength(expected.length);
        plan.tasks.forEach((task, index) => {
          const want = expected[index]!;
          expect(task.task.startsWith(want.title)).toBe(true);
          expect(task.section).toBe(want.section);
          expect(task.subsections.map((heading) => heading.label).join('>')).toBe(want.heading);
        });
        for (const task of plan.tasks) expect(structureTitles.has(task.task)).toBe(false);
        const sectionKeys = new Set(expected.map((want) => want.section));
        expect(new Set(plan.sections.map((section) => section.label))).toEqual(sectionKeys);
        expect(plan.parts).toHaveLength(spec.parts === 'none' ? 0 : spec.partSections.length);
        // Nothing is left unread, and the numbering as built raises no warning.
        expect(plan.issues.filter((issue) => !issue.code.startsWith('SECTION_ROW_TEXT'))).toEqual([]);
      }),
      { numRuns: 150 },
    );
  }, 60_000);
});
