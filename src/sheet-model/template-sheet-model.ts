import type { Deadline } from '../deadline/deadline.js';
import { columnLetters } from '../grid/address.js';
import { planSheetColumn } from '../sheet/plan-sheet-layout.js';
import { STATUS_LABELS } from '../status/status-codes.js';
import { planTableModel, type PlanRow } from './plan-table-model.js';
import type { DetailedSheetModel } from './sheet-model.js';

/** The seven usual sections of a ward's CCHC plan. */
export const TEMPLATE_SECTIONS: readonly (readonly [string, string])[] = [
  ['I', 'CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH'],
  ['II', 'CẢI CÁCH THỂ CHẾ'],
  ['III', 'CẢI CÁCH THỦ TỤC HÀNH CHÍNH'],
  ['IV', 'CẢI CÁCH TỔ CHỨC BỘ MÁY HÀNH CHÍNH NHÀ NƯỚC'],
  ['V', 'CẢI CÁCH CHẾ ĐỘ CÔNG VỤ'],
  ['VI', 'CẢI CÁCH TÀI CHÍNH CÔNG'],
  ['VII', 'XÂY DỰNG, PHÁT TRIỂN CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN SỐ'],
];

/** Empty numbered task rows under each section. */
export const TEMPLATE_ROWS_PER_SECTION = 3;

/** What the status cell of a filled template row shows before the tool has read its deadline. */
export const TEMPLATE_WAITING_STATUS = STATUS_LABELS.NO_DEADLINE;

/**
 * An empty row has no deadline the tool has read yet: its formulas treat it as waiting for a date
 * (the "Hạn cụ thể" the user may type), so it shows "Chưa có thời hạn cụ thể" until the tool reads
 * the plan again — and nothing at all while the row has neither a task nor a deadline.
 */
const NOT_YET_READ: Deadline = {
  kind: 'directive',
  text: '',
  start: null,
  due: null,
  parts: [{ kind: 'directive', text: '', start: null, due: null }],
};

const TASK = columnLetters(planSheetColumn('task'));
const DEADLINE = columnLetters(planSheetColumn('deadline'));

/**
 * A blank plan in the product's layout, titled "KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM {year}": the
 * canonical columns and a "Ghi chú" column, the seven usual sections and a few empty numbered task
 * rows under each (progress dropdown, date validation, due-date and status formulas that show
 * nothing while the row is empty, status colours).
 *
 * @example templateSheetModel({ name: 'Theo dõi CCHC', year: 2027 }).rows[0] → ['KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2027']
 */
export function templateSheetModel(options: { name: string; year: number }): DetailedSheetModel {
  return planTableModel({
    name: options.name,
    title: `KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM ${options.year}`,
    judgedOn: null,
    extraHeaders: ['Ghi chú'],
    rows: templateRows(),
  });
}

function* templateRows(): Generator<PlanRow> {
  let stt = 0;
  for (const [label, title] of TEMPLATE_SECTIONS) {
    yield { kind: 'section', label, title };
    for (let i = 0; i < TEMPLATE_ROWS_PER_SECTION; i++) {
      yield {
        kind: 'task',
        values: { stt: ++stt, task: '', deliverable: '', lead: '', coUnits: '', deadline: '', progress: null, completedOn: null, dueOverride: null, eventDate: null },
        extra: [''],
        deadline: NOT_YET_READ,
        invalid: false,
        cachedDue: null,
        cachedStatus: '',
        // Nothing shows on a row with neither a task nor a deadline.
        wrap: (formulas, refs) => {
          const blank = `AND(LEN(${TASK}${refs.row})=0,LEN(${DEADLINE}${refs.row})=0)`;
          return { due: `IF(${blank},"",${formulas.due})`, status: `IF(${blank},"",${formulas.status})` };
        },
      };
    }
  }
}
