import type { Deadline } from '../../src/deadline/deadline.js';
import { columnLetters } from '../../src/grid/address.js';
import { planSheetColumn } from '../../src/sheet/plan-sheet-layout.js';
import { DEFAULT_SETTINGS_NAMES } from '../../src/sheet/row-formulas.js';
import { STATUS_LABELS } from '../../src/status/status-codes.js';
import { OWN_SHEETS_VERSION } from './own-sheets.js';
import { writePlanSheet, type PlanRow } from './plan-sheet.js';
import { writeRegistrySheet } from './registry-sheet.js';
import { writeSettingsSheet } from './settings-sheet.js';
import { PLAN_SHEET_NAME, SETTINGS_SHEET_NAME } from './sheet-names.js';
import { streamWorkbook } from './workbook-bytes.js';
import { workbookView } from './write-report-workbook.js';

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

/**
 * A blank plan in the product's layout: the sheet "Theo dõi CCHC" titled "KẾ HOẠCH CẢI CÁCH HÀNH
 * CHÍNH NĂM {year}", with the canonical columns, the seven usual sections and a few empty numbered
 * task rows under each (progress dropdown, date validation, due-date and status formulas, status
 * colours), the settings sheet and the registry — so that the report can later rebuild it in place.
 */
export async function writeTemplateWorkbook(options: { year: number }): Promise<Uint8Array> {
  const { year } = options;
  return streamWorkbook((workbook) => {
    writePlanSheet(workbook, PLAN_SHEET_NAME, {
      title: `KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM ${year}`,
      extraHeaders: ['Ghi chú'],
      rows: templateRows(),
      names: DEFAULT_SETTINGS_NAMES,
    });
    writeSettingsSheet(workbook, SETTINGS_SHEET_NAME, {
      asOf: `${year}-01-01`,
      dueSoonDays: 7,
      planYear: year,
      daysOff: [],
      names: DEFAULT_SETTINGS_NAMES,
    });
    writeRegistrySheet(workbook, [
      { name: PLAN_SHEET_NAME, role: 'plan', version: OWN_SHEETS_VERSION, period: '' },
      { name: SETTINGS_SHEET_NAME, role: 'settings', version: OWN_SHEETS_VERSION, period: '' },
    ]);
    workbook.views = [workbookView(0)];
  });
}

const TASK = columnLetters(planSheetColumn('task'));
const DEADLINE = columnLetters(planSheetColumn('deadline'));

function* templateRows(): Generator<PlanRow> {
  let stt = 0;
  for (const [label, title] of TEMPLATE_SECTIONS) {
    yield { kind: 'section', label, title };
    for (let i = 0; i < TEMPLATE_ROWS_PER_SECTION; i++) {
      yield {
        kind: 'task',
        values: {
          stt: ++stt,
          task: '',
          deliverable: '',
          lead: '',
          coUnits: '',
          deadline: '',
          progress: null,
          completedOn: null,
          dueOverride: null,
          eventDate: null,
        },
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

/** What the status cell of a filled template row shows before the tool has read its deadline. */
export const TEMPLATE_WAITING_STATUS = STATUS_LABELS.NO_DEADLINE;
