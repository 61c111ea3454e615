// cli/main.ts
import { Command, CommanderError } from "commander";

// cli/cli-options.ts
import { z } from "zod";

// src/dates/calendar-date.ts
var ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
function toLocalDate(iso) {
  const match = ISO_DATE.exec(iso);
  if (!match) throw new RangeError(`Not an ISO date: ${iso}`);
  return new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
}
function fromLocalDate(date) {
  return isoDate(date.getFullYear(), date.getMonth() + 1, date.getDate());
}
function isoDate(year2, month, day) {
  return `${String(year2).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}
function isRealDate(year2, month, day) {
  if (!Number.isInteger(year2) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(year2, month, 0).getDate();
}
function fromSerialDate(serial2) {
  const utc = new Date(Date.UTC(1899, 11, 30) + Math.floor(serial2) * 864e5);
  return isoDate(utc.getUTCFullYear(), utc.getUTCMonth() + 1, utc.getUTCDate());
}
function formatViDate(iso) {
  const [year2, month, day] = iso.split("-");
  return `${day}/${month}/${year2}`;
}

// cli/cli-options.ts
var isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "Ng\xE0y ph\u1EA3i vi\u1EBFt d\u1EA1ng YYYY-MM-DD, v\xED d\u1EE5 2026-03-14.").refine((text2) => isRealDate(Number(text2.slice(0, 4)), Number(text2.slice(5, 7)), Number(text2.slice(8, 10))), "Ng\xE0y n\xE0y kh\xF4ng c\xF3 trong l\u1ECBch.");
var year = z.coerce.number().int("N\u0103m ph\u1EA3i l\xE0 s\u1ED1 nguy\xEAn, v\xED d\u1EE5 2026.").min(1990, "N\u0103m ph\u1EA3i t\u1EEB 1990.").max(2100, "N\u0103m ph\u1EA3i \u0111\u1EBFn 2100.");
var inspectOptions = z.object({
  sheet: z.string().min(1).optional(),
  year: year.optional(),
  asOf: isoDay.optional(),
  json: z.boolean().optional()
});
var reportOptions = inspectOptions.omit({ json: true }).extend({
  output: z.string().min(1).optional(),
  period: z.string().min(1).optional(),
  dueSoon: z.coerce.number().int("S\u1ED1 ng\xE0y ph\u1EA3i l\xE0 s\u1ED1 nguy\xEAn.").min(0).max(90, "T\u1ED1i \u0111a 90 ng\xE0y.").optional(),
  force: z.boolean().optional()
});
var templateOptions = z.object({
  output: z.string().min(1).optional(),
  year: year.optional(),
  force: z.boolean().optional()
});
var consolidateOptions = z.object({
  output: z.string().min(1).optional(),
  period: z.string().min(1).optional(),
  asOf: isoDay.optional(),
  json: z.boolean().optional(),
  force: z.boolean().optional()
});

// adapters/xlsx-report/write-province-workbook.ts
import ExcelJS7 from "exceljs";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";

// src/status/status-codes.ts
var STATUS_LABELS = {
  DONE_ON_TIME: "Ho\xE0n th\xE0nh \u0111\xFAng h\u1EA1n",
  DONE_LATE: "Ho\xE0n th\xE0nh qu\xE1 h\u1EA1n",
  DONE: "Ho\xE0n th\xE0nh",
  OVERDUE: "Qu\xE1 h\u1EA1n",
  DUE_SOON: "S\u1EAFp \u0111\u1EBFn h\u1EA1n",
  IN_PROGRESS: "\u0110ang th\u1EF1c hi\u1EC7n (trong h\u1EA1n)",
  NOT_DUE: "Ch\u01B0a \u0111\u1EBFn k\u1EF3 th\u1EF1c hi\u1EC7n",
  CONTINUOUS: "Th\u01B0\u1EDDng xuy\xEAn",
  NO_DEADLINE: "Ch\u01B0a c\xF3 th\u1EDDi h\u1EA1n c\u1EE5 th\u1EC3",
  INVALID: "L\u1ED7i d\u1EEF li\u1EC7u"
};
var STATUS_CODES = Object.keys(STATUS_LABELS);

// src/sheet-model/row-height.ts
var BODY_SIZE = 11;
var BOLD_SIZE = BODY_SIZE + 1;
function wrappedHeight(cells, fontSize = BODY_SIZE) {
  const perUnit = CHARACTERS_PER_WIDTH * BODY_SIZE / fontSize;
  let lines = 1;
  for (const { text: text2, width } of cells) {
    if (text2 === "") continue;
    const perLine = Math.max(1, Math.floor(width * perUnit));
    let needed = 0;
    for (const line of text2.split("\n")) needed += Math.max(1, Math.ceil(textWidth(line) / perLine));
    if (needed > lines) lines = needed;
  }
  return Math.round(lines * fontSize * LINE_SPACING + 3);
}
var CHARACTERS_PER_WIDTH = 1.4;
var LINE_SPACING = 1.32;
function textWidth(line) {
  let width = line.length;
  for (let i = 0; i < line.length; i++) {
    const code = line.charCodeAt(i);
    if (code >= 65 && code <= 90 || code >= 192 && line[i] !== line[i].toLowerCase()) width += 0.35;
  }
  return width;
}

// src/sheet-model/sheet-model-builder.ts
function cellRange(top, left, bottom = top, right = left) {
  return { top, left, bottom, right };
}
var SheetModelBuilder = class {
  constructor(name, columnWidths, tabColor, orientation) {
    this.name = name;
    this.columnWidths = columnWidths;
    this.tabColor = tabColor;
    this.orientation = orientation;
  }
  name;
  columnWidths;
  tabColor;
  orientation;
  rows = [];
  heights = [];
  looks = new LookRuns();
  variants = new LookRuns();
  merges = [];
  /** The 0-based index the next row gets. */
  get next() {
    return this.rows.length;
  }
  /** Adds a row (an empty one: `[]`), returns its 0-based index. */
  addRow(cells, height = null) {
    this.rows.push([...cells]);
    this.heights.push(height);
    return this.rows.length - 1;
  }
  /** Gives a look (and a finer variant) to a block of cells. */
  look(range, look, variant) {
    this.looks.add(range, look);
    if (variant !== void 0) this.variants.add(range, variant);
    return this;
  }
  /** Gives each cell of a row, from column 0, its look: `[look, variant?]`, or null for none. */
  lookRow(row, looks) {
    let left = 0;
    for (let column = 1; column <= looks.length; column++) {
      const item = looks[left];
      const next = looks[column];
      if (column < looks.length && next !== null && item !== null && next !== void 0 && item !== void 0 && next[0] === item[0] && next[1] === item[1]) continue;
      if (item !== null && item !== void 0) this.look(cellRange(row, left, row, column - 1), item[0], item[1]);
      left = column;
    }
    return this;
  }
  merge(range) {
    this.merges.push(range);
    return this;
  }
  build(rest) {
    return {
      name: this.name,
      rows: this.rows,
      looks: this.looks.done().map(({ range, value }) => ({ range, look: value })),
      merges: this.merges,
      columnWidths: this.columnWidths,
      hiddenColumns: rest.hiddenColumns ?? [],
      frozenRows: rest.frozenRows,
      ...rest.printTitleRows === void 0 ? {} : { printTitleRows: rest.printTitleRows },
      validations: rest.validations ?? [],
      rules: rest.rules ?? [],
      dataBars: rest.dataBars ?? [],
      names: rest.names ?? [],
      ...rest.chart === void 0 ? {} : { chart: rest.chart },
      rowHeights: this.heights,
      tabColor: this.tabColor,
      orientation: this.orientation,
      ...rest.autoFilter === void 0 ? {} : { autoFilter: rest.autoFilter },
      lookVariants: this.variants.done().map(({ range, value }) => ({ range, variant: value })),
      wholeNumberValidations: rest.wholeNumberValidations ?? [],
      validationMessages: rest.validationMessages ?? []
    };
  }
};
var LookRuns = class {
  /** The ranges, copied from those given and widened or lengthened in place while the sheet is built. */
  items = [];
  /** Ranges that the next row may still lengthen, by look and columns. */
  open = /* @__PURE__ */ new Map();
  /** The run being widened along its row, not yet joined to the range above. */
  run = null;
  add(range, value) {
    const run = this.run;
    if (run !== null && run.value === value && run.range.top === range.top && run.range.bottom === range.bottom && run.range.right + 1 === range.left) {
      run.range.right = range.right;
      return;
    }
    this.flush();
    this.run = { range: { ...range }, value };
  }
  /** The ranges, once the sheet is built. */
  done() {
    this.flush();
    return this.items;
  }
  flush() {
    const run = this.run;
    if (run === null) return;
    this.run = null;
    const key = `${run.value}|${run.range.left}|${run.range.right}`;
    const above = this.open.get(key);
    if (above !== void 0 && above.range.bottom + 1 === run.range.top) {
      above.range.bottom = run.range.bottom;
      return;
    }
    this.open.set(key, run);
    this.items.push(run);
  }
};

// src/sheet-model/summary-sheet-model.ts
var WIDTHS = [6, 44, 22, 17, 12, 13, 10, 10, 10, 10, 10, 9, 9, 10, 11, 12];
var LAST_COLUMN = WIDTHS.length - 1;
var FULL_WIDTH = WIDTHS.reduce((sum, width) => sum + width, 0);
var LIST_WIDTHS = WIDTHS.slice(0, 6);
var RATE_COLUMN = LAST_COLUMN;
var COUNT_HEADERS = [
  ...STATUS_CODES.map((code) => STATUS_LABELS[code]),
  "T\u1ED5ng s\u1ED1 nhi\u1EC7m v\u1EE5",
  "\u0110\u1EBFn h\u1EA1n (\u0111\u1EBFn ng\xE0y \u0111\xE1nh gi\xE1)",
  "\u0110\xE3 ho\xE0n th\xE0nh (trong s\u1ED1 \u0111\u1EBFn h\u1EA1n)",
  "T\u1EF7 l\u1EC7 ho\xE0n th\xE0nh nhi\u1EC7m v\u1EE5 \u0111\u1EBFn h\u1EA1n"
];
var TITLE_ROWS = 3;
var SUMMARY_TITLE_PREFIX = "T\u1ED4NG H\u1EE2P T\xCCNH H\xCCNH TH\u1EF0C HI\u1EC6N";
var CENTRED = ["body", "centred"];
var TEXT = ["body"];
var COUNT = ["number"];
var PERCENT = ["percent"];
var HEADER = ["header"];
var TOTAL_TEXT = ["total"];
var TOTAL_COUNT = ["number", "bold"];
var TOTAL_PERCENT = ["percent", "bold"];
var DATE = ["date"];
function summarySheetModel(summary, options) {
  const sheet = new SheetModelBuilder(options.name, WIDTHS, "548235", "landscape");
  const dataBars = [];
  const wideRow = (text2, look, fontSize = BODY_SIZE) => {
    const row = sheet.addRow([text2], wrappedHeight([{ text: text2, width: FULL_WIDTH }], fontSize));
    sheet.look(cellRange(row, 0, row, 0), look[0], look[1]).merge(cellRange(row, 0, row, LAST_COLUMN));
  };
  const band = (text2) => {
    sheet.addRow([]);
    const row = sheet.addRow([text2], 20);
    sheet.look(cellRange(row, 0, row, LAST_COLUMN), "section", "band");
  };
  const tableRow = (cells, looks, height = null) => {
    const row = sheet.addRow(cells, height);
    sheet.lookRow(row, looks);
    return row;
  };
  const { period, totals } = summary;
  wideRow(`${SUMMARY_TITLE_PREFIX} K\u1EBE HO\u1EA0CH CCHC \u2013 ${periodTitle(period.shortTitle)}`, ["title"], 14);
  wideRow(options.planTitle === "" ? "(K\u1EBF ho\u1EA1ch ch\u01B0a c\xF3 ti\xEAu \u0111\u1EC1)" : options.planTitle, ["subtitle"]);
  wideRow(periodLine(summary), ["subtitle"]);
  band("I. T\u1ED4NG H\u1EE2P CHUNG");
  const totalsHeader = tableRow(["STT", "Tr\u1EA1ng th\xE1i", "S\u1ED1 nhi\u1EC7m v\u1EE5", "T\u1EF7 l\u1EC7"], [HEADER, HEADER, HEADER, HEADER]);
  STATUS_CODES.forEach((code, index) => {
    tableRow([index + 1, STATUS_LABELS[code], totals.byStatus[code], totals.percent[code] / 100], [CENTRED, TEXT, COUNT, PERCENT]);
  });
  const firstStatus = totalsHeader + 1;
  const lastStatus = totalsHeader + STATUS_CODES.length;
  tableRow(["", "T\u1ED5ng s\u1ED1 nhi\u1EC7m v\u1EE5", totals.total, totals.total === 0 ? 0 : 1], [TOTAL_TEXT, TOTAL_TEXT, TOTAL_COUNT, TOTAL_PERCENT]);
  tableRow(["", "Nhi\u1EC7m v\u1EE5 \u0111\u1EBFn h\u1EA1n t\xEDnh \u0111\u1EBFn ng\xE0y \u0111\xE1nh gi\xE1", totals.dueByCutOff, null], [TEXT, TEXT, COUNT, PERCENT]);
  tableRow(["", "Trong \u0111\xF3 \u0111\xE3 ho\xE0n th\xE0nh", totals.doneOfDue, null], [TEXT, TEXT, COUNT, PERCENT]);
  tableRow(["", "T\u1EF7 l\u1EC7 ho\xE0n th\xE0nh nhi\u1EC7m v\u1EE5 \u0111\u1EBFn h\u1EA1n", null, rateValue(totals)], [TOTAL_TEXT, TOTAL_TEXT, TOTAL_COUNT, TOTAL_PERCENT]);
  const countsHeader = (first, second) => tableRow(
    [first, second, ...COUNT_HEADERS],
    COUNT_HEADERS.concat("", "").map(() => HEADER),
    wrappedHeight(COUNT_HEADERS.map((text2, index) => ({ text: text2, width: WIDTHS[index + 2] })), BOLD_SIZE)
  );
  const countsRow = (label2, name, counts, total) => tableRow(
    [label2, name, ...STATUS_CODES.map((code) => counts.byStatus[code]), counts.total, counts.dueByCutOff, counts.doneOfDue, rateValue(counts)],
    [total ? TOTAL_TEXT : CENTRED, total ? TOTAL_TEXT : TEXT, ...COUNT_HEADERS.slice(1).map(() => total ? TOTAL_COUNT : COUNT), total ? TOTAL_PERCENT : PERCENT],
    wrappedHeight([{ text: name, width: WIDTHS[1] }], total ? BOLD_SIZE : BODY_SIZE)
  );
  const rateBar = (rows) => {
    if (rows.length > 0) dataBars.push(cellRange(rows[0], RATE_COLUMN, rows[rows.length - 1], RATE_COLUMN));
  };
  band("II. THEO M\u1EE4C C\u1EE6A K\u1EBE HO\u1EA0CH");
  countsHeader("M\u1EE5c", "T\xEAn m\u1EE5c");
  rateBar(summary.sections.map((section) => countsRow(section.label ?? "", section.title, section, false)));
  countsRow("", "C\u1ED9ng", totals, true);
  band("III. THEO \u0110\u01A0N V\u1ECA CH\u1EE6 TR\xCC");
  countsHeader("STT", "\u0110\u01A1n v\u1ECB ch\u1EE7 tr\xEC");
  rateBar(summary.units.map((unit, index) => countsRow(index + 1, unit.unit, unit, false)));
  const several = summary.tasksWithSeveralLeads;
  wideRow(
    `Ghi ch\xFA: nhi\u1EC7m v\u1EE5 c\xF3 t\u1EEB hai \u0111\u01A1n v\u1ECB ch\u1EE7 tr\xEC tr\u1EDF l\xEAn \u0111\u01B0\u1EE3c t\xEDnh cho m\u1ED7i \u0111\u01A1n v\u1ECB ch\u1EE7 tr\xEC, n\xEAn c\u1ED9ng c\xE1c d\xF2ng tr\xEAn c\xF3 th\u1EC3 l\u1EDBn h\u01A1n t\u1ED5ng s\u1ED1 nhi\u1EC7m v\u1EE5. ${several === 0 ? "K\u1EBF ho\u1EA1ch n\xE0y kh\xF4ng c\xF3 nhi\u1EC7m v\u1EE5 n\xE0o nh\u01B0 v\u1EADy." : `K\u1EBF ho\u1EA1ch n\xE0y c\xF3 ${several} nhi\u1EC7m v\u1EE5 nh\u01B0 v\u1EADy.`}`,
    ["note", "small"]
  );
  const listHeader = (last) => {
    const headers = ["STT", "Nhi\u1EC7m v\u1EE5", "C\u01A1 quan ch\u1EE7 tr\xEC", "Th\u1EDDi gian ho\xE0n th\xE0nh", "H\u1EA1n", last];
    tableRow(headers, headers.map(() => HEADER), wrappedHeight(headers.map((text2, index) => ({ text: text2, width: LIST_WIDTHS[index] })), BOLD_SIZE));
  };
  const listRow = (line, last, lastLook) => {
    const lead = line.lead.join("; ");
    tableRow([line.stt, line.task, lead, line.deadlineText, line.due === null ? null : { date: line.due }, last], [CENTRED, TEXT, TEXT, TEXT, DATE, lastLook], wrappedHeight([
      { text: line.task, width: LIST_WIDTHS[1] },
      { text: lead, width: LIST_WIDTHS[2] },
      { text: line.deadlineText, width: LIST_WIDTHS[3] },
      { text: String(last), width: LIST_WIDTHS[5] }
    ]));
  };
  band(`IV. NHI\u1EC6M V\u1EE4 QU\xC1 H\u1EA0N T\u1EA0I NG\xC0Y ${formatViDate(summary.judgedOn)} (${summary.overdue.length} nhi\u1EC7m v\u1EE5)`);
  if (summary.overdue.length === 0) {
    wideRow("Kh\xF4ng c\xF3 nhi\u1EC7m v\u1EE5 n\xE0o qu\xE1 h\u1EA1n.", ["note"]);
  } else {
    listHeader("S\u1ED1 ng\xE0y qu\xE1 h\u1EA1n");
    for (const line of summary.overdue) listRow(line, line.daysOverdue, COUNT);
  }
  const next = summary.nextQuarter;
  band(`V. NHI\u1EC6M V\u1EE4 \u0110\u1EBEN H\u1EA0N TRONG ${next.label.toUpperCase()} (${formatViDate(next.start)} \u2013 ${formatViDate(next.end)}) (${next.tasks.length} nhi\u1EC7m v\u1EE5)`);
  if (next.tasks.length === 0) {
    wideRow("Kh\xF4ng c\xF3 nhi\u1EC7m v\u1EE5 n\xE0o \u0111\u1EBFn h\u1EA1n trong qu\xFD n\xE0y.", ["note"]);
  } else {
    listHeader("Tr\u1EA1ng th\xE1i t\u1EA1i ng\xE0y \u0111\xE1nh gi\xE1");
    for (const line of next.tasks) listRow(line, STATUS_LABELS[line.status], TEXT);
  }
  return sheet.build({
    frozenRows: TITLE_ROWS,
    printTitleRows: { top: 0, bottom: TITLE_ROWS - 1 },
    dataBars,
    chart: {
      title: "S\u1ED1 nhi\u1EC7m v\u1EE5 theo tr\u1EA1ng th\xE1i",
      categories: cellRange(firstStatus, 1, lastStatus, 1),
      values: cellRange(firstStatus, 2, lastStatus, 2),
      anchor: { row: totalsHeader, column: 5 }
    }
  });
}
function periodTitle(shortTitle) {
  return shortTitle.replace(/-(\d{4})$/, "/$1");
}
function periodLine({ period, judgedOn }) {
  const parts = [`S\u1ED1 li\u1EC7u t\u1EEB ng\xE0y ${formatViDate(period.dataStart)} \u0111\u1EBFn ng\xE0y ${formatViDate(period.cutOff)} (ng\xE0y ch\u1ED1t s\u1ED1 li\u1EC7u)`];
  if (period.reportDue !== null) parts.push(`h\u1EA1n g\u1EEDi b\xE1o c\xE1o: ${formatViDate(period.reportDue)}`);
  const early = judgedOn < period.cutOff ? " (tr\u01B0\u1EDBc ng\xE0y ch\u1ED1t s\u1ED1 li\u1EC7u: k\u1EF3 b\xE1o c\xE1o ch\u01B0a k\u1EBFt th\xFAc)" : "";
  parts.push(`\u0111\xE1nh gi\xE1 t\u1EA1i ng\xE0y ${formatViDate(judgedOn)}${early}`);
  return `${parts.join("; ")}.`;
}
function rateValue(counts) {
  return counts.completionRate === null ? null : counts.completionRate / 100;
}

// src/sheet-model/province-sheet-models.ts
var PROVINCE_SHEET_NAMES = {
  communes: "Theo x\xE3, ph\u01B0\u1EDDng",
  sections: "Theo m\u1EE5c",
  overdue: "Nhi\u1EC7m v\u1EE5 qu\xE1 h\u1EA1n",
  problems: "T\u1EC7p kh\xF4ng \u0111\u1ECDc \u0111\u01B0\u1EE3c"
};
var CHART_COMMUNES = 10;
var CENTRED2 = ["body", "centred"];
var TEXT2 = ["body"];
var COUNT2 = ["number"];
var PERCENT2 = ["percent"];
var HEADER2 = ["header"];
var TOTAL_TEXT2 = ["total"];
var TOTAL_COUNT2 = ["number", "bold"];
var TOTAL_PERCENT2 = ["percent", "bold"];
var DATE2 = ["date"];
var COUNT_HEADERS2 = [...STATUS_CODES.map((code) => STATUS_LABELS[code]), "T\u1ED5ng s\u1ED1 nhi\u1EC7m v\u1EE5", "\u0110\u1EBFn h\u1EA1n (\u0111\u1EBFn ng\xE0y \u0111\xE1nh gi\xE1)", "\u0110\xE3 ho\xE0n th\xE0nh (trong s\u1ED1 \u0111\u1EBFn h\u1EA1n)", "T\u1EF7 l\u1EC7 ho\xE0n th\xE0nh nhi\u1EC7m v\u1EE5 \u0111\u1EBFn h\u1EA1n"];
var COUNT_WIDTHS = [10, 10, 10, 10, 10, 12, 12, 10, 12, 9, 10, 11, 12, 12];
function provinceSheetModels(province) {
  return [communesSheetModel(province), sectionsSheetModel(province), overdueSheetModel(province), problemsSheetModel(province)];
}
function startSheet(name, widths, tabColor, title, province) {
  const sheet = new SheetModelBuilder(name, widths, tabColor, "landscape");
  const full = widths.reduce((sum, width) => sum + width, 0);
  const wide = (text2, look, fontSize = BODY_SIZE) => {
    const row2 = sheet.addRow([text2], wrappedHeight([{ text: text2, width: full }], fontSize));
    sheet.look(cellRange(row2, 0), look[0], look[1]).merge(cellRange(row2, 0, row2, widths.length - 1));
    return row2;
  };
  wide(`${title} \u2013 ${periodTitle(province.period.shortTitle)}`, ["title"], 14);
  wide(periodLine2(province), ["subtitle"]);
  wide(readLine(province), ["subtitle"]);
  const row = (cells, looks, height) => {
    const index = sheet.addRow(cells, height);
    sheet.lookRow(index, looks);
    return index;
  };
  const header = (texts) => row(texts, texts.map(() => HEADER2), wrappedHeight(texts.map((text2, index) => ({ text: text2, width: widths[index] })), BOLD_SIZE));
  return { sheet, wide, row, header };
}
function communesSheetModel(province) {
  const widths = [6, 26, 24, ...COUNT_WIDTHS, 12];
  const { sheet, row, header, wide } = startSheet(PROVINCE_SHEET_NAMES.communes, widths, "C00000", "T\u1ED4NG H\u1EE2P T\xCCNH H\xCCNH TH\u1EF0C HI\u1EC6N K\u1EBE HO\u1EA0CH CCHC C\u1EE6A C\xC1C X\xC3, PH\u01AF\u1EDCNG", province);
  const headerRow = header(["STT", "X\xE3, ph\u01B0\u1EDDng, \u0111\u1EB7c khu", "T\u1EC7p", ...COUNT_HEADERS2, "Qu\xE1 h\u1EA1n l\xE2u nh\u1EA5t (ng\xE0y)"]);
  const looks = (total) => [total ? TOTAL_TEXT2 : CENTRED2, total ? TOTAL_TEXT2 : TEXT2, total ? TOTAL_TEXT2 : TEXT2, ...COUNT_HEADERS2.slice(1).map(() => total ? TOTAL_COUNT2 : COUNT2), total ? TOTAL_PERCENT2 : PERCENT2, total ? TOTAL_COUNT2 : COUNT2];
  const first = headerRow + 1;
  province.ranked.forEach((commune, index) => {
    row([index + 1, commune.name, commune.file, ...countCells(commune.counts), commune.worstDaysOverdue], looks(false), wrappedHeight([{ text: commune.name, width: widths[1] }, { text: commune.file, width: widths[2] }]));
  });
  const last = headerRow + province.ranked.length;
  row(["", `To\xE0n t\u1EC9nh (${province.communes.length} x\xE3, ph\u01B0\u1EDDng)`, "", ...countCells(province.totals), province.totals.worstDaysOverdue], looks(true), wrappedHeight([{ text: "To\xE0n t\u1EC9nh", width: widths[1] }], BOLD_SIZE));
  if (province.communes.length === 0) wide("Ch\u01B0a \u0111\u1ECDc \u0111\u01B0\u1EE3c k\u1EBF ho\u1EA1ch c\u1EE7a x\xE3, ph\u01B0\u1EDDng n\xE0o.", ["note"]);
  const rateColumn = 3 + COUNT_HEADERS2.length - 1;
  const behind = Math.min(CHART_COMMUNES, province.ranked.filter((commune) => commune.counts.completionRate !== null).length);
  return sheet.build({
    frozenRows: headerRow + 1,
    printTitleRows: { top: 0, bottom: headerRow },
    dataBars: last >= first ? [cellRange(first, rateColumn, last, rateColumn)] : [],
    ...last >= first ? { autoFilter: cellRange(headerRow, 0, last, widths.length - 1) } : {},
    ...behind > 0 ? {
      chart: {
        title: `${behind} x\xE3, ph\u01B0\u1EDDng ch\u1EADm nh\u1EA5t: t\u1EF7 l\u1EC7 ho\xE0n th\xE0nh nhi\u1EC7m v\u1EE5 \u0111\u1EBFn h\u1EA1n`,
        categories: cellRange(first, 1, first + behind - 1, 1),
        values: cellRange(first, rateColumn, first + behind - 1, rateColumn),
        anchor: { row: last + 3, column: 1 }
      }
    } : {}
  });
}
function sectionsSheetModel(province) {
  const widths = [6, 44, 10, ...COUNT_WIDTHS];
  const { sheet, row, header } = startSheet(PROVINCE_SHEET_NAMES.sections, widths, "548235", "T\u1ED4NG H\u1EE2P THEO M\u1EE4C C\u1EE6A K\u1EBE HO\u1EA0CH CCHC", province);
  const headerRow = header(["STT", "M\u1EE5c (theo c\xE1ch ghi c\u1EE7a nhi\u1EC1u x\xE3, ph\u01B0\u1EDDng nh\u1EA5t)", "S\u1ED1 x\xE3, ph\u01B0\u1EDDng c\xF3 m\u1EE5c", ...COUNT_HEADERS2]);
  const looks = (total) => [total ? TOTAL_TEXT2 : CENTRED2, total ? TOTAL_TEXT2 : TEXT2, ...COUNT_HEADERS2.map(() => total ? TOTAL_COUNT2 : COUNT2), total ? TOTAL_PERCENT2 : PERCENT2];
  province.sections.forEach((section, index) => {
    row([index + 1, section.key === "" ? "(Ch\u01B0a thu\u1ED9c m\u1EE5c n\xE0o)" : section.title, section.communes, ...countCells(section.counts)], looks(false), wrappedHeight([{ text: section.title, width: widths[1] }]));
  });
  const first = headerRow + 1;
  const last = headerRow + province.sections.length;
  row(["", "C\u1ED9ng", province.communes.length, ...countCells(province.totals)], looks(true), wrappedHeight([{ text: "C\u1ED9ng", width: widths[1] }], BOLD_SIZE));
  const rateColumn = 3 + COUNT_HEADERS2.length - 1;
  return sheet.build({ frozenRows: headerRow + 1, printTitleRows: { top: 0, bottom: headerRow }, dataBars: last >= first ? [cellRange(first, rateColumn, last, rateColumn)] : [] });
}
function overdueSheetModel(province) {
  const widths = [6, 22, 24, 8, 48, 24, 22, 12, 11];
  const { sheet, row, header, wide } = startSheet(PROVINCE_SHEET_NAMES.overdue, widths, "FF0000", `NHI\u1EC6M V\u1EE4 QU\xC1 H\u1EA0N T\u1EA0I NG\xC0Y ${formatViDate(province.judgedOn)} C\u1EE6A C\xC1C X\xC3, PH\u01AF\u1EDCNG`, province);
  const headerRow = header(["STT", "X\xE3, ph\u01B0\u1EDDng, \u0111\u1EB7c khu", "M\u1EE5c", "STT trong k\u1EBF ho\u1EA1ch", "Nhi\u1EC7m v\u1EE5", "C\u01A1 quan ch\u1EE7 tr\xEC", "Th\u1EDDi gian ho\xE0n th\xE0nh", "H\u1EA1n", "S\u1ED1 ng\xE0y qu\xE1 h\u1EA1n"]);
  province.overdue.forEach((task, index) => {
    const lead = task.lead.join("; ");
    const section = task.section ?? "";
    row(
      [index + 1, task.commune, section, task.stt, task.task, lead, task.deadlineText, task.due === null ? null : { date: task.due }, task.daysOverdue],
      [CENTRED2, TEXT2, TEXT2, CENTRED2, TEXT2, TEXT2, TEXT2, DATE2, COUNT2],
      wrappedHeight([
        { text: task.commune, width: widths[1] },
        { text: section, width: widths[2] },
        { text: task.task, width: widths[4] },
        { text: lead, width: widths[5] },
        { text: task.deadlineText, width: widths[6] }
      ])
    );
  });
  if (province.overdue.length === 0) wide("Kh\xF4ng c\xF3 nhi\u1EC7m v\u1EE5 n\xE0o qu\xE1 h\u1EA1n.", ["note"]);
  const last = headerRow + province.overdue.length;
  return sheet.build({ frozenRows: headerRow + 1, printTitleRows: { top: 0, bottom: headerRow }, ...last > headerRow ? { autoFilter: cellRange(headerRow, 0, last, widths.length - 1) } : {} });
}
function problemsSheetModel(province) {
  const widths = [6, 40, 90];
  const { sheet, row, header, wide } = startSheet(PROVINCE_SHEET_NAMES.problems, widths, "7F7F7F", "C\xC1C T\u1EC6P KH\xD4NG \u0110\u1ECCC \u0110\u01AF\u1EE2C HO\u1EB6C KH\xD4NG C\xD3 B\u1EA2NG NHI\u1EC6M V\u1EE4", province);
  const headerRow = header(["STT", "T\u1EC7p", "L\xFD do"]);
  province.problems.forEach((problem, index) => {
    row([index + 1, problem.file, problem.message], [CENTRED2, TEXT2, TEXT2], wrappedHeight([{ text: problem.file, width: widths[1] }, { text: problem.message, width: widths[2] }]));
  });
  if (province.problems.length === 0) wide("M\u1ECDi t\u1EC7p \u0111\u1EC1u \u0111\u1ECDc \u0111\u01B0\u1EE3c.", ["note"]);
  return sheet.build({ frozenRows: headerRow + 1, printTitleRows: { top: 0, bottom: headerRow } });
}
function countCells(counts) {
  return [...STATUS_CODES.map((code) => counts.byStatus[code]), counts.total, counts.dueByCutOff, counts.doneOfDue, counts.completionRate === null ? null : counts.completionRate / 100];
}
function periodLine2({ period, judgedOn }) {
  const parts = [`S\u1ED1 li\u1EC7u t\u1EEB ng\xE0y ${formatViDate(period.dataStart)} \u0111\u1EBFn ng\xE0y ${formatViDate(period.cutOff)} (ng\xE0y ch\u1ED1t s\u1ED1 li\u1EC7u)`];
  if (period.reportDue !== null) parts.push(`h\u1EA1n g\u1EEDi b\xE1o c\xE1o: ${formatViDate(period.reportDue)}`);
  const early = judgedOn < period.cutOff ? " (tr\u01B0\u1EDBc ng\xE0y ch\u1ED1t s\u1ED1 li\u1EC7u: k\u1EF3 b\xE1o c\xE1o ch\u01B0a k\u1EBFt th\xFAc)" : "";
  parts.push(`\u0111\xE1nh gi\xE1 t\u1EA1i ng\xE0y ${formatViDate(judgedOn)}${early}`);
  return `${parts.join("; ")}.`;
}
function readLine({ communes, problems }) {
  const read = `\u0110\xE3 t\u1ED5ng h\u1EE3p ${communes.length} x\xE3, ph\u01B0\u1EDDng`;
  return problems.length === 0 ? `${read}.` : `${read}; ${problems.length} t\u1EC7p kh\xF4ng \u0111\u1ECDc \u0111\u01B0\u1EE3c ho\u1EB7c kh\xF4ng c\xF3 b\u1EA3ng nhi\u1EC7m v\u1EE5 (xem trang \xAB${PROVINCE_SHEET_NAMES.problems}\xBB).`;
}

// src/grid/address.ts
function columnLetters(column) {
  let letters = "";
  let n = column + 1;
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}
function cellAddress(row, column) {
  return `${columnLetters(column)}${row + 1}`;
}
function rowOfCell(cell) {
  return Number(/\d+$/.exec(cell)?.[0] ?? 0);
}
function rowAddress(row) {
  return cellAddress(row, 0);
}

// adapters/xlsx-report/report-styles.ts
var FONT_NAME = "Times New Roman";
var DATE_FORMAT = "dd/mm/yyyy";
var PERCENT_FORMAT = "0.0%";
var thin = { style: "thin", color: { argb: "FF808080" } };
var BOX = { top: thin, left: thin, bottom: thin, right: thin };
var font = (extra = {}) => ({ name: FONT_NAME, size: BODY_SIZE, ...extra });
var solid = (argb) => ({ type: "pattern", pattern: "solid", fgColor: { argb } });
var HEADER_FILL = solid("FFDDEBF7");
var SECTION_FILL = solid("FFF2F2F2");
var BAND_FILL = solid("FFE2EFDA");
function style(value) {
  return Object.freeze(value);
}
var STYLES = {
  /** A sheet's big title. */
  title: style({ font: font({ bold: true, size: 14 }), alignment: { horizontal: "center", vertical: "middle", wrapText: true } }),
  /** A line under the title (plan title, period). */
  subtitle: style({ font: font({ italic: true }), alignment: { horizontal: "center", vertical: "middle", wrapText: true } }),
  /** A plain line of text, left aligned, wrapped. */
  note: style({ font: font(), alignment: { vertical: "top", wrapText: true } }),
  /** An explanatory note in small italics. */
  smallNote: style({ font: font({ italic: true, size: 10 }), alignment: { vertical: "top", wrapText: true } }),
  /** A table's column header. */
  header: style({
    font: font({ bold: true }),
    alignment: { horizontal: "center", vertical: "middle", wrapText: true },
    fill: HEADER_FILL,
    border: BOX
  }),
  /** A hidden helper column's header: small grey, not meant to be read. */
  helperHeader: style({ font: font({ size: 9, color: { argb: "FF808080" } }) }),
  /** The default format, as one object (exceljs recognises a format by its object). */
  plain: style({}),
  /** A table cell of text. */
  text: style({ font: font(), alignment: { vertical: "top", wrapText: true }, border: BOX }),
  /** A table cell of text, centred (numbers in a column, short codes). */
  centred: style({ font: font(), alignment: { horizontal: "center", vertical: "top", wrapText: true }, border: BOX }),
  /** A table cell holding a date. */
  date: style({ font: font(), alignment: { horizontal: "center", vertical: "top" }, border: BOX, numFmt: DATE_FORMAT }),
  /** A count. */
  count: style({ font: font(), alignment: { horizontal: "center", vertical: "top" }, border: BOX, numFmt: "0" }),
  /** A share shown as a percentage. */
  percent: style({ font: font(), alignment: { horizontal: "center", vertical: "top" }, border: BOX, numFmt: PERCENT_FORMAT }),
  /** A section row's label and title, and its other cells. */
  sectionLabel: style({ font: font({ bold: true }), alignment: { horizontal: "center", vertical: "top" }, fill: SECTION_FILL, border: BOX }),
  sectionTitle: style({ font: font({ bold: true }), alignment: { vertical: "top", wrapText: true }, fill: SECTION_FILL, border: BOX }),
  sectionCell: style({ font: font({ bold: true }), fill: SECTION_FILL, border: BOX }),
  /** A totals row: bold. */
  totalText: style({ font: font({ bold: true }), alignment: { vertical: "top", wrapText: true }, border: BOX }),
  totalCount: style({ font: font({ bold: true }), alignment: { horizontal: "center", vertical: "top" }, border: BOX, numFmt: "0" }),
  totalPercent: style({ font: font({ bold: true }), alignment: { horizontal: "center", vertical: "top" }, border: BOX, numFmt: PERCENT_FORMAT }),
  /** A part heading of the summary ("I. THEO MỤC CỦA KẾ HOẠCH"). */
  band: style({ font: font({ bold: true }), alignment: { vertical: "middle" }, fill: BAND_FILL }),
  /** A label on the settings sheet, and the cell the user may change. */
  label: style({ font: font({ bold: true }), alignment: { vertical: "top", wrapText: true } }),
  input: style({
    font: font({ bold: true, color: { argb: "FF1F4E79" } }),
    alignment: { horizontal: "center", vertical: "top" },
    fill: solid("FFFFF2CC"),
    border: BOX
  }),
  inputDate: style({
    font: font({ bold: true, color: { argb: "FF1F4E79" } }),
    alignment: { horizontal: "center", vertical: "top" },
    fill: solid("FFFFF2CC"),
    border: BOX,
    numFmt: DATE_FORMAT
  })
};
var RULE_STYLES = {
  overdue: { fill: { type: "pattern", pattern: "solid", bgColor: { argb: "FFFFC7CE" } }, font: { color: { argb: "FF9C0006" } } },
  dueSoon: { fill: { type: "pattern", pattern: "solid", bgColor: { argb: "FFFFEB9C" } }, font: { color: { argb: "FF9C5700" } } },
  done: { fill: { type: "pattern", pattern: "solid", bgColor: { argb: "FFC6EFCE" } }, font: { color: { argb: "FF006100" } } },
  invalid: {
    font: { color: { argb: "FFC00000" }, bold: true },
    border: {
      top: { style: "thin", color: { argb: "FFC00000" } },
      left: { style: "thin", color: { argb: "FFC00000" } },
      bottom: { style: "thin", color: { argb: "FFC00000" } },
      right: { style: "thin", color: { argb: "FFC00000" } }
    }
  }
};
var DATA_BAR_COLOUR = "FF5B9BD5";
function dateValue(iso) {
  const [year2, month, day] = iso.split("-").map(Number);
  return new Date(Date.UTC(year2, month - 1, day));
}

// adapters/xlsx-report/row-sink.ts
import ExcelJS from "exceljs";
function rowSink(workbook, sheet, firstRow) {
  const book = workbook;
  const writer = sheet;
  const streaming = typeof book.styles?.addStyleModel === "function" && typeof book.sharedStrings?.add === "function" && typeof writer._write === "function" && writer.startedData === true && writer._rowZero === firstRow && writer._rows?.length === 0;
  return streaming ? streamingSink(book, writer, firstRow) : exceljsSink(sheet);
}
function exceljsSink(sheet) {
  return {
    escapesFormulas: false,
    write(values, styles, height) {
      const row = sheet.addRow(values.map((value) => value !== null && typeof value === "object" && "formula" in value ? { formula: value.formula, result: value.result } : value));
      styles.forEach((style2, index) => {
        if (style2 !== null) row.getCell(index + 1).style = style2;
      });
      row.height = height;
      row.commit();
    }
  };
}
var PLAIN = Object.freeze({});
function streamingSink(book, writer, firstRow) {
  let number = firstRow;
  const letters = [];
  const letter = (column) => letters[column] ??= columnLetters(column - 1);
  const styleId = (style2, type) => book.styles.addStyleModel(style2 ?? PLAIN, type);
  return {
    escapesFormulas: true,
    write(values, styles, height) {
      const r = number++;
      let xml = `<row r="${r}" ht="${height}" customHeight="1" x14ac:dyDescent="0.25">`;
      for (let index = 0; index < Math.max(values.length, styles.length); index++) {
        const value = values[index];
        if (value === void 0 && styles[index] == null) continue;
        const style2 = styles[index] ?? null;
        const ref = `${letter(index + 1)}${r}`;
        if (value === null || value === void 0) {
          const s = styleId(style2, ExcelJS.ValueType.Null);
          if (s) xml += `<c r="${ref}" s="${s}"/>`;
        } else if (typeof value === "string") {
          xml += `<c r="${ref}"${styleAttribute(styleId(style2, ExcelJS.ValueType.String))} t="s"><v>${book.sharedStrings.add(value)}</v></c>`;
        } else if (typeof value === "number") {
          xml += `<c r="${ref}"${styleAttribute(styleId(style2, ExcelJS.ValueType.Number))}><v>${value}</v></c>`;
        } else if (value instanceof Date) {
          xml += `<c r="${ref}"${styleAttribute(styleId(style2, ExcelJS.ValueType.Date))}><v>${serial(value)}</v></c>`;
        } else {
          const { formula, result, escaped } = value;
          const s = styleAttribute(styleId(style2, resultType(result)));
          const f = `<f>${escaped === true ? formula : escapeXml(formula)}</f>`;
          if (result === void 0) xml += `<c r="${ref}"${s}>${f}</c>`;
          else if (typeof result === "string") xml += `<c r="${ref}"${s} t="str">${f}<v>${escapeXml(result)}</v></c>`;
          else xml += `<c r="${ref}"${s}>${f}<v>${result instanceof Date ? serial(result) : result}</v></c>`;
        }
      }
      writer._write(`${xml}</row>`);
      writer._rowZero = number;
    }
  };
}
function resultType(result) {
  if (result === void 0) return ExcelJS.ValueType.Null;
  if (typeof result === "string") return ExcelJS.ValueType.String;
  return result instanceof Date ? ExcelJS.ValueType.Date : ExcelJS.ValueType.Number;
}
function styleAttribute(id) {
  return id ? ` s="${id}"` : "";
}
function serial(date) {
  return 25569 + date.getTime() / 864e5;
}
var XML_SPECIAL = /[&<>\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
function escapeFormula(formula) {
  return escapeXml(formula);
}
function escapeXml(text2) {
  if (!XML_SPECIAL.test(text2)) return text2;
  return text2.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, "").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

// adapters/xlsx-report/sheet-setup.ts
import { createRequire } from "node:module";
var A4 = 9;
function printSetup(orientation, printTitlesRow) {
  return {
    paperSize: A4,
    orientation,
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    margins: { left: 0.4, right: 0.4, top: 0.55, bottom: 0.55, header: 0.3, footer: 0.3 },
    ...printTitlesRow === void 0 ? {} : { printTitlesRow }
  };
}
var PAGE_FOOTER = { oddFooter: '&C&"Times New Roman,Regular"&10Trang &P/&N' };
function frozenRows(ySplit) {
  return [{ state: "frozen", xSplit: 0, ySplit, topLeftCell: `A${ySplit + 1}`, activeCell: `A${ySplit + 1}` }];
}
function dataValidations(sheet) {
  return sheet.dataValidations;
}
function finishSheet(sheet) {
  const streaming = sheet;
  if (typeof streaming.commit === "function") sheet.commit();
}
function writeDataBarExtensions(sheet) {
  const writer = sheet;
  if (typeof writer._writeCloseWorksheet !== "function" || typeof writer._writeConditionalFormatting !== "function") return;
  const streaming = writer;
  const ExtLstXform = createRequire(import.meta.url)("exceljs/lib/xlsx/xform/sheet/ext-lst-xform.js");
  const extensions = new ExtLstXform();
  const writeRules = streaming._writeConditionalFormatting.bind(streaming);
  streaming._writeConditionalFormatting = () => {
    extensions.prepare({ conditionalFormattings: streaming.conditionalFormatting }, {});
    writeRules();
  };
  const close = streaming._writeCloseWorksheet.bind(streaming);
  streaming._writeCloseWorksheet = () => {
    streaming._write(extensions.toXml({ conditionalFormattings: streaming.conditionalFormatting }));
    close();
  };
}

// adapters/xlsx-report/render-sheet-model.ts
function renderSheetModel(workbook, model) {
  const sheet = workbook.addWorksheet(model.name, {
    ...model.frozenRows > 0 ? { views: frozenRows(model.frozenRows) } : {},
    pageSetup: printSetup(model.orientation, model.printTitleRows === void 0 ? void 0 : `${model.printTitleRows.top + 1}:${model.printTitleRows.bottom + 1}`),
    headerFooter: PAGE_FOOTER,
    properties: { tabColor: { argb: `FF${model.tabColor}` } }
  });
  if (model.dataBars.length > 0) writeDataBarExtensions(sheet);
  const hidden = new Set(model.hiddenColumns);
  sheet.columns = model.columnWidths.map((width, index) => hidden.has(index) ? { width, hidden: true } : { width });
  const stylesOf = rowStyles(model);
  const sinkFrom = sinkStart(model);
  for (let index = 0; index < sinkFrom; index++) {
    const row = sheet.addRow(model.rows[index].map(exceljsValue));
    stylesOf(index).forEach((style2, column) => {
      if (style2 !== null) row.getCell(column + 1).style = style2;
    });
    const height = model.rowHeights[index];
    if (height !== null && height !== void 0) row.height = height;
  }
  for (const merge of model.merges) sheet.mergeCells(merge.top + 1, merge.left + 1, merge.bottom + 1, merge.right + 1);
  if (sinkFrom < model.rows.length) {
    if (sinkFrom > 0) sheet.getRow(sinkFrom).commit();
    const rows = rowSink(workbook, sheet, sinkFrom + 1);
    for (let index = sinkFrom; index < model.rows.length; index++) {
      const styles = stylesOf(index);
      rows.write(model.rows[index].map((content, column) => sinkValue(content, styles[column] ?? null, rows.escapesFormulas)), styles, model.rowHeights[index]);
    }
  }
  if (model.autoFilter !== void 0) sheet.autoFilter = reference(model.autoFilter);
  addValidations(sheet, model);
  addRules(sheet, model);
  const quoted2 = `'${model.name.replace(/'/g, "''")}'`;
  for (const { name, range } of model.names) workbook.definedNames.add(`${quoted2}!${absolute(range)}`, name);
  finishSheet(sheet);
  return sheet;
}
function sinkStart(model) {
  const start = model.frozenRows;
  const fits = start > 0 && start < model.rows.length && model.rowHeights.slice(start).every((height) => height !== null) && model.merges.every((merge) => merge.bottom < start);
  return fits ? start : model.rows.length;
}
function styleOf(look, variant, empty) {
  switch (look) {
    case "title":
      return STYLES.title;
    case "subtitle":
      return STYLES.subtitle;
    case "header":
      return STYLES.header;
    case "helper":
      return STYLES.helperHeader;
    case "section":
      if (variant === "band") return STYLES.band;
      if (variant === "centred") return STYLES.sectionLabel;
      return empty ? STYLES.sectionCell : STYLES.sectionTitle;
    case "body":
      return variant === "centred" ? STYLES.centred : STYLES.text;
    case "date":
      return variant === "input" ? STYLES.inputDate : STYLES.date;
    case "number":
      return variant === "input" ? STYLES.input : variant === "bold" ? STYLES.totalCount : STYLES.count;
    case "percent":
      return variant === "bold" ? STYLES.totalPercent : STYLES.percent;
    case "note":
      return variant === "small" ? STYLES.smallNote : variant === "bold" ? STYLES.label : STYLES.note;
    case "total":
      return STYLES.totalText;
  }
}
function rowStyles(model) {
  const looks = sweep(model.looks.map((item, id) => ({ ...item, id })));
  const variants = sweep(model.lookVariants.map((item, id) => ({ ...item, id })));
  let cachedLooks = null;
  let cachedVariants = null;
  let cache3 = /* @__PURE__ */ new Map();
  return (row) => {
    const rowLooks = looks(row);
    const rowVariants = variants(row);
    if (rowLooks !== cachedLooks || rowVariants !== cachedVariants) {
      cachedLooks = rowLooks;
      cachedVariants = rowVariants;
      cache3 = /* @__PURE__ */ new Map();
    }
    const cells = model.rows[row];
    let key = "";
    for (const content of cells) key += content === null ? "0" : "1";
    let styles = cache3.get(key);
    if (styles === void 0) {
      const width = Math.max(cells.length, ...rowLooks.map(({ range }) => range.right + 1));
      styles = Array.from({ length: width }, () => null);
      for (const { range, look } of rowLooks) {
        for (let column = range.left; column <= range.right; column++) {
          const variant = rowVariants.find((item) => item.range.left <= column && column <= item.range.right)?.variant;
          styles[column] = styleOf(look, variant, cells[column] === null || cells[column] === void 0);
        }
      }
      cache3.set(key, styles);
    }
    return styles;
  };
}
function sweep(items) {
  const pending = [...items].sort((a, b) => a.range.top - b.range.top || a.id - b.id);
  let next = 0;
  let active = [];
  return (row) => {
    const starting = next;
    while (next < pending.length && pending[next].range.top <= row) next++;
    const ended = active.some((item) => item.range.bottom < row);
    if (next > starting || ended) {
      active = [...active.filter((item) => item.range.bottom >= row), ...pending.slice(starting, next)].sort((a, b) => a.id - b.id);
    }
    return active;
  };
}
function exceljsValue(content) {
  if (content === null || typeof content !== "object") return content;
  if ("date" in content) return dateValue(content.date);
  return { formula: content.formula, result: resultValue(content.result) };
}
function sinkValue(content, style2, escape) {
  if (content === null) return style2 === null ? void 0 : null;
  if (typeof content === "boolean") return String(content).toUpperCase();
  if (typeof content !== "object") return content;
  if ("date" in content) return dateValue(content.date);
  return { formula: escape ? escapeFormula(content.formula) : content.formula, result: resultValue(content.result), escaped: escape };
}
function resultValue(result) {
  if (result === null || result === void 0) return void 0;
  return typeof result === "object" ? dateValue(result.date) : result;
}
function reference(range) {
  const start = `${columnLetters(range.left)}${range.top + 1}`;
  const end = `${columnLetters(range.right)}${range.bottom + 1}`;
  return start === end ? start : `${start}:${end}`;
}
function absolute(range) {
  const start = `$${columnLetters(range.left)}$${range.top + 1}`;
  const end = `$${columnLetters(range.right)}$${range.bottom + 1}`;
  return start === end ? start : `${start}:${end}`;
}
var sameRange = (a, b) => a.top === b.top && a.left === b.left && a.bottom === b.bottom && a.right === b.right;
function addValidations(sheet, model) {
  const validations = dataValidations(sheet);
  const messageOf = (range) => {
    const message = model.validationMessages.find((item) => sameRange(item.range, range));
    if (message === void 0) return {};
    return {
      showErrorMessage: true,
      errorStyle: message.warnOnly ? "warning" : "stop",
      errorTitle: message.title,
      error: message.message,
      ...message.prompt === void 0 ? {} : { showInputMessage: true, prompt: message.prompt }
    };
  };
  for (const validation of model.validations) {
    const rule = validation.kind === "list" ? { type: "list", allowBlank: true, formulae: [`"${validation.choices.join(",")}"`], ...messageOf(validation.range) } : { type: "date", operator: "between", allowBlank: true, formulae: [dateValue("1990-01-01"), dateValue("2099-12-31")], ...messageOf(validation.range) };
    validations.add(reference(validation.range), rule);
  }
  for (const { range, min, max } of model.wholeNumberValidations) {
    validations.add(reference(range), { type: "whole", operator: "between", allowBlank: false, formulae: [min, max], ...messageOf(range) });
  }
}
function addRules(sheet, model) {
  const groups = [];
  for (const rule of model.rules) {
    let group = groups.find((item) => sameRange(item.range, rule.range));
    if (group === void 0) groups.push(group = { range: rule.range, rules: [] });
    group.rules.push({ type: "expression", priority: group.rules.length + 1, formulae: [rule.formula], style: RULE_STYLES[rule.look] });
  }
  for (const { range, rules } of groups) sheet.addConditionalFormatting({ ref: reference(range), rules });
  for (const range of model.dataBars) {
    sheet.addConditionalFormatting({
      ref: reference(range),
      rules: [
        {
          type: "dataBar",
          priority: 1,
          minLength: 0,
          maxLength: 100,
          gradient: false,
          border: false,
          cfvo: [
            { type: "num", value: 0 },
            { type: "num", value: 1 }
          ],
          color: { argb: DATA_BAR_COLOUR }
        }
      ]
    });
  }
}

// adapters/xlsx-report/workbook-bytes.ts
import ExcelJS2 from "exceljs";
import { PassThrough } from "node:stream";
async function streamWorkbook(write) {
  const chunks = [];
  const stream = new PassThrough();
  stream.on("data", (chunk) => chunks.push(chunk));
  const workbook = new ExcelJS2.stream.xlsx.WorkbookWriter({ stream, useSharedStrings: true, useStyles: true });
  write(workbook);
  await workbook.commit();
  return new Uint8Array(Buffer.concat(chunks));
}
async function workbookBytes(workbook) {
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

// adapters/xlsx-report/write-report-workbook.ts
import ExcelJS6 from "exceljs";

// src/grid/cell-value.ts
function isCellError(value) {
  return typeof value === "object" && value !== null && "error" in value;
}
function isDateCell(value) {
  return typeof value === "object" && value !== null && "date" in value;
}

// src/text/fold.ts
var COMBINING_MARKS = /[\u0300-\u036f]/g;
var DASHES = /[\u2010-\u2015\u2212]/g;
function fold(text2) {
  return text2.normalize("NFD").replace(COMBINING_MARKS, "").replace(/[đĐ]/g, "d").toLowerCase().replace(DASHES, "-").replace(/\s+/g, " ").trim();
}
function foldWords(text2) {
  return fold(text2).replace(/[^a-z0-9]+/g, " ").trim();
}

// src/plan/plan-heading.ts
var ATTACHMENT_LINE = /^\(?\s*kem theo/;
var APPENDIX_LABEL = /^phu luc\b/;
function readPlanHeading(linesAbove) {
  const block = nearestBlock(linesAbove);
  const titleLines = block.filter((line) => !ATTACHMENT_LINE.test(fold(line)) && !APPENDIX_LABEL.test(fold(line)));
  const title = titleLines.join(" ").replace(/\s+/g, " ").trim();
  return { title, year: yearIn(title) ?? yearIn(block.join(" ")) ?? yearIn(linesAbove.join(" ")) };
}
function nearestBlock(lines) {
  const block = [];
  let index = lines.length - 1;
  while (index >= 0 && lines[index].trim() === "") index--;
  for (; index >= 0 && lines[index].trim() !== ""; index--) block.unshift(lines[index].trim());
  const blankSeparatedTitle = block.every((line) => ATTACHMENT_LINE.test(fold(line)));
  if (blankSeparatedTitle && index > 0) return [...nearestBlock(lines.slice(0, index)), ...block];
  return block;
}
function yearIn(text2) {
  const folded = fold(text2);
  const match = /\b(?:nam|giai doan|giai doan tu nam|ke hoach)\s+(\d{4})\b/.exec(folded) ?? /\b(20\d{2})\s*-\s*20\d{2}\b/.exec(folded);
  if (!match) return null;
  const year2 = Number(match[1]);
  return year2 >= 1990 && year2 <= 2100 ? year2 : null;
}

// src/sheet/plan-sheet-layout.ts
var PLAN_SHEET_COLUMNS = [
  { key: "stt", header: "STT", width: 6 },
  { key: "task", header: "Nhi\u1EC7m v\u1EE5", width: 50 },
  { key: "deliverable", header: "S\u1EA3n ph\u1EA9m", width: 24 },
  { key: "lead", header: "C\u01A1 quan ch\u1EE7 tr\xEC", width: 24 },
  { key: "coUnits", header: "C\u01A1 quan ph\u1ED1i h\u1EE3p", width: 24 },
  { key: "deadline", header: "Th\u1EDDi gian ho\xE0n th\xE0nh", width: 22 },
  { key: "progress", header: "T\xECnh tr\u1EA1ng", width: 16 },
  { key: "completedOn", header: "Ng\xE0y ho\xE0n th\xE0nh", width: 13 },
  { key: "dueOverride", header: "H\u1EA1n c\u1EE5 th\u1EC3", width: 13 },
  { key: "eventDate", header: "Ng\xE0y b\u1EAFt \u0111\u1EA7u t\xEDnh h\u1EA1n", width: 13 },
  { key: "due", header: "H\u1EA1n (t\u1EF1 t\xEDnh)", width: 13 },
  { key: "status", header: "Tr\u1EA1ng th\xE1i (t\u1EF1 t\xEDnh)", width: 24 }
];
var PROGRESS_CHOICES = ["Ch\u01B0a th\u1EF1c hi\u1EC7n", "\u0110ang th\u1EF1c hi\u1EC7n", "Ho\xE0n th\xE0nh"];
var COMPUTED_HEADERS = PLAN_SHEET_COLUMNS.filter(
  (column) => column.key === "due" || column.key === "status"
).map((column) => column.header);
function planSheetColumn(key) {
  return PLAN_SHEET_COLUMNS.findIndex((column) => column.key === key);
}
var HELPER_HEADER_PREFIX = "CCHC\xB7";

// src/text/clean-text.ts
import he from "he";
var BREAKING_TAG = /<\s*(?:br|\/?li|\/?p|\/?div|\/?ul|\/?ol|\/?tr)\b[^>]*>/gi;
var ANY_TAG = /<\/?[a-z][^>]*>/gi;
var INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;
var HAS_INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/;
var SPACES = /[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+/g;
var COMBINING_MARK = /[\u0300-\u036f]/;
var NEEDS_LINE_WORK = /[\n\r\t\u00a0\u2000-\u200a\u202f\u205f\u3000]| {2}|^ | $/;
var NEEDS_CLEANING = /[<&*\u200b-\u200d\u2060\ufeff\u00ad\u0300-\u036f\n\r\t\u00a0\u2000-\u200a\u202f\u205f\u3000]| {2}|^ | $/;
function cleanText(value) {
  if (typeof value === "string" && !NEEDS_CLEANING.test(value)) return value;
  if (value === null || isCellError(value)) return "";
  if (typeof value === "number") return Number.isInteger(value) ? String(value) : String(Number(value.toFixed(10)));
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (isDateCell(value)) return formatViDate(value.date);
  let text2 = value;
  if (text2.includes("<")) text2 = text2.replace(BREAKING_TAG, "\n").replace(ANY_TAG, "");
  if (text2.includes("&")) text2 = he.decode(text2);
  if (text2.includes("**")) text2 = text2.replace(/\*\*/g, "");
  if (HAS_INVISIBLE.test(text2)) text2 = text2.replace(INVISIBLE, "");
  if (COMBINING_MARK.test(text2)) text2 = text2.normalize("NFC");
  if (!NEEDS_LINE_WORK.test(text2)) return text2;
  return text2.replace(/\r\n?/g, "\n").split("\n").map((line) => line.replace(SPACES, " ").trim()).filter((line) => line !== "").join("\n");
}

// src/status/read-date-cell.ts
var FIRST_SERIAL = 32874;
var LAST_SERIAL = 73050;
var DAY_MONTH_YEAR = /^(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{4}|\d{2})$/;
var YEAR_MONTH_DAY = /^(\d{4})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{1,2})$/;
var WORDS = /^(\d{1,2}) thang (\d{1,2}) nam (\d{4})$/;
var TIME = /(?:\s+|t)\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:z|[+-]\d{2}:?\d{2})?$/;
var SERIAL = /^\d{5}$/;
function readDateCell(value) {
  if (value === null || isCellError(value)) return EMPTY;
  if (typeof value === "boolean") return UNREADABLE;
  if (typeof value === "number") return fromSerial(value);
  const text2 = isDateCell(value) ? value.date : value;
  const known = cache.get(text2);
  if (known !== void 0) return known;
  const reading = fromCellText(text2);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(text2, reading);
  return reading;
}
var cache = /* @__PURE__ */ new Map();
var CACHE_LIMIT = 1e4;
function fromCellText(value) {
  const text2 = cleanText(value);
  if (text2 === "") return EMPTY;
  return fromText(fold(text2).replace(/^ngay\s*/, "").replace(/[,;.]$/, "").replace(TIME, "").trim());
}
var EMPTY = { date: null, unreadable: false };
var UNREADABLE = { date: null, unreadable: true };
function fromSerial(serial2) {
  if (!Number.isFinite(serial2) || serial2 < FIRST_SERIAL || serial2 >= LAST_SERIAL + 1) return UNREADABLE;
  return { date: fromSerialDate(serial2), unreadable: false };
}
function fromText(text2) {
  if (SERIAL.test(text2)) return fromSerial(Number(text2));
  const ymd = YEAR_MONTH_DAY.exec(text2);
  if (ymd) return fromParts(Number(ymd[1]), Number(ymd[2]), Number(ymd[3]));
  const dmy = DAY_MONTH_YEAR.exec(text2) ?? WORDS.exec(text2);
  if (dmy) {
    const year2 = dmy[3].length === 2 ? 2e3 + Number(dmy[3]) : Number(dmy[3]);
    return fromParts(year2, Number(dmy[2]), Number(dmy[1]));
  }
  return UNREADABLE;
}
function fromParts(year2, month, day) {
  return isRealDate(year2, month, day) ? { date: isoDate(year2, month, day), unreadable: false } : UNREADABLE;
}

// src/status/read-progress.ts
import { distance } from "fastest-levenshtein";
var CHECK_MARKS = /* @__PURE__ */ new Set(["x", "X", "\u2713", "\u2714", "\u2611", "\u2705", "\u{1F5F8}"]);
var NEGATED_DONE = /(?:^|\s)(?:chua|khong|ko|k)\s+(?:duoc\s+)?(?:hoan thanh|hoan tat|xong|ht)(?:\s|$)/;
var NEGATED = /^(?:chua|khong|ko)(?:\s|$)|(?:^|\s)(?:chua|khong|ko)\s+(?:thuc hien|trien khai|bat dau|lam)(?:\s|$)/;
var DONE = /^(?:da\s+)?(?:hoan thanh|hoan tat|xong|ht)(?:\s|$)|^da thuc hien(?:\s|$)/;
var IN_PROGRESS = /^dang(?:\s|$)|^tiep tuc(?:\s|$)/;
var PERCENT3 = /(\d{1,3}(?:[.,]\d+)?)\s*%/;
var EXACT = {
  true: "done",
  false: "not-started",
  cht: "in-progress",
  dth: "in-progress",
  cth: "not-started",
  ctk: "not-started"
};
var FUZZY = [
  ["hoan thanh", "done", 1],
  ["da hoan thanh", "done", 1],
  ["dang thuc hien", "in-progress", 2],
  ["dang trien khai", "in-progress", 2],
  ["chua thuc hien", "not-started", 2],
  ["chua trien khai", "not-started", 2]
];
var cache2 = /* @__PURE__ */ new Map();
var CACHE_LIMIT2 = 1e4;
function readProgress(value) {
  if (value === null || isCellError(value)) return { state: "not-started", text: "" };
  if (typeof value === "boolean") return { state: value ? "done" : "not-started", text: cleanText(value) };
  if (typeof value === "number") return { state: fromPercent(value <= 1 ? value * 100 : value), text: cleanText(value) };
  if (isDateCell(value)) return { state: "unknown", text: cleanText(value) };
  const cached = cache2.get(value);
  if (cached !== void 0) return cached;
  const reading = fromText2(cleanText(value));
  if (cache2.size >= CACHE_LIMIT2) cache2.clear();
  cache2.set(value, reading);
  return reading;
}
function fromText2(text2) {
  const reading = (state) => ({ state, text: text2 });
  if (text2 === "") return reading("not-started");
  if (CHECK_MARKS.has(text2.replace(/\ufe0f/g, ""))) return reading("done");
  const folded = fold(text2);
  const key = folded.replace(/[^a-z0-9%]+/g, " ").trim();
  if (key === "") return reading("unknown");
  const exact = EXACT[key];
  if (exact !== void 0) return reading(exact);
  if (NEGATED_DONE.test(key)) return reading("in-progress");
  if (NEGATED.test(key)) return reading("not-started");
  const percent = PERCENT3.exec(folded);
  if (percent) return reading(fromPercent(Number(percent[1].replace(",", "."))));
  if (DONE.test(key)) return reading("done");
  if (IN_PROGRESS.test(key)) return reading("in-progress");
  return reading(fuzzy(key));
}
function fromPercent(percent) {
  if (!Number.isFinite(percent) || percent < 0 || percent > 100) return "unknown";
  if (percent === 0) return "not-started";
  return percent === 100 ? "done" : "in-progress";
}
function fuzzy(key) {
  const words = key.split(" ");
  for (const [phrase, state, allowed] of FUZZY) {
    const head = words.slice(0, phrase.split(" ").length).join(" ");
    if (distance(key, phrase) <= allowed || head !== key && distance(head, phrase) <= allowed) return state;
  }
  return "unknown";
}

// src/sheet-model/plan-sheet-rows.ts
var MAX_CELL_TEXT = 32767;
var [NOT_STARTED, IN_PROGRESS2, DONE2] = PROGRESS_CHOICES;
var PROGRESS_WORDS = {
  "not-started": NOT_STARTED,
  "in-progress": IN_PROGRESS2,
  done: DONE2
};
function planSheetTitle(title, year2) {
  if (title.trim() === "") return `K\u1EBE HO\u1EA0CH C\u1EA2I C\xC1CH H\xC0NH CH\xCDNH N\u0102M ${year2}`;
  return readPlanHeading([title]).year === null ? `${title} N\u0102M ${year2}` : title;
}
function extraHeaders(assessed) {
  return [...new Set(assessed.plan.layout.extraColumns.map((column) => column.header))];
}
function* planSheetRows(assessed, extra) {
  const { plan } = assessed;
  const sections = [...plan.sections].sort((a, b) => a.row - b.row);
  let next = 0;
  for (const item of assessed.tasks) {
    while (next < sections.length && sections[next].row < item.task.row) {
      const section = sections[next++];
      yield { kind: "section", label: text(section.label), title: text(section.title) };
    }
    yield taskRow(item, extra);
  }
  while (next < sections.length) {
    const section = sections[next++];
    yield { kind: "section", label: text(section.label), title: text(section.title) };
  }
}
function taskRow({ task, deadline, status, invalid }, extra) {
  return {
    kind: "task",
    values: {
      stt: /^\d{1,9}$/.test(task.stt) ? Number(task.stt) : text(task.stt),
      task: text(task.task),
      deliverable: text(task.deliverable),
      lead: text(task.lead.join("; ")),
      coUnits: text(task.coUnits.join("; ")),
      deadline: text(task.deadlineText),
      progress: progressValue(task.progress.progress),
      completedOn: dateCellValue(task.progress.completedOn),
      dueOverride: dateCellValue(task.progress.dueOverride),
      eventDate: dateCellValue(task.progress.eventDate)
    },
    extra: extra.map((header) => text(task.extra[header] ?? "")),
    deadline,
    invalid,
    cachedDue: status.due,
    cachedStatus: status.label
  };
}
function progressValue(value) {
  if (value === void 0 || value === null) return null;
  const reading = readProgress(value);
  if (reading.state === "unknown") return plainValue(value);
  if (reading.state === "not-started" && reading.text === "") return null;
  return PROGRESS_WORDS[reading.state];
}
function dateCellValue(value) {
  if (value === void 0 || value === null) return null;
  const reading = readDateCell(value);
  if (reading.date !== null) return { date: reading.date };
  return reading.unreadable ? plainValue(value) : null;
}
function plainValue(value) {
  if (value === null || isCellError(value)) return null;
  if (typeof value === "string") return text(value);
  if (typeof value === "boolean") return String(value).toUpperCase();
  if (isDateCell(value)) return { date: value.date };
  return value;
}
function text(value) {
  return value.length > MAX_CELL_TEXT ? value.slice(0, MAX_CELL_TEXT) : value;
}

// src/sheet/plan-sheet-refs.ts
var planSheetLetter = (key) => columnLetters(planSheetColumn(key));
function planSheetRowRefs(row, firstHelper) {
  return {
    row,
    progress: planSheetLetter("progress"),
    completedOn: planSheetLetter("completedOn"),
    dueOverride: planSheetLetter("dueOverride"),
    eventDate: planSheetLetter("eventDate"),
    due: planSheetLetter("due"),
    firstHelper: columnLetters(firstHelper)
  };
}

// src/sheet/date-cell-formula.ts
var FIRST_SERIAL2 = 32874;
var AFTER_LAST_SERIAL = 73051;
function readableDateFormula(cell) {
  return `IF(ISNUMBER(${cell}),AND(${cell}>=${FIRST_SERIAL2},${cell}<${AFTER_LAST_SERIAL}))`;
}

// src/sheet/formula-tree.ts
function formulaTree(conditions, leaf) {
  const cache3 = /* @__PURE__ */ new Map();
  const leafOf = (assignment) => {
    const key = conditions.map((condition) => assignment[condition.name] ? 1 : 0).join("");
    let known = cache3.get(key);
    if (known === void 0) {
      known = leaf(assignment);
      cache3.set(key, known);
    }
    return known;
  };
  let best;
  for (const order of permutations(conditions)) {
    const formula = branch(order, {}, leafOf);
    if (best === void 0 || formula.length < best.length) best = formula;
  }
  return best ?? leaf({});
}
function branch(order, fixed, leafOf) {
  const [first, ...rest] = order;
  if (first === void 0) return leafOf(fixed);
  const whenTrue = branch(rest, { ...fixed, [first.name]: true }, leafOf);
  const whenFalse = branch(rest, { ...fixed, [first.name]: false }, leafOf);
  return whenTrue === whenFalse ? whenTrue : `IF(${first.formula},${whenTrue},${whenFalse})`;
}
function permutations(items) {
  if (items.length <= 1) return [[...items]];
  return items.flatMap((item, index) => permutations([...items.slice(0, index), ...items.slice(index + 1)]).map((rest) => [item, ...rest]));
}

// src/calendar/day-number.ts
function dayNumber(iso) {
  return jdFromDate(Number(iso.slice(8, 10)), Number(iso.slice(5, 7)), Number(iso.slice(0, 4)));
}
function isoFromDayNumber(jd) {
  const [day, month, year2] = jdToDate(jd);
  return isoDate(year2, month, day);
}
function weekdayOf(jd) {
  return (jd + 1) % 7;
}
function isWeekend(jd) {
  const weekday = weekdayOf(jd);
  return weekday === 0 || weekday === 6;
}
function jdFromDate(day, month, year2) {
  const a = Math.floor((14 - month) / 12);
  const y = year2 + 4800 - a;
  const m = month + 12 * a - 3;
  const jd = day + Math.floor((153 * m + 2) / 5) + 365 * y + Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400) - 32045;
  if (jd < 2299161) return day + Math.floor((153 * m + 2) / 5) + 365 * y + Math.floor(y / 4) - 32083;
  return jd;
}
function jdToDate(jd) {
  let b;
  let c;
  if (jd > 2299160) {
    const a = jd + 32044;
    b = Math.floor((4 * a + 3) / 146097);
    c = a - Math.floor(b * 146097 / 4);
  } else {
    b = 0;
    c = jd + 32082;
  }
  const d = Math.floor((4 * c + 3) / 1461);
  const e = c - Math.floor(1461 * d / 4);
  const m = Math.floor((5 * e + 2) / 153);
  const day = e - Math.floor((153 * m + 2) / 5) + 1;
  const month = m + 3 - 12 * Math.floor(m / 10);
  const year2 = b * 100 + d - 4800 + Math.floor(m / 10);
  return [day, month, year2];
}

// src/sheet/sheet-serial.ts
var SERIAL_ZERO = dayNumber("1899-12-30");
function sheetSerial(date) {
  return dayNumber(date) - SERIAL_ZERO;
}
function columnIndex(letters) {
  let index = 0;
  for (const letter of letters.toUpperCase()) index = index * 26 + (letter.charCodeAt(0) - 64);
  return index - 1;
}

// src/sheet/helper-columns.ts
var FIXED_STEP_COLUMNS = 4;
var HELPER_HEADERS = [
  "lo\u1EA1i h\u1EA1n",
  ...Array.from({ length: FIXED_STEP_COLUMNS }, (_, index) => [`b\u1EAFt \u0111\u1EA7u ${index + 1}`, `h\u1EA1n ${index + 1}`]).flat(),
  "chu k\u1EF3 (th\xE1ng)",
  "ng\xE0y h\u1EA1n trong chu k\u1EF3",
  "s\u1ED1 ng\xE0y sau s\u1EF1 ki\u1EC7n",
  "t\xEDnh ng\xE0y l\xE0m vi\u1EC7c"
].map((header) => `${HELPER_HEADER_PREFIX}${header}`);
var HELPER = {
  kind: 0,
  fixedStart: (index) => 1 + 2 * index,
  fixedDue: (index) => 2 + 2 * index,
  cycleMonths: 1 + 2 * FIXED_STEP_COLUMNS,
  cycleDueDay: 2 + 2 * FIXED_STEP_COLUMNS,
  eventDays: 3 + 2 * FIXED_STEP_COLUMNS,
  eventWorkingDays: 4 + 2 * FIXED_STEP_COLUMNS
};
var CYCLE_MONTHS = { year: 12, "half-year": 6, quarter: 3, month: 1 };
function helperValues(deadline, invalid, steps) {
  const values = HELPER_HEADERS.map(() => null);
  values[HELPER.kind] = invalid ? "invalid" : deadline.kind;
  if (invalid) return values;
  steps.fixed.slice(0, FIXED_STEP_COLUMNS).forEach((step, index) => {
    values[HELPER.fixedStart(index)] = step.start === null ? null : sheetSerial(step.start);
    values[HELPER.fixedDue(index)] = sheetSerial(step.due);
  });
  const [cycle] = steps.cycles;
  if (cycle !== void 0) {
    values[HELPER.cycleMonths] = CYCLE_MONTHS[cycle.recurrence.every];
    values[HELPER.cycleDueDay] = cycle.recurrence.dueDay === null ? null : cycleDueDay(cycle.recurrence.dueDay);
  }
  const [event] = steps.events;
  if (event !== void 0) {
    values[HELPER.eventDays] = event.days;
    values[HELPER.eventWorkingDays] = event.workingDays ? 1 : 0;
  }
  return values;
}
function cycleDueDay(day) {
  return Math.min(Math.max(1, Math.trunc(day)), 31);
}

// src/sheet/progress-done-formula.ts
var DONE_SPELLINGS = [
  ...["ho\xE0n th\xE0nh", "\u0111\xE3 ho\xE0n th\xE0nh", "ho\xE0n t\u1EA5t", "\u0111\xE3 ho\xE0n t\u1EA5t", "xong", "\u0111\xE3 xong", "ht", "\u0111\xE3 th\u1EF1c hi\u1EC7n", "ho\xE0n th\xE0nh 100%"],
  ...["hoan thanh", "da hoan thanh", "hoan tat", "da xong", "da thuc hien"],
  ...["ho\xE0n th\xE0nh", "\u0111\xE3 ho\xE0n th\xE0nh"].map((text2) => text2.normalize("NFD")),
  ...["x", "\u2713", "\u2714", "\u2611", "\u2705", "\u2714\uFE0F", "\u2611\uFE0F", "\u2705\uFE0F", "100%", "100 %", "true"]
];
var SEPARATOR = "|";
function progressDoneFormula(cell) {
  const list = `${SEPARATOR}${DONE_SPELLINGS.join(SEPARATOR)}${SEPARATOR}`;
  const text2 = `IF(ISTEXT(${cell}),ISNUMBER(FIND("${SEPARATOR}"&SUBSTITUTE(LOWER(TRIM(${cell})),"${SEPARATOR}","/")&"${SEPARATOR}","${list}"))`;
  return `${text2},IF(ISNUMBER(${cell}),OR(${cell}=1,${cell}=100),IF(ISLOGICAL(${cell}),${cell})))`;
}

// src/sheet/sheet-steps.ts
function sheetSteps(deadline) {
  const parts = deadline.parts.length > 0 ? deadline.parts : [deadline];
  const fixed = [];
  const cycles2 = [];
  const events = [];
  let continuous = false;
  let pending = false;
  let order = 0;
  for (const part of parts) {
    switch (part.kind) {
      case "date":
      case "period":
      case "span":
        if (part.due !== null) fixed.push({ due: part.due, start: part.start, order: order++ });
        break;
      case "milestones":
        for (const milestone of part.milestones ?? []) fixed.push({ due: milestone.due, start: milestone.start, order: order++ });
        if ((part.milestones ?? []).length === 0 && part.due !== null) fixed.push({ due: part.due, start: part.start, order: order++ });
        break;
      case "recurring":
        if (part.recurrence) cycles2.push({ recurrence: part.recurrence, from: part.start, to: part.due, order: order++ });
        break;
      case "after-event":
        if (part.afterEvent) events.push({ days: part.afterEvent.days, workingDays: part.afterEvent.workingDays, order: order++ });
        else pending = true;
        break;
      case "directive":
        pending = true;
        break;
      case "continuous":
        continuous = true;
        break;
      case "unknown":
        break;
    }
  }
  fixed.sort((a, b) => a.due < b.due ? -1 : a.due > b.due ? 1 : a.order - b.order);
  return { fixed, cycles: cycles2, events, continuous, pending, count: order };
}

// src/sheet/step-selection.ts
var DUE_LIMIT = 3e6;
var NO_DUE = 1e7;
function stepKeys(count) {
  let base = 100;
  while (base <= count) base *= 10;
  const factor = 2 * base;
  let afterOpen = 10;
  while (afterOpen <= DUE_LIMIT * factor) afterOpen *= 10;
  return { factor, afterOpen, closed: afterOpen * 10 };
}
function selectedDue(candidates, fallback) {
  const none = fallback ?? '""';
  if (candidates.length === 0) return none;
  if (candidates.every((candidate) => candidate.open === null)) return minOf(candidates.map((candidate) => candidate.due));
  const [only] = candidates;
  if (candidates.length === 1 && only !== void 0) return only.due === none ? none : `IF(${only.open},${only.due},${none})`;
  const closed = fallback === null ? NO_DUE : 2 * NO_DUE;
  const terms = candidates.map((candidate) => candidate.open === null ? candidate.due : `IF(${candidate.open},${candidate.due},${closed})`);
  if (fallback !== null) return `MOD(MIN(${terms.join(",")},${NO_DUE}+${operand(fallback)}),${NO_DUE})`;
  const earliest2 = `MIN(${terms.join(",")})`;
  return `IF(${earliest2}<${NO_DUE},${earliest2},"")`;
}
function selectedFlag(candidates, last, keys) {
  const lastFlag = last === null ? null : latestFlag(last, keys);
  if (candidates.every((candidate) => candidate.flag === null) && lastFlag === null) return null;
  const [only] = candidates;
  if (candidates.length === 0) return lastFlag;
  if (candidates.length === 1 && only !== void 0) {
    if (only.open === null || last === null || only.flag === lastFlag) return only.flag;
    return `IF(${only.open},${only.flag ?? "FALSE()"},${lastFlag ?? "FALSE()"})`;
  }
  const terms = candidates.map((candidate) => candidate.open === null ? keyOf(candidate, keys) : `IF(${candidate.open},${keyOf(candidate, keys)},${keys.closed})`);
  if (last !== null) terms.push(`${keys.afterOpen}+${latestKey(last, keys)}`);
  return `MOD(MIN(${terms.join(",")}),2)=1`;
}
function latestDue(steps) {
  return steps.length === 0 ? null : maxOf(steps.map((step) => step.due));
}
function latestFlag(steps, keys) {
  if (steps.every((step) => step.flag === null)) return null;
  const [only] = steps;
  if (steps.length === 1 && only !== void 0) return only.flag;
  return `MOD(${latestKey(steps, keys)},2)=1`;
}
function latestKey(steps, keys) {
  return maxOf(steps.map((step) => withFlag(`${operand(step.due)}*${keys.factor}+${keys.factor - 2 - 2 * step.order}`, step.flag)));
}
function keyOf(step, keys) {
  return withFlag(`${operand(step.due)}*${keys.factor}${step.order === 0 ? "" : `+${2 * step.order}`}`, step.flag);
}
function withFlag(key, flag) {
  return flag === null ? key : `${key}+(${flag})`;
}
function minOf(terms) {
  return terms.length === 1 ? terms[0] ?? "" : `MIN(${terms.join(",")})`;
}
function maxOf(terms) {
  return terms.length === 1 ? terms[0] ?? "" : `MAX(${terms.join(",")})`;
}
function operand(formula) {
  if (/^[A-Z]+\d+$|^\d+$/.test(formula)) return formula;
  const call = /^[A-Z][A-Z0-9.]*\(/.exec(formula);
  if (call !== null && closingParen(formula, call[0].length - 1) === formula.length - 1) return formula;
  return `(${formula})`;
}
function closingParen(formula, open) {
  let depth = 0;
  let inText = false;
  for (let i = open; i < formula.length; i += 1) {
    const char = formula[i];
    if (char === '"') inText = !inText;
    else if (!inText && char === "(") depth += 1;
    else if (!inText && char === ")") {
      depth -= 1;
      if (depth === 0) return i;
    }
  }
  return -1;
}

// src/sheet/step-terms.ts
var RowCells = class {
  constructor(refs, names) {
    this.refs = refs;
    this.asOf = names.asOf;
    this.window = names.dueSoonDays;
    this.daysOff = names.daysOff;
    this.due = this.cell(refs.due);
    this.progress = this.cell(refs.progress);
    this.completedOnCell = this.cell(refs.completedOn);
    this.overrideCell = this.cell(refs.dueOverride);
    this.eventDateCell = this.cell(refs.eventDate);
    this.completedOn = `INT(${this.completedOnCell})`;
    this.override = `INT(${this.overrideCell})`;
    this.eventDate = `INT(${this.eventDateCell})`;
    this.firstHelper = columnIndex(refs.firstHelper);
  }
  refs;
  asOf;
  window;
  daysOff;
  /** The computed due date ("Hạn (tự tính)"), which the status formula reads. */
  due;
  progress;
  /** The raw date cells, and the days they hold (INT drops a time of day). */
  completedOnCell;
  overrideCell;
  eventDateCell;
  completedOn;
  override;
  eventDate;
  firstHelper;
  /** The helper value at a 0-based place of HELPER. */
  helper(index) {
    return this.cell(columnLetters(this.firstHelper + index));
  }
  cell(column) {
    return `${column}${this.refs.row}`;
  }
};
function stepTerms(steps, row) {
  return {
    fixed: steps.fixed.map((step, index) => fixedTerm(step, index, row)),
    cycles: steps.cycles.map((step, index) => cycleTerm(step, index, row)),
    events: steps.events.map((step, index) => eventTerm(step, index, row)),
    keys: stepKeys(steps.count)
  };
}
function fixedTerm(step, index, row) {
  const inColumns = index < FIXED_STEP_COLUMNS;
  const due = inColumns ? row.helper(HELPER.fixedDue(index)) : dateLiteral(step.due);
  const start = step.start === null ? null : inColumns ? row.helper(HELPER.fixedStart(index)) : dateLiteral(step.start);
  return { due, order: step.order, flag: start === null ? null : `${row.asOf}<${start}` };
}
function cycleTerm(step, index, row) {
  const months = index === 0 ? row.helper(HELPER.cycleMonths) : String(CYCLE_MONTHS[step.recurrence.every]);
  const dueDay = step.recurrence.dueDay === null ? null : index === 0 ? row.helper(HELPER.cycleDueDay) : String(cycleDueDay(step.recurrence.dueDay));
  const from = step.from === null ? null : dateLiteral(step.from);
  const to = step.to === null ? null : dateLiteral(step.to);
  const asOf = row.asOf;
  const day = from === null ? to === null ? asOf : `MIN(${asOf},${to})` : to === null ? `MAX(${asOf},${from})` : `IF(${asOf}<${from},${from},MIN(${asOf},${to}))`;
  const offset = (date) => `MOD(MONTH(${date})-1,${months})`;
  const end = (date) => `EOMONTH(${date},${months}-1-${offset(date)})`;
  const cycleEnd = end(day);
  return {
    due: dueDay === null ? cycleEnd : `MIN(${cycleEnd},EOMONTH(${day},${months}-2-${offset(day)})+${dueDay})`,
    order: step.order,
    // Without a first day of its own the cycle holds the as-of date: it has begun.
    flag: from === null ? null : `${asOf}<EOMONTH(${day},-1-${offset(day)})+1`,
    holdsCompletion: `${end(row.completedOn)}=${cycleEnd}`,
    leavesCompletion: `${end(row.completedOn)}<>${cycleEnd}`
  };
}
function eventTerm(step, index, row) {
  const days = index === 0 ? row.helper(HELPER.eventDays) : String(step.days);
  const due = step.workingDays ? `WORKDAY(${row.eventDate},${days},${row.daysOff})` : `${row.eventDate}+${days}`;
  return { due, order: step.order, flag: `${row.asOf}<${row.eventDate}` };
}
function dateLiteral(date) {
  return `DATE(${Number(date.slice(0, 4))},${Number(date.slice(5, 7))},${Number(date.slice(8, 10))})`;
}

// src/sheet/row-formulas.ts
var DEFAULT_SETTINGS_NAMES = { asOf: "NgayDanhGia", dueSoonDays: "SoNgaySapDenHan", daysOff: "NgayNghi" };
var rowFormulas = (deadline, invalid, refs, names) => {
  const steps = sheetSteps(deadline);
  const helpers = helperValues(deadline, invalid, steps);
  if (invalid) return { helpers, due: '""', status: label("INVALID") };
  const row = new RowCells(refs, names);
  const terms = stepTerms(steps, row);
  const questions = [
    { name: "done", formula: progressDoneFormula(row.progress) },
    { name: "override", formula: readableDateFormula(row.overrideCell) },
    { name: "completed", formula: readableDateFormula(row.completedOnCell) },
    ...steps.events.length > 0 ? [{ name: "event", formula: readableDateFormula(row.eventDateCell) }] : []
  ];
  const leaf = (given) => leafFormulas(deadline, steps, terms, row, given);
  return {
    helpers,
    due: formulaTree(questions, (given) => leaf(given).due),
    status: formulaTree(questions, (given) => leaf(given).status)
  };
};
function leafFormulas(deadline, steps, terms, row, given) {
  const judge = new Judge(row, given);
  if (given.override) return { due: row.override, status: given.done ? judge.done(true) : judge.timely(null) };
  if (deadline.kind === "unknown") return { due: '""', status: label("INVALID") };
  const events = given.event ? terms.events : [];
  const pending = steps.pending || terms.events.length > 0 && !given.event;
  if (terms.fixed.length + terms.cycles.length + events.length === 0) {
    if (!steps.continuous && !pending) return { due: '""', status: label("INVALID") };
    return { due: '""', status: given.done ? judge.done(false) : label(pending ? "NO_DEADLINE" : "CONTINUOUS") };
  }
  const latestFixed = terms.fixed[latestFixedIndex(steps)];
  const lastSteps = [...latestFixed === void 0 ? [] : [latestFixed], ...terms.cycles, ...events];
  const last = latestDue(lastSteps) ?? '""';
  if (given.done) {
    if (!given.completed) return { due: last, status: label("DONE") };
    if (terms.cycles.length === 0) return { due: last, status: judge.done(true) };
    const open2 = terms.cycles.map((cycle) => ({ ...cycle, open: cycle.leavesCompletion }));
    const allHeld = terms.cycles.length === 1 ? terms.cycles[0].holdsCompletion : `AND(${terms.cycles.map((cycle) => cycle.holdsCompletion).join(",")})`;
    return { due: selectedDue(open2, last), status: `IF(${allHeld},${judge.done(true)},${judge.timely(selectedFlag(open2, null, terms.keys))})` };
  }
  if (!given.completed) {
    const open2 = [...terms.fixed.slice(0, 1), ...terms.cycles, ...events].map((step) => ({ ...step, open: null }));
    return { due: selectedDue(open2, null), status: judge.timely(selectedFlag(open2, null, terms.keys)) };
  }
  const open = openAfterCompletion(terms.fixed, events, terms.cycles, row.completedOn);
  if (pending || steps.continuous) {
    const undated = label(pending ? "NO_DEADLINE" : "CONTINUOUS");
    if (open.length === 0) return { due: '""', status: undated };
    return { due: selectedDue(open, null), status: `IF(${row.due}="",${undated},${judge.timely(selectedFlag(open, null, terms.keys))})` };
  }
  return { due: selectedDue(open, last), status: judge.timely(selectedFlag(open, lastSteps, terms.keys)) };
}
function openAfterCompletion(fixed, events, cycles2, completedOn) {
  const dueAfter = (step) => `${operand(step.due)}>${completedOn}`;
  const before = (a, b) => `${operand(a.due)}${a.order < b.order ? "<=" : "<"}${operand(b.due)}`;
  const contenders = [...fixed.slice(0, 1), ...events];
  const open = fixed.slice(1).map((step) => ({ ...step, open: dueAfter(step) }));
  for (const step of contenders) {
    const rivals = contenders.filter((other) => other !== step);
    if (rivals.length === 0) continue;
    const notFirst = rivals.length === 1 ? before(rivals[0], step) : `OR(${rivals.map((rival) => before(rival, step)).join(",")})`;
    open.push({ ...step, open: `AND(${notFirst},${dueAfter(step)})` });
  }
  return [...open, ...cycles2.map((cycle) => ({ ...cycle, open: cycle.leavesCompletion }))];
}
var Judge = class {
  constructor(row, given) {
    this.row = row;
    this.given = given;
  }
  row;
  given;
  /** Marked done: on time or late against the due cell, DONE without a completion date. */
  done(hasDue) {
    if (!this.given.completed) return label("DONE");
    if (!hasDue) return label("DONE_ON_TIME");
    return `IF(${this.row.completedOn}<=${this.row.due},${label("DONE_ON_TIME")},${label("DONE_LATE")})`;
  }
  /** Not done: OVERDUE, DUE_SOON, then NOT_DUE when `notYet` (the step's window has not opened), else IN_PROGRESS. */
  timely(notYet) {
    const { due, asOf, window } = this.row;
    const inWindow = notYet === null ? label("IN_PROGRESS") : `IF(${notYet},${label("NOT_DUE")},${label("IN_PROGRESS")})`;
    return `IF(${due}<${asOf},${label("OVERDUE")},IF(${due}-${asOf}<=${window},${label("DUE_SOON")},${inWindow}))`;
  }
};
function latestFixedIndex(steps) {
  const last = steps.fixed[steps.fixed.length - 1];
  return last === void 0 ? -1 : steps.fixed.findIndex((step) => step.due === last.due);
}
function label(code) {
  return `"${STATUS_LABELS[code].replace(/"/g, '""')}"`;
}

// src/sheet/status-rule-formulas.ts
var DONE_CODES = ["DONE_ON_TIME", "DONE_LATE", "DONE"];
function statusRuleFormulas(statusColumnLetter, firstRow) {
  const cell = `$${statusColumnLetter.replace(/^\$/, "").toUpperCase()}${firstRow}`;
  const is = (code) => `${cell}="${STATUS_LABELS[code]}"`;
  return {
    overdue: is("OVERDUE"),
    dueSoon: is("DUE_SOON"),
    done: `OR(${DONE_CODES.map(is).join(",")})`,
    invalid: is("INVALID")
  };
}

// src/sheet-model/row-formulas-by-shape.ts
var STAND_IN_ROW = 1048575;
var STAND_IN_REFERENCE = new RegExp(`(?<=[A-Z])${STAND_IN_ROW}(?!\\d)`, "g");
var SHAPES_KEPT = 1e4;
function rowFormulasByShape(refsOf, names) {
  const shapes = /* @__PURE__ */ new Map();
  return (deadline, invalid, row) => {
    const key = `${invalid ? 1 : 0}${JSON.stringify(deadline)}`;
    let shape = shapes.get(key);
    if (shape === void 0) {
      const formulas = rowFormulas(deadline, invalid, refsOf(STAND_IN_ROW), names);
      shape = { helpers: formulas.helpers, due: formulas.due.split(STAND_IN_REFERENCE), status: formulas.status.split(STAND_IN_REFERENCE) };
      if (shapes.size >= SHAPES_KEPT) shapes.clear();
      shapes.set(key, shape);
    }
    const at = String(row);
    return { helpers: shape.helpers, due: shape.due.join(at), status: shape.status.join(at) };
  };
}

// src/sheet-model/plan-table-model.ts
var PLAN_HEADER_ROW_INDEX = 2;
var PROGRESS_MESSAGE = {
  title: "T\xECnh tr\u1EA1ng",
  message: `N\xEAn ch\u1ECDn m\u1ED9t trong: ${PROGRESS_CHOICES.join(", ")}. V\u1EABn gi\u1EEF n\u1ED9i dung \u0111\xE3 g\xF5?`,
  warnOnly: true
};
var DATE_MESSAGE = { title: "C\u1EA7n m\u1ED9t ng\xE0y", message: "H\xE3y nh\u1EADp m\u1ED9t ng\xE0y, v\xED d\u1EE5 15/06/2026 (ho\u1EB7c 2026-06-15).", warnOnly: false };
var TASK_LOOKS = [
  ["body", "centred"],
  // STT
  ["body"],
  // Nhiệm vụ
  ["body"],
  // Sản phẩm
  ["body"],
  // Cơ quan chủ trì
  ["body"],
  // Cơ quan phối hợp
  ["body"],
  // Thời gian hoàn thành
  ["body", "centred"],
  // Tình trạng
  ["date"],
  // Ngày hoàn thành
  ["date"],
  // Hạn cụ thể
  ["date"],
  // Ngày bắt đầu tính hạn
  ["date"],
  // Hạn (tự tính)
  ["body", "centred"]
  // Trạng thái (tự tính)
];
function planTableModel(input) {
  const extraCount = input.extraHeaders.length;
  const visibleCount = PLAN_SHEET_COLUMNS.length + extraCount;
  const widths = [...PLAN_SHEET_COLUMNS.map(({ key, width }) => printWidth(key, width)), ...input.extraHeaders.map(extraWidth)];
  const sheet = new SheetModelBuilder(input.name, [...widths, ...HELPER_HEADERS.map(() => HELPER_WIDTH)], "2F5597", "landscape");
  const refsOf = (row) => planSheetRowRefs(row, visibleCount);
  const title = sheet.addRow([input.title], wrappedHeight([{ text: input.title, width: widths.reduce((sum, width) => sum + width, 0) }], 14));
  sheet.look(cellRange(title, 0), "title").merge(cellRange(title, 0, title, visibleCount - 1));
  sheet.addRow([]);
  const headers = [...PLAN_SHEET_COLUMNS.map((column2) => column2.header), ...input.extraHeaders];
  const header = sheet.addRow(
    [...headers, ...HELPER_HEADERS],
    wrappedHeight(headers.map((text2, index) => ({ text: text2, width: widths[index] })), BODY_SIZE + 1)
  );
  sheet.look(cellRange(header, 0, header, visibleCount - 1), "header").look(cellRange(header, visibleCount, header, visibleCount + HELPER_HEADERS.length - 1), "helper");
  const taskLooks = [...TASK_LOOKS, ...input.extraHeaders.map(() => ["body"])];
  const formulasOf = rowFormulasByShape(refsOf, DEFAULT_SETTINGS_NAMES);
  let hasTasks = false;
  for (const item of input.rows) {
    if (item.kind === "section") {
      const row = sheet.addRow([item.label, item.title], wrappedHeight([{ text: item.title, width: widths[1] }], BODY_SIZE + 1));
      sheet.look(cellRange(row, 0), "section", "centred").look(cellRange(row, 1, row, visibleCount - 1), "section");
      continue;
    }
    const index = sheet.next;
    const formulas = formulasOf(item.deadline, item.invalid, index + 1);
    const { due, status } = item.wrap ? item.wrap(formulas, refsOf(index + 1)) : formulas;
    const { values } = item;
    const cells = [
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
      { formula: due, result: item.cachedDue === null ? "" : { date: item.cachedDue } },
      { formula: status, result: item.cachedStatus },
      ...item.extra.map(orNull),
      ...formulas.helpers
    ];
    const height = wrappedHeight([
      { text: values.task, width: widths[1] },
      { text: values.deliverable, width: widths[2] },
      { text: values.lead, width: widths[3] },
      { text: values.coUnits, width: widths[4] },
      { text: values.deadline, width: widths[5] },
      { text: typeof values.progress === "string" ? values.progress : "", width: widths[6] },
      { text: item.cachedStatus, width: widths[11] },
      ...item.extra.map((text2, extra) => ({ text: text2, width: widths[PLAN_SHEET_COLUMNS.length + extra] }))
    ]);
    sheet.addRow(cells, height);
    sheet.lookRow(index, taskLooks);
    hasTasks = true;
  }
  const firstRow = PLAN_HEADER_ROW_INDEX + 1;
  const lastRow = sheet.next - 1;
  const column = (key) => cellRange(firstRow, planSheetColumn(key), lastRow, planSheetColumn(key));
  const validations = hasTasks ? [{ range: column("progress"), kind: "list", choices: PROGRESS_CHOICES }, ...["completedOn", "dueOverride", "eventDate"].map((key) => ({ range: column(key), kind: "date" }))] : [];
  const messages = validations.map((validation) => ({ range: validation.range, ...validation.kind === "list" ? PROGRESS_MESSAGE : DATE_MESSAGE }));
  return sheet.build({
    frozenRows: PLAN_HEADER_ROW_INDEX + 1,
    printTitleRows: { top: PLAN_HEADER_ROW_INDEX, bottom: PLAN_HEADER_ROW_INDEX },
    hiddenColumns: HELPER_HEADERS.map((_, index) => visibleCount + index),
    autoFilter: cellRange(PLAN_HEADER_ROW_INDEX, 0, Math.max(lastRow, PLAN_HEADER_ROW_INDEX), visibleCount - 1),
    validations,
    validationMessages: messages,
    rules: hasTasks ? statusRules(cellRange(firstRow, 0, lastRow, visibleCount - 1), planSheetLetter("status")) : []
  });
}
function statusRules(range, statusLetter) {
  const formulas = statusRuleFormulas(statusLetter, range.top + 1);
  return ["invalid", "overdue", "dueSoon", "done"].map((look) => ({ range, formula: formulas[look], look }));
}
var HELPER_WIDTH = 12;
function orNull(text2) {
  return text2 === "" ? null : text2;
}
function printWidth(key, width) {
  if (key === "stt") return width;
  return Math.max(DATE_WIDTH, Math.round(width * 0.8 * 10) / 10);
}
var DATE_WIDTH = 10.5;
function extraWidth(header) {
  return Math.min(24, Math.max(12, [...header].length + 2));
}

// src/sheet-model/plan-sheet-model.ts
function planSheetModel(assessed, options) {
  const extra = extraHeaders(assessed);
  return planTableModel({
    name: options.name,
    title: planSheetTitle(assessed.plan.plan.title, assessed.plan.plan.year),
    extraHeaders: extra,
    rows: planSheetRows(assessed, extra)
  });
}

// src/calendar/lunar-calendar.ts
var VIETNAM = 7;
var SYNODIC_MONTH = 29.530588853;
var NEW_MOON_EPOCH = 2415021076998695e-9;
function solarToLunar(date, options = {}) {
  const timeZone = options.timeZone ?? VIETNAM;
  const year2 = Number(date.slice(0, 4));
  const jd = dayNumber(date);
  const k = Math.floor((jd - NEW_MOON_EPOCH) / SYNODIC_MONTH);
  let monthStart = newMoonDay(k + 1, timeZone);
  if (monthStart > jd) monthStart = newMoonDay(k, timeZone);
  let a11 = lunarMonth11(year2, timeZone);
  let b11 = a11;
  let lunarYear;
  if (a11 >= monthStart) {
    lunarYear = year2;
    a11 = lunarMonth11(year2 - 1, timeZone);
  } else {
    lunarYear = year2 + 1;
    b11 = lunarMonth11(year2 + 1, timeZone);
  }
  const day = jd - monthStart + 1;
  const diff = Math.floor((monthStart - a11) / 29);
  let leap = false;
  let month = diff + 11;
  if (b11 - a11 > 365) {
    const leapMonthDiff = leapMonthOffset(a11, timeZone);
    if (diff >= leapMonthDiff) {
      month = diff + 10;
      if (diff === leapMonthDiff) leap = true;
    }
  }
  if (month > 12) month -= 12;
  if (month >= 11 && diff < 4) lunarYear -= 1;
  return { day, month, year: lunarYear, leap };
}
function lunarToSolar(lunar, options = {}) {
  const timeZone = options.timeZone ?? VIETNAM;
  const { day, month, year: year2, leap } = lunar;
  if (!Number.isInteger(day) || !Number.isInteger(month) || !Number.isInteger(year2)) return null;
  if (day < 1 || day > 30 || month < 1 || month > 12) return null;
  const a11 = month < 11 ? lunarMonth11(year2 - 1, timeZone) : lunarMonth11(year2, timeZone);
  const b11 = month < 11 ? lunarMonth11(year2, timeZone) : lunarMonth11(year2 + 1, timeZone);
  const k = Math.floor(0.5 + (a11 - NEW_MOON_EPOCH) / SYNODIC_MONTH);
  let offset = month - 11;
  if (offset < 0) offset += 12;
  if (b11 - a11 > 365) {
    const leapOffset = leapMonthOffset(a11, timeZone);
    let leapMonth = leapOffset - 2;
    if (leapMonth < 0) leapMonth += 12;
    if (leap && month !== leapMonth) return null;
    if (leap || offset >= leapOffset) offset += 1;
  } else if (leap) {
    return null;
  }
  const solar = isoFromDayNumber(newMoonDay(k + offset, timeZone) + day - 1);
  const back = solarToLunar(solar, options);
  return back.day === day && back.month === month && back.leap === leap ? solar : null;
}
function lunarNewYear(year2, options = {}) {
  const tet = lunarToSolar({ day: 1, month: 1, year: year2, leap: false }, options);
  if (tet === null) throw new RangeError(`No lunar new year for ${year2}`);
  return tet;
}
function newMoon(k) {
  const T = k / 1236.85;
  const T2 = T * T;
  const T3 = T2 * T;
  const dr = Math.PI / 180;
  let jd1 = 241502075933e-5 + 29.53058868 * k + 1178e-7 * T2 - 155e-9 * T3;
  jd1 += 33e-5 * Math.sin((166.56 + 132.87 * T - 9173e-6 * T2) * dr);
  const M = 359.2242 + 29.10535608 * k - 333e-7 * T2 - 347e-8 * T3;
  const Mpr = 306.0253 + 385.81691806 * k + 0.0107306 * T2 + 1236e-8 * T3;
  const F = 21.2964 + 390.67050646 * k - 16528e-7 * T2 - 239e-8 * T3;
  let C1 = (0.1734 - 393e-6 * T) * Math.sin(M * dr) + 21e-4 * Math.sin(2 * dr * M);
  C1 = C1 - 0.4068 * Math.sin(Mpr * dr) + 0.0161 * Math.sin(dr * 2 * Mpr);
  C1 = C1 - 4e-4 * Math.sin(dr * 3 * Mpr);
  C1 = C1 + 0.0104 * Math.sin(dr * 2 * F) - 51e-4 * Math.sin(dr * (M + Mpr));
  C1 = C1 - 74e-4 * Math.sin(dr * (M - Mpr)) + 4e-4 * Math.sin(dr * (2 * F + M));
  C1 = C1 - 4e-4 * Math.sin(dr * (2 * F - M)) - 6e-4 * Math.sin(dr * (2 * F + Mpr));
  C1 = C1 + 1e-3 * Math.sin(dr * (2 * F - Mpr)) + 5e-4 * Math.sin(dr * (2 * Mpr + M));
  const deltaT = T < -11 ? 1e-3 + 839e-6 * T + 2261e-7 * T2 - 845e-8 * T3 - 81e-9 * T * T3 : -278e-6 + 265e-6 * T + 262e-6 * T2;
  return jd1 + C1 - deltaT;
}
function sunLongitude(jdn) {
  const T = (jdn - 2451545) / 36525;
  const T2 = T * T;
  const dr = Math.PI / 180;
  const M = 357.5291 + 35999.0503 * T - 1559e-7 * T2 - 48e-8 * T * T2;
  const L0 = 280.46645 + 36000.76983 * T + 3032e-7 * T2;
  let DL = (1.9146 - 4817e-6 * T - 14e-6 * T2) * Math.sin(dr * M);
  DL = DL + (0.019993 - 101e-6 * T) * Math.sin(dr * 2 * M) + 29e-5 * Math.sin(dr * 3 * M);
  const L = (L0 + DL) * dr;
  return L - Math.PI * 2 * Math.floor(L / (Math.PI * 2));
}
function sunSector(dayNo, timeZone) {
  return Math.floor(sunLongitude(dayNo - 0.5 - timeZone / 24) / Math.PI * 6);
}
function newMoonDay(k, timeZone) {
  return Math.floor(newMoon(k) + 0.5 + timeZone / 24);
}
function lunarMonth11(year2, timeZone) {
  const off = jdFromDate(31, 12, year2) - 2415021;
  const k = Math.floor(off / SYNODIC_MONTH);
  const nm = newMoonDay(k, timeZone);
  return sunSector(nm, timeZone) >= 9 ? newMoonDay(k - 1, timeZone) : nm;
}
function leapMonthOffset(a11, timeZone) {
  const k = Math.floor((a11 - NEW_MOON_EPOCH) / SYNODIC_MONTH + 0.5);
  let i = 1;
  let arc = sunSector(newMoonDay(k + i, timeZone), timeZone);
  let last;
  do {
    last = arc;
    i += 1;
    arc = sunSector(newMoonDay(k + i, timeZone), timeZone);
  } while (arc !== last && i < 14);
  return i - 1;
}

// src/calendar/vietnam-holidays.ts
var LUNAR_DAY_NAMES = ["m\xF9ng 1", "m\xF9ng 2", "m\xF9ng 3", "m\xF9ng 4"];
function vietnamHolidays(year2, options = {}) {
  const byDay = /* @__PURE__ */ new Map();
  const add = (date, name) => {
    const day = dayNumber(date);
    const existing = byDay.get(day);
    byDay.set(day, existing === void 0 ? name : `${existing}; ${name}`);
  };
  add(isoDate(year2, 1, 1), "T\u1EBFt D\u01B0\u01A1ng l\u1ECBch");
  const tet = dayNumber(lunarNewYear(year2));
  const lunarNewYearsEve = isoFromDayNumber(tet - 1);
  add(lunarNewYearsEve, `T\u1EBFt Nguy\xEAn \u0110\xE1n (${solarToLunar(lunarNewYearsEve).day} th\xE1ng Ch\u1EA1p)`);
  LUNAR_DAY_NAMES.forEach((name, index) => add(isoFromDayNumber(tet + index), `T\u1EBFt Nguy\xEAn \u0110\xE1n (${name})`));
  const hungKings = lunarToSolar({ day: 10, month: 3, year: year2, leap: false });
  if (hungKings !== null) add(hungKings, "Gi\u1ED7 T\u1ED5 H\xF9ng V\u01B0\u01A1ng (10/3 \xE2m l\u1ECBch)");
  add(isoDate(year2, 4, 30), "Ng\xE0y Chi\u1EBFn th\u1EAFng (30/4)");
  add(isoDate(year2, 5, 1), "Ng\xE0y Qu\u1ED1c t\u1EBF Lao \u0111\u1ED9ng (1/5)");
  add(isoDate(year2, 9, 2), "Qu\u1ED1c kh\xE1nh (2/9)");
  const adjoining = options.nationalDayAdjoining === "after" ? 3 : 1;
  add(isoDate(year2, 9, adjoining), `Qu\u1ED1c kh\xE1nh (ngh\u1EC9 li\u1EC1n k\u1EC1, ${adjoining}/9)`);
  const holidays = [...byDay.keys()].sort((a, b) => a - b);
  const taken = new Set(holidays);
  const result = holidays.map((day) => ({ date: isoFromDayNumber(day), name: byDay.get(day) ?? "" }));
  for (const day of holidays) {
    if (!isWeekend(day)) continue;
    let substitute = day + 1;
    while (isWeekend(substitute) || taken.has(substitute)) substitute += 1;
    taken.add(substitute);
    const restDay = weekdayOf(day) === 0 ? "Ch\u1EE7 nh\u1EADt" : "th\u1EE9 B\u1EA3y";
    const shown = formatViDate(isoFromDayNumber(day)).slice(0, 5);
    result.push({ date: isoFromDayNumber(substitute), name: `Ngh\u1EC9 b\xF9 ${byDay.get(day)}, tr\xF9ng ${restDay} ${shown}` });
  }
  return result.sort((a, b) => a.date < b.date ? -1 : a.date > b.date ? 1 : 0);
}

// src/sheet/due-soon-limits.ts
var DUE_SOON_DAYS_MIN = 0;
var DUE_SOON_DAYS_MAX = 365;

// src/sheet-model/settings-sheet-model.ts
var SETTINGS_TITLE_PREFIX = "C\xC0I \u0110\u1EB6T THEO D\xD5I";
var SPARE_DAY_ROWS = 30;
var WEEKDAYS = ["Ch\u1EE7 nh\u1EADt", "Th\u1EE9 Hai", "Th\u1EE9 Ba", "Th\u1EE9 T\u01B0", "Th\u1EE9 N\u0103m", "Th\u1EE9 S\xE1u", "Th\u1EE9 B\u1EA3y"];
var WIDTHS2 = [34, 16, 72];
var FULL_WIDTH2 = WIDTHS2[0] + WIDTHS2[1] + WIDTHS2[2];
function settingsSheetModel(options) {
  const sheet = new SheetModelBuilder(options.name, WIDTHS2, "BF9000", "portrait");
  const wide = (text2, title) => {
    const row = sheet.addRow([text2], wrappedHeight([{ text: text2, width: FULL_WIDTH2 }], title ? 14 : 12));
    sheet.merge(cellRange(row, 0, row, 2));
    return row;
  };
  sheet.look(cellRange(wide(`${SETTINGS_TITLE_PREFIX} K\u1EBE HO\u1EA0CH C\u1EA2I C\xC1CH H\xC0NH CH\xCDNH`, true), 0), "title");
  const intro = wide(
    "C\xE1c c\u1ED9t \xABH\u1EA1n (t\u1EF1 t\xEDnh)\xBB, \xABTr\u1EA1ng th\xE1i (t\u1EF1 t\xEDnh)\xBB v\xE0 m\xE0u c\xE1c d\xF2ng \u1EDF trang k\u1EBF ho\u1EA1ch \u0111\u01B0\u1EE3c t\xEDnh b\u1EB1ng c\xF4ng th\u1EE9c t\u1EEB c\xE1c \xF4 t\xF4 v\xE0ng d\u01B0\u1EDBi \u0111\xE2y. C\xF3 th\u1EC3 s\u1EEDa c\xE1c \xF4 t\xF4 v\xE0ng; \u0111\u1EEBng \u0111\u1ED5i ch\u1ED7 hay x\xF3a c\xE1c \xF4 n\xE0y.",
    false
  );
  sheet.look(cellRange(intro, 0), "note");
  sheet.addRow([]);
  const setting = (label2, value, date, explanation) => {
    const row = sheet.addRow([label2, value, explanation], wrappedHeight([{ text: label2, width: WIDTHS2[0] }, { text: explanation, width: WIDTHS2[2] }]));
    sheet.lookRow(row, [["note", "bold"], [date ? "date" : "number", "input"], ["note"]]);
    return row;
  };
  const asOfValue = options.asOf !== void 0 ? { date: options.asOf } : { formula: "TODAY()", ...options.today === void 0 ? {} : { result: { date: options.today } } };
  const asOf = setting(
    "Ng\xE0y \u0111\xE1nh gi\xE1",
    asOfValue,
    true,
    "\u0110\u1EC3 c\xF4ng th\u1EE9c =TODAY() th\xEC tr\u1EA1ng th\xE1i lu\xF4n t\xEDnh theo ng\xE0y h\xF4m nay. Mu\u1ED1n xem t\xECnh h\xECnh t\u1EA1i m\u1ED9t ng\xE0y kh\xE1c (v\xED d\u1EE5 ng\xE0y ch\u1ED1t s\u1ED1 li\u1EC7u b\xE1o c\xE1o), g\xF5 ng\xE0y \u0111\xF3, d\u1EA1ng dd/mm/yyyy."
  );
  const dueSoon = setting(
    "S\u1ED1 ng\xE0y b\xE1o tr\u01B0\u1EDBc khi \u0111\u1EBFn h\u1EA1n",
    options.dueSoonDays,
    false,
    "Nhi\u1EC7m v\u1EE5 ch\u01B0a ho\xE0n th\xE0nh m\xE0 c\xF2n t\u1EEB 0 \u0111\u1EBFn s\u1ED1 ng\xE0y n\xE0y l\xE0 \u0111\u1EBFn h\u1EA1n th\xEC hi\u1EC7n \xABS\u1EAFp \u0111\u1EBFn h\u1EA1n\xBB (t\xF4 v\xE0ng)."
  );
  setting(
    "N\u0103m c\u1EE7a k\u1EBF ho\u1EA1ch",
    options.planYear,
    false,
    "N\u0103m d\xF9ng \u0111\u1EC3 hi\u1EC3u c\xE1c th\u1EDDi h\u1EA1n kh\xF4ng ghi n\u0103m (v\xED d\u1EE5 \xABQu\xFD II\xBB, \xABTh\xE1ng 10\xBB). S\u1EEDa n\u0103m \u1EDF \u0111\xE2y kh\xF4ng t\u1EF1 t\xEDnh l\u1EA1i th\u1EDDi h\u1EA1n: h\xE3y t\u1EA1o l\u1EA1i b\xE1o c\xE1o."
  );
  sheet.addRow([]);
  const daysTitle = wide(
    "NG\xC0Y NGH\u1EC8 \u2014 kh\xF4ng t\xEDnh l\xE0 ng\xE0y l\xE0m vi\u1EC7c khi \u0111\u1EBFm th\u1EDDi h\u1EA1n \xAB\u2026 ng\xE0y l\xE0m vi\u1EC7c\xBB: c\xE1c ng\xE0y l\u1EC5, T\u1EBFt theo B\u1ED9 lu\u1EADt Lao \u0111\u1ED9ng v\xE0 ng\xE0y ngh\u1EC9 b\xF9, r\u1ED3i c\xE1c ng\xE0y ngh\u1EC9 ri\xEAng c\u1EE7a \u0111\u01A1n v\u1ECB. Th\xEAm ng\xE0y ngh\u1EC9 kh\xE1c (v\xED d\u1EE5 ng\xE0y T\u1EBFt Ch\xEDnh ph\u1EE7 cho ngh\u1EC9 th\xEAm) v\xE0o c\xE1c \xF4 tr\u1ED1ng cu\u1ED1i danh s\xE1ch.",
    false
  );
  sheet.look(cellRange(daysTitle, 0), "note", "bold");
  const header = sheet.addRow(["Th\u1EE9", "Ng\xE0y", "T\xEAn ng\xE0y ngh\u1EC9"], wrappedHeight([]));
  sheet.look(cellRange(header, 0, header, 2), "header");
  const days = daysOffList(options.planYear, options.daysOff);
  const first = header + 1;
  for (const { date, name } of days) {
    sheet.addRow([WEEKDAYS[weekdayOf(dayNumber(date))], { date }, name], wrappedHeight([{ text: name, width: WIDTHS2[2] }]));
  }
  for (let i = 0; i < SPARE_DAY_ROWS; i++) sheet.addRow([]);
  const last = first + days.length + SPARE_DAY_ROWS - 1;
  sheet.look(cellRange(first, 0, last, 0), "body", "centred").look(cellRange(first, 1, last, 1), "date").look(cellRange(first, 2, last, 2), "body");
  const names = DEFAULT_SETTINGS_NAMES;
  const daysRange = cellRange(first, 1, last, 1);
  const messages = [
    { range: cellRange(asOf, 1), ...DATE_MESSAGE, prompt: "=TODAY() ho\u1EB7c m\u1ED9t ng\xE0y dd/mm/yyyy" },
    { range: cellRange(dueSoon, 1), title: "C\u1EA7n m\u1ED9t s\u1ED1 ng\xE0y", message: `H\xE3y nh\u1EADp s\u1ED1 ng\xE0y t\u1EEB ${DUE_SOON_DAYS_MIN} \u0111\u1EBFn ${DUE_SOON_DAYS_MAX}.`, warnOnly: false },
    { range: daysRange, ...DATE_MESSAGE, prompt: "M\u1ED9t ng\xE0y ngh\u1EC9, d\u1EA1ng dd/mm/yyyy" }
  ];
  return sheet.build({
    frozenRows: 0,
    names: [
      { name: names.asOf, range: cellRange(asOf, 1) },
      { name: names.dueSoonDays, range: cellRange(dueSoon, 1) },
      { name: names.daysOff, range: daysRange }
    ],
    validations: [
      { range: cellRange(asOf, 1), kind: "date" },
      { range: daysRange, kind: "date" }
    ],
    wholeNumberValidations: [{ range: cellRange(dueSoon, 1), min: DUE_SOON_DAYS_MIN, max: DUE_SOON_DAYS_MAX }],
    validationMessages: messages
  });
}
function daysOffList(planYear, own) {
  const days = /* @__PURE__ */ new Map();
  for (let year2 = planYear - 1; year2 <= planYear + 4; year2++) {
    for (const holiday of vietnamHolidays(year2)) days.set(holiday.date, holiday.name);
  }
  for (const date of own) if (!days.has(date)) days.set(date, "Ng\xE0y ngh\u1EC9 c\u1EE7a \u0111\u01A1n v\u1ECB");
  return [...days].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0).map(([date, name]) => ({ date, name }));
}

// src/sheet-model/own-sheet-names.ts
var PLAN_SHEET_NAME = "Theo d\xF5i CCHC";
var SETTINGS_SHEET_NAME = "C\xE0i \u0111\u1EB7t CCHC";
var MAX_SHEET_NAME = 31;
function cleanSheetName(text2) {
  const cleaned = text2.replace(/[[\]:*?/\\]/g, "-").replace(/\s+/g, " ").trim().replace(/^'+|'+$/g, "");
  return [...cleaned].slice(0, MAX_SHEET_NAME).join("").trim() || "Trang";
}
function summarySheetName(shortTitle) {
  return cleanSheetName(`T\u1ED5ng h\u1EE3p ${shortTitle}`);
}
function freeSheetName(wanted, existingNames) {
  const used = new Set([...existingNames].map(sheetNameKey));
  const base = cleanSheetName(wanted);
  if (!used.has(sheetNameKey(base))) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const name = `${[...base].slice(0, MAX_SHEET_NAME - suffix.length).join("").trimEnd()}${suffix}`;
    if (!used.has(sheetNameKey(name))) return name;
  }
}
function sheetNameKey(name) {
  return name.normalize("NFC").toLocaleLowerCase("vi");
}

// src/sheet-model/own-sheets.ts
var OWN_SHEETS_REGISTRY = "_cchc";
var OWN_SHEETS_VERSION = 1;
var REGISTRY_HEADER = ["Trang do c\xF4ng c\u1EE5 CCHC t\u1EA1o", "Vai tr\xF2", "Phi\xEAn b\u1EA3n", "K\u1EF3 b\xE1o c\xE1o"];
var ROLES = /* @__PURE__ */ new Set(["plan", "summary", "settings"]);
function readOwnSheets(grids) {
  const registry = grids.find((grid) => grid.sheet === OWN_SHEETS_REGISTRY);
  const present = new Map(grids.map((grid) => [sheetNameKey(grid.sheet), grid.sheet]));
  const result = { summaries: [] };
  if (registry === void 0) return result;
  for (const sheet of readRegistry(registry.rows)) {
    const name = present.get(sheetNameKey(sheet.name));
    if (name === void 0) continue;
    if (sheet.role === "summary") result.summaries.push(name);
    else result[sheet.role] ??= name;
  }
  return result;
}
function readRegistry(rows) {
  const sheets = [];
  for (const row of rows.slice(1)) {
    const [name, role, version, period] = row;
    if (typeof name !== "string" || name === "" || typeof role !== "string" || !ROLES.has(role)) continue;
    sheets.push({
      name,
      role,
      version: typeof version === "number" ? version : Number(version) || 0,
      period: typeof period === "string" ? period : ""
    });
  }
  return sheets;
}
function registryRows(sheets) {
  return [[...REGISTRY_HEADER], ...sheets.map(({ name, role, version, period }) => [name, role, version, period])];
}

// adapters/xlsx-report/registry-sheet.ts
function writeRegistrySheet(workbook, sheets) {
  const sheet = workbook.addWorksheet(OWN_SHEETS_REGISTRY, { state: "veryHidden" });
  sheet.columns = [{ width: 34 }, { width: 10 }, { width: 10 }, { width: 16 }];
  for (const values of registryRows(sheets)) sheet.addRow(values).commit();
  finishSheet(sheet);
  return sheet;
}

// adapters/xlsx-report/source-workbook.ts
import ExcelJS5 from "exceljs";

// adapters/files/worksheet-grid.ts
import ExcelJS4 from "exceljs";

// adapters/files/exceljs-cell-value.ts
import ExcelJS3 from "exceljs";
function exceljsCellValue(cell) {
  const value = cell.value;
  switch (cell.type) {
    case ExcelJS3.ValueType.Null:
    case ExcelJS3.ValueType.Merge:
      return null;
    case ExcelJS3.ValueType.Formula:
      return plainValue2(value.result);
    default:
      return plainValue2(value);
  }
}
function plainValue2(value) {
  if (value === null || value === void 0 || value === "") return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (value instanceof Date) return dateCell(value);
  if (typeof value !== "object") return String(value);
  if ("error" in value) return { error: String(value.error) };
  if ("richText" in value) return richText(value);
  if ("text" in value) return plainValue2(value.text);
  if ("result" in value) return plainValue2(value.result);
  return null;
}
function richText(value) {
  const text2 = value.richText.map((run) => run.text).join("");
  return text2 === "" ? null : text2;
}
function dateCell(date) {
  if (Number.isNaN(date.getTime())) return { error: "########" };
  return { date: isoDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()) };
}

// adapters/files/worksheet-grid.ts
function worksheetGrid(worksheet) {
  const rows = [];
  const merges = /* @__PURE__ */ new Map();
  worksheet.eachRow((row, rowNumber) => {
    const r = rowNumber - 1;
    const cells = [];
    row.eachCell((cell, columnNumber) => {
      const c = columnNumber - 1;
      if (cell.type === ExcelJS4.ValueType.Merge) {
        const master = cell.master;
        const range = merges.get(master.address) ?? { top: Number(master.row) - 1, left: Number(master.col) - 1, bottom: r, right: c };
        range.bottom = Math.max(range.bottom, r);
        range.right = Math.max(range.right, c);
        merges.set(master.address, range);
        return;
      }
      const value = exceljsCellValue(cell);
      if (value === null) return;
      while (cells.length < c) cells.push(null);
      cells[c] = value;
    });
    while (rows.length < r) rows.push([]);
    rows[r] = cells;
  });
  while (rows.length > 0 && rows[rows.length - 1].length === 0) rows.pop();
  return { sheet: worksheet.name, rows, merges: sortRanges([...merges.values()]) };
}
function sortRanges(ranges) {
  return ranges.sort((a, b) => a.top - b.top || a.left - b.left);
}

// adapters/files/array-buffer.ts
function toArrayBuffer(bytes) {
  const { buffer, byteOffset, byteLength } = bytes;
  if (buffer instanceof ArrayBuffer && byteOffset === 0 && byteLength === buffer.byteLength) return buffer;
  return bytes.slice().buffer;
}

// adapters/xlsx-report/source-workbook.ts
async function loadSourceWorkbook(bytes, period) {
  const { workbook, defaultStyle } = await loadWorkbook(bytes);
  const sheets = workbook.worksheets;
  const byKey = new Map(sheets.map((sheet) => [sheetNameKey(sheet.name), sheet]));
  const registry = sheets.find((sheet) => sheet.name === OWN_SHEETS_REGISTRY && sheet.getCell("A1").value === REGISTRY_HEADER[0]);
  const slots = /* @__PURE__ */ new Map();
  const keptSummaries = [];
  if (registry !== void 0) {
    slots.set(registry, "registry");
    for (const entry of readRegistry(worksheetGrid(registry).rows)) {
      const sheet = byKey.get(sheetNameKey(entry.name));
      if (sheet === void 0 || slots.has(sheet) || !looksLikeOwn(sheet, entry.role)) continue;
      if (entry.role === "summary" && entry.period !== period) keptSummaries.push({ ...entry, name: sheet.name });
      else slots.set(sheet, entry.role);
    }
  }
  const order = sheets.map((sheet) => {
    const slot = slots.get(sheet);
    return slot === void 0 ? sheet.name : { slot };
  });
  for (const sheet of slots.keys()) workbook.removeWorksheet(sheet.id);
  dropSettingsNames(workbook);
  if (defaultStyle !== null && !isExceljsDefault(defaultStyle)) keepDefaultLook(workbook, defaultStyle);
  const remaining = workbook.worksheets.map((sheet) => sheet.name);
  return {
    workbook,
    keptSummaries,
    order,
    freeNames(wanted) {
      const taken = [...remaining, OWN_SHEETS_REGISTRY];
      const pick = (name) => {
        const free = freeSheetName(name, taken);
        taken.push(free);
        return free;
      };
      return { plan: pick(wanted.plan), summary: pick(wanted.summary), settings: pick(wanted.settings) };
    }
  };
}
function placeOwnSheets(source, names) {
  const { workbook } = source;
  const kept = new Set(source.keptSummaries.map((sheet) => sheet.name));
  const tabs = [];
  const placed = /* @__PURE__ */ new Set();
  for (const item of source.order) {
    if (typeof item === "string") {
      tabs.push(item);
    } else if (item.slot !== "registry" && !placed.has(item.slot)) {
      placed.add(item.slot);
      tabs.push(names[item.slot]);
    }
  }
  const ownIndexes = () => tabs.flatMap((name, index) => kept.has(name) || Object.values(names).includes(name) ? [index] : []);
  if (!placed.has("plan")) {
    const first = ownIndexes()[0];
    tabs.splice(first ?? tabs.length, 0, names.plan);
  }
  if (!placed.has("summary")) {
    const after = tabs.reduce((last, name, index) => kept.has(name) || name === names.plan ? index : last, -1);
    tabs.splice(after + 1, 0, names.summary);
  }
  if (!placed.has("settings")) {
    const after = tabs.reduce((last, name, index) => kept.has(name) || name === names.plan || name === names.summary ? index : last, -1);
    tabs.splice(after + 1, 0, names.settings);
  }
  tabs.push(OWN_SHEETS_REGISTRY);
  const position = new Map(tabs.map((name, index) => [name, index + 1]));
  for (const sheet of workbook.worksheets) {
    sheet.orderNo = position.get(sheet.name) ?? tabs.length + 1;
    const views = sheet.views ?? [];
    if (sheet.name !== names.summary && views.some((view) => view.tabSelected)) {
      sheet.views = views.map((view) => ({ ...view, tabSelected: false }));
    }
  }
  const [window] = workbook.views ?? [];
  workbook.views = [{ x: 0, y: 0, width: 28800, height: 15600, visibility: "visible", ...window, firstSheet: 0, activeTab: tabs.indexOf(names.summary) }];
}
function looksLikeOwn(sheet, role) {
  const text2 = (value) => typeof value === "string" ? value : "";
  switch (role) {
    case "plan": {
      const header = sheet.getRow(PLAN_HEADER_ROW_INDEX + 1).values;
      return Array.isArray(header) && header.some((value) => text2(value).startsWith(HELPER_HEADER_PREFIX));
    }
    case "summary":
      return text2(sheet.getCell("A1").value).startsWith(SUMMARY_TITLE_PREFIX);
    case "settings":
      return text2(sheet.getCell("A1").value).startsWith(SETTINGS_TITLE_PREFIX);
  }
}
function dropSettingsNames(workbook) {
  const dropped = /* @__PURE__ */ new Set([...Object.values(DEFAULT_SETTINGS_NAMES), "_xlnm._FilterDatabase"]);
  const model = workbook.definedNames.model;
  if (model.some((name) => dropped.has(name.name))) workbook.definedNames.model = model.filter((name) => !dropped.has(name.name));
}
async function loadWorkbook(bytes) {
  const workbook = new ExcelJS5.Workbook();
  let defaultStyle = null;
  const xlsx = workbook.xlsx;
  if (typeof xlsx.reconcile === "function") {
    const reconcile = xlsx.reconcile.bind(xlsx);
    xlsx.reconcile = (model, options) => {
      defaultStyle = model.styles?.getStyleModel(0) ?? null;
      reconcile(model, options);
    };
  }
  await workbook.xlsx.load(toArrayBuffer(bytes));
  return { workbook, defaultStyle };
}
function isExceljsDefault(style2) {
  const { font: font2, fill, border, numFmt } = style2;
  const plainFill = fill === void 0 || fill.type === "pattern" && fill.pattern === "none";
  const plainBorder = border === void 0 || Object.values(border).every((side) => side === void 0 || !("style" in side));
  return (font2 === void 0 || font2.name === "Calibri" && font2.size === 11) && plainFill && plainBorder && (numFmt === void 0 || numFmt === "General");
}
function keepDefaultLook(workbook, style2) {
  for (const sheet of workbook.worksheets) {
    sheet.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: true }, (cell) => {
        if (Object.keys(cell.style ?? {}).length === 0) cell.style = style2;
      });
    });
  }
}

// adapters/xlsx-report/write-report-workbook.ts
async function writeReportWorkbook(input) {
  const names = { plan: PLAN_SHEET_NAME, summary: summarySheetName(input.summary.period.shortTitle), settings: SETTINGS_SHEET_NAME };
  if (input.source === void 0) {
    const writeAll = (workbook2) => {
      writeRegistrySheet(workbook2, writeOwnSheets(workbook2, names, input));
      workbook2.views = [workbookView(1)];
    };
    if (input.inMemory !== true) return streamWorkbook(writeAll);
    const workbook = new ExcelJS6.Workbook();
    writeAll(workbook);
    return workbookBytes(workbook);
  }
  const source = await loadSourceWorkbook(input.source, input.summary.period.shortTitle);
  const free = source.freeNames(names);
  const own = writeOwnSheets(source.workbook, free, input);
  writeRegistrySheet(source.workbook, [...own, ...source.keptSummaries]);
  placeOwnSheets(source, free);
  return workbookBytes(source.workbook);
}
function writeOwnSheets(workbook, names, input) {
  const { assessed, summary } = input;
  renderSheetModel(workbook, planSheetModel(assessed, { name: names.plan }));
  renderSheetModel(workbook, summarySheetModel(summary, { name: names.summary, planTitle: assessed.plan.plan.title }));
  renderSheetModel(
    workbook,
    settingsSheetModel({
      name: names.settings,
      planYear: assessed.plan.plan.year,
      dueSoonDays: input.dueSoonDays ?? 7,
      daysOff: input.daysOff ?? [],
      today: assessed.asOf
    })
  );
  return [
    { name: names.plan, role: "plan", version: OWN_SHEETS_VERSION, period: "" },
    { name: names.summary, role: "summary", version: OWN_SHEETS_VERSION, period: summary.period.shortTitle },
    { name: names.settings, role: "settings", version: OWN_SHEETS_VERSION, period: "" }
  ];
}
function workbookView(activeTab) {
  return { x: 0, y: 0, width: 28800, height: 15600, firstSheet: 0, activeTab, visibility: "visible" };
}

// adapters/xlsx-report/write-province-workbook.ts
async function writeProvinceWorkbook(province) {
  const workbook = new ExcelJS7.Workbook();
  workbook.creator = "cchc";
  workbook.lastModifiedBy = "cchc";
  workbook.created = dateValue(province.judgedOn);
  workbook.modified = dateValue(province.judgedOn);
  for (const model of provinceSheetModels(province)) renderSheetModel(workbook, model);
  workbook.views = [workbookView(0)];
  return repackaged(await workbookBytes(workbook), dateValue(province.judgedOn));
}
var RANDOM_ID = /\{[0-9A-F]{8}-[0-9A-F]{4}-4[0-9A-F]{3}-[89AB][0-9A-F]{3}-[0-9A-F]{12}\}/gi;
var SHEET_PART = /^xl\/worksheets\/sheet\d+\.xml$/;
function repackaged(bytes, time) {
  const source = unzipSync(bytes);
  const ids = /* @__PURE__ */ new Map();
  const parts = {};
  for (const [name, original] of Object.entries(source)) {
    let data = original;
    if (SHEET_PART.test(name)) {
      const xml = strFromU8(data);
      const numbered = xml.replace(RANDOM_ID, (id) => {
        let fixed = ids.get(id.toUpperCase());
        if (fixed === void 0) ids.set(id.toUpperCase(), fixed = `{00000000-0000-4000-8000-${String(ids.size + 1).padStart(12, "0")}}`);
        return fixed;
      });
      if (numbered !== xml) data = strToU8(numbered);
    }
    parts[name] = [data, { mtime: time }];
  }
  return zipSync(parts, { level: 6 });
}

// src/summary/status-tally.ts
var DONE_CODES2 = /* @__PURE__ */ new Set(["DONE_ON_TIME", "DONE_LATE", "DONE"]);
function emptyTally() {
  const byStatus = {};
  for (const code of STATUS_CODES) byStatus[code] = 0;
  return { total: 0, byStatus, dueByCutOff: 0, doneOfDue: 0 };
}
function countTask(tally, code, due, judgedOn) {
  tally.total++;
  tally.byStatus[code]++;
  if (due !== null && due <= judgedOn) {
    tally.dueByCutOff++;
    if (DONE_CODES2.has(code)) tally.doneOfDue++;
  }
}
function statusCounts(tally) {
  const percent = {};
  for (const code of STATUS_CODES) percent[code] = percentOf(tally.byStatus[code], tally.total);
  return {
    total: tally.total,
    byStatus: { ...tally.byStatus },
    percent,
    dueByCutOff: tally.dueByCutOff,
    doneOfDue: tally.doneOfDue,
    completionRate: tally.dueByCutOff === 0 ? null : percentOf(tally.doneOfDue, tally.dueByCutOff)
  };
}
function percentOf(part, whole) {
  return whole === 0 ? 0 : Math.round(part * 1e3 / whole) / 10;
}

// src/consolidate/consolidate.ts
function judgingDay(period, asOf) {
  return asOf < period.cutOff ? asOf : period.cutOff;
}
var ProvinceAccumulator = class {
  constructor(period, asOf) {
    this.period = period;
    this.asOf = asOf;
  }
  period;
  asOf;
  outcomes = [];
  add(index, outcome) {
    this.outcomes[index] = outcome;
  }
  done() {
    const communes = [];
    const problems = [];
    for (const outcome of this.outcomes) {
      if (outcome === void 0) continue;
      if (outcome.kind === "commune") communes.push(outcome.figures);
      else problems.push(outcome.problem);
    }
    return consolidate(communes, problems, this.period, this.asOf);
  }
};
function consolidate(communes, problems, period, asOf) {
  const totals = emptyTally();
  const sections = /* @__PURE__ */ new Map();
  const overdue = [];
  let worstDaysOverdue = 0;
  for (const commune of communes) {
    addCounts(totals, commune.counts);
    worstDaysOverdue = Math.max(worstDaysOverdue, commune.worstDaysOverdue);
    const seen3 = /* @__PURE__ */ new Set();
    for (const section of commune.sections) {
      let line = sections.get(section.key);
      if (line === void 0) sections.set(section.key, line = { titles: /* @__PURE__ */ new Map(), communes: 0, tally: emptyTally() });
      line.titles.set(section.title, (line.titles.get(section.title) ?? 0) + 1);
      if (!seen3.has(section.key)) {
        seen3.add(section.key);
        line.communes++;
      }
      addCounts(line.tally, section.counts);
    }
    for (const task of commune.overdue) overdue.push({ ...task, commune: commune.name, file: commune.file });
  }
  const sectionLines = [...sections].map(([key, line]) => ({ key, title: commonest(line.titles), communes: line.communes, counts: statusCounts(line.tally) }));
  return {
    period,
    asOf,
    judgedOn: judgingDay(period, asOf),
    communes,
    ranked: rankCommunes(communes),
    sections: sectionLines,
    // Stable: equal days keep the communes' order, and each commune's own order.
    overdue: overdue.sort((a, b) => b.daysOverdue - a.daysOverdue),
    totals: { ...statusCounts(totals), worstDaysOverdue },
    problems
  };
}
function rankCommunes(communes) {
  return [...communes].sort((a, b) => {
    const rateA = a.counts.completionRate;
    const rateB = b.counts.completionRate;
    if (rateA === null || rateB === null) return rateA === rateB ? byName(a, b) : rateA === null ? 1 : -1;
    return rateA - rateB || b.counts.byStatus.OVERDUE - a.counts.byStatus.OVERDUE || b.worstDaysOverdue - a.worstDaysOverdue || byName(a, b);
  });
}
function byName(a, b) {
  const [x, y] = [fold(a.name), fold(b.name)];
  return x < y ? -1 : x > y ? 1 : a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}
function addCounts(tally, counts) {
  tally.total += counts.total;
  for (const code of STATUS_CODES) tally.byStatus[code] += counts.byStatus[code];
  tally.dueByCutOff += counts.dueByCutOff;
  tally.doneOfDue += counts.doneOfDue;
}
function commonest(titles) {
  let best = "";
  let most = 0;
  for (const [title, count] of titles) if (count > most) [best, most] = [title, count];
  return best;
}

// src/consolidate/consolidation-json.ts
function toConsolidationJson(province) {
  const figures = (counts) => ({
    tasks: counts.total,
    byStatus: counts.byStatus,
    dueByCutOff: counts.dueByCutOff,
    done: counts.doneOfDue,
    completionRate: counts.completionRate
  });
  return {
    period: { label: province.period.label, from: province.period.dataStart, cutOff: province.period.cutOff },
    asOf: province.asOf,
    judgedOn: province.judgedOn,
    communes: province.communes.map((commune) => ({ name: commune.name, file: commune.file, ...figures(commune.counts), worstDaysOverdue: commune.worstDaysOverdue })),
    totals: { communes: province.communes.length, ...figures(province.totals), worstDaysOverdue: province.totals.worstDaysOverdue, overdue: province.overdue.length, problems: province.problems.length },
    problems: province.problems.map(({ file, message }) => ({ file, message }))
  };
}

// src/dates/today-in-vietnam.ts
function todayInVietnam(now = /* @__PURE__ */ new Date()) {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Ho_Chi_Minh", year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
}

// src/summary/report-periods.ts
var DEFAULT_BOUNDARIES = { dataStartDay: 15, cutOffDay: 14, reportDueDay: 20 };
var MINISTRY = [
  { name: "Qu\xFD I", startMonth: 12, startsYearBefore: true, endMonth: 3 },
  { name: "6 th\xE1ng", startMonth: 12, startsYearBefore: true, endMonth: 6 },
  { name: "Qu\xFD III", startMonth: 6, startsYearBefore: false, endMonth: 9 },
  { name: "N\u0103m", startMonth: 12, startsYearBefore: true, endMonth: 12 }
];
function ministryPeriods(year2, boundaries = DEFAULT_BOUNDARIES) {
  checkBoundaries(boundaries);
  return MINISTRY.map(({ name, startMonth, startsYearBefore, endMonth }) => {
    const label2 = name === "N\u0103m" ? `N\u0103m ${year2}` : `${name}/${year2}`;
    return {
      kind: "ministry",
      label: label2,
      shortTitle: name === "N\u0103m" ? label2 : `${name}-${year2}`,
      dataStart: dayOfMonth(startsYearBefore ? year2 - 1 : year2, startMonth, boundaries.dataStartDay),
      cutOff: dayOfMonth(year2, endMonth, boundaries.cutOffDay),
      reportDue: dayOfMonth(year2, endMonth, boundaries.reportDueDay)
    };
  });
}
function calendarQuarter(year2, quarter) {
  const lastMonth = quarter * 3;
  return {
    kind: "quarter",
    label: `Q${quarter}/${year2}`,
    shortTitle: `Qu\xFD ${quarter}-${year2}`,
    dataStart: isoDate(year2, lastMonth - 2, 1),
    cutOff: dayOfMonth(year2, lastMonth, 31),
    reportDue: null
  };
}
var ROMAN = { i: 1, ii: 2, iii: 3, iv: 4 };
var QUARTER = /^(?:quy|q) ?([1-4]|iii|ii|iv|i) (?:nam )?([12]\d{3})$/;
var HALF_YEAR = /^(?:6|06|sau) thang(?: dau nam)?(?: nam)? ([12]\d{3})$/;
var YEAR = /^(?:ca )?nam ([12]\d{3})$/;
function parseReportPeriod(text2, boundaries = DEFAULT_BOUNDARIES) {
  const words = fold(text2).replace(/[/\-.,:]/g, " ").replace(/\s+/g, " ").trim().replace(/^bao cao /, "");
  const quarter = QUARTER.exec(words);
  if (quarter) {
    const [, numeral, yearText] = quarter;
    const year2 = Number(yearText);
    const roman = ROMAN[numeral];
    if (roman === 1) return ministryPeriods(year2, boundaries)[0];
    if (roman === 3) return ministryPeriods(year2, boundaries)[2];
    return calendarQuarter(year2, roman ?? Number(numeral));
  }
  const halfYear = HALF_YEAR.exec(words);
  if (halfYear) return ministryPeriods(Number(halfYear[1]), boundaries)[1];
  const wholeYear = YEAR.exec(words);
  if (wholeYear) return ministryPeriods(Number(wholeYear[1]), boundaries)[3];
  return null;
}
function defaultReportPeriod(today, boundaries = DEFAULT_BOUNDARIES) {
  const year2 = Number(today.slice(0, 4));
  const next = ministryPeriods(year2, boundaries).find((period) => period.reportDue >= today);
  return next ?? ministryPeriods(year2 + 1, boundaries)[0];
}
function checkBoundaries(boundaries) {
  for (const [name, day] of Object.entries(boundaries)) {
    if (!Number.isInteger(day) || day < 1 || day > 31) throw new RangeError(`${name} must be a day of the month from 1 to 31, not ${String(day)}`);
  }
}
function dayOfMonth(year2, month, day) {
  const leap = year2 % 4 === 0 && year2 % 100 !== 0 || year2 % 400 === 0;
  const last = month === 2 ? leap ? 29 : 28 : [4, 6, 9, 11].includes(month) ? 30 : 31;
  return isoDate(year2, month, Math.min(day, last));
}

// cli/collect-plan-files.ts
import { readdir, stat } from "node:fs/promises";
import { join, relative, resolve, sep } from "node:path";

// src/text/file-name.ts
function baseName(fileName) {
  return fileName.slice(Math.max(fileName.lastIndexOf("/"), fileName.lastIndexOf("\\")) + 1);
}
function extensionOf(fileName) {
  const name = baseName(fileName);
  const dot = name.lastIndexOf(".");
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : "";
}
function stemOf(fileName) {
  const name = baseName(fileName);
  const dot = name.lastIndexOf(".");
  return dot > 0 ? name.slice(0, dot) : name;
}

// src/consolidate/commune-file-names.ts
var PLAN_EXTENSIONS = /* @__PURE__ */ new Set(["xlsx", "xlsm", "docx", "csv", "txt", "tsv"]);
var REFUSED_EXTENSIONS = /* @__PURE__ */ new Set(["xls", "doc", "pdf", "ods", "odt"]);
function isCommuneFileName(path) {
  const name = baseName(path);
  if (name.startsWith(".") || name.startsWith("~$")) return false;
  const extension = extensionOf(name);
  return PLAN_EXTENSIONS.has(extension) || REFUSED_EXTENSIONS.has(extension);
}
function byLabel(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// cli/collect-plan-files.ts
async function collectPlanFiles(paths, skip) {
  const files = [];
  const missing = [];
  const skipped = skip === void 0 ? void 0 : resolve(skip);
  const seen3 = /* @__PURE__ */ new Set();
  const add = (path, label2) => {
    const full = resolve(path);
    if (full === skipped || seen3.has(full)) return;
    seen3.add(full);
    files.push({ path, label: label2 });
  };
  for (const path of paths) {
    let info;
    try {
      info = await stat(path);
    } catch {
      missing.push(path);
      continue;
    }
    if (!info.isDirectory()) {
      add(path, path);
      continue;
    }
    const found = (await walk(path)).map((file) => ({ file, label: relative(path, file).split(sep).join("/") })).sort((a, b) => byLabel(a.label, b.label));
    for (const { file, label: label2 } of found) add(file, label2);
  }
  return { files, missing };
}
async function walk(folder) {
  const found = [];
  for (const entry of await readdir(folder, { withFileTypes: true })) {
    if (entry.name.startsWith(".")) continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) found.push(...await walk(path));
    else if (entry.isFile() && isCommuneFileName(entry.name)) found.push(path);
  }
  return found;
}

// cli/consolidate-pool.ts
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";

// cli/judge-file.ts
import { readFile } from "node:fs/promises";

// src/calendar/working-calendar.ts
function createWorkingCalendar(options = {}) {
  const daysOff = new Set((options.daysOff ?? []).map(dayNumber));
  const forcedOn = new Set((options.workingDays ?? []).map(dayNumber));
  const hasOverrides = daysOff.size > 0 || forcedOn.size > 0;
  const isWorking = (jd) => {
    if (hasOverrides) {
      if (forcedOn.has(jd)) return true;
      if (daysOff.has(jd)) return false;
    }
    return !isBuiltInDayOff(jd);
  };
  const step = (from, n) => {
    const direction = n < 0 ? -1 : 1;
    let remaining = Math.abs(Math.trunc(n));
    let jd = from;
    while (remaining > 0) {
      jd += direction;
      if (isWorking(jd)) remaining -= 1;
    }
    return jd;
  };
  const added = /* @__PURE__ */ new Map();
  const addWorkingDays = (from, n) => {
    const key = `${from}|${n}`;
    const known = added.get(key);
    if (known !== void 0) return known;
    const result = isoFromDayNumber(step(dayNumber(from), n));
    if (added.size >= CACHE_LIMIT3) added.clear();
    added.set(key, result);
    return result;
  };
  return {
    isWorkingDay: (date) => isWorking(dayNumber(date)),
    addWorkingDays,
    workingDaysBetween: (from, to) => {
      const start = dayNumber(from);
      const end = dayNumber(to);
      let count = 0;
      if (start <= end) {
        for (let jd = start + 1; jd <= end; jd += 1) if (isWorking(jd)) count += 1;
        return count;
      }
      for (let jd = end; jd < start; jd += 1) if (isWorking(jd)) count -= 1;
      return count;
    }
  };
}
var CACHE_LIMIT3 = 1e4;
var yearTables = /* @__PURE__ */ new Map();
var lastTable;
function isBuiltInDayOff(jd) {
  let table = lastTable;
  if (table === void 0 || jd < table.first || jd >= table.first + table.off.length) {
    table = tableFor(yearOf(jd));
    lastTable = table;
  }
  return table.off[jd - table.first] === 1;
}
function tableFor(year2) {
  const cached = yearTables.get(year2);
  if (cached !== void 0) return cached;
  const first = jdFromDate(1, 1, year2);
  const off = new Uint8Array(jdFromDate(1, 1, year2 + 1) - first);
  for (let i = 0; i < off.length; i += 1) if (isWeekend(first + i)) off[i] = 1;
  for (const holiday of vietnamHolidays(year2)) off[dayNumber(holiday.date) - first] = 1;
  const table = { first, off };
  yearTables.set(year2, table);
  return table;
}
function yearOf(jd) {
  const estimate = Math.floor((jd - 2440588) / 365.2425) + 1970;
  if (jd < jdFromDate(1, 1, estimate)) return estimate - 1;
  if (jd >= jdFromDate(1, 1, estimate + 1)) return estimate + 1;
  return estimate;
}

// src/deadline/calendar-windows.ts
import { addDays, lastDayOfMonth, subDays } from "date-fns";
function monthWindow(year2, month) {
  return monthsWindow(year2, month, month);
}
function quarterWindow(year2, quarter) {
  return monthsWindow(year2, quarter * 3 - 2, quarter * 3);
}
function halfYearWindow(year2, half) {
  return monthsWindow(year2, half * 6 - 5, half * 6);
}
function yearWindow(year2) {
  return monthsWindow(year2, 1, 12);
}
function dayBefore(day) {
  return fromLocalDate(subDays(toLocalDate(day), 1));
}
function dayAfter(day) {
  return fromLocalDate(addDays(toLocalDate(day), 1));
}
function monthsWindow(year2, firstMonth, lastMonth) {
  const end = lastDayOfMonth(new Date(year2, lastMonth - 1, 1));
  return { start: isoDate(year2, firstMonth, 1), end: isoDate(year2, lastMonth, end.getDate()) };
}

// src/deadline/time-ref.ts
var ROMAN2 = ["", "I", "II", "III", "IV"];
function timeRefWindow(ref) {
  const { unit, year: year2, index, day } = ref;
  if (year2 === null) return null;
  if (unit === "year") return yearWindow(year2);
  if (index === null) return null;
  if (unit === "month") return monthWindow(year2, index);
  if (unit === "quarter") return quarterWindow(year2, index);
  if (unit === "half") return halfYearWindow(year2, index);
  if (day === null || !isRealDate(year2, index, day)) return null;
  const date = isoDate(year2, index, day);
  return { start: date, end: date };
}
function formatTimeRef(ref) {
  const year2 = String(ref.year ?? "");
  switch (ref.unit) {
    case "year":
      return `N\u0103m ${year2}`;
    case "half":
      return `6 th\xE1ng ${ref.index === 1 ? "\u0111\u1EA7u" : "cu\u1ED1i"} n\u0103m ${year2}`;
    case "quarter":
      return `Qu\xFD ${ROMAN2[ref.index ?? 0] ?? ""}/${year2}`;
    case "month":
      return `Th\xE1ng ${ref.index ?? ""}/${year2}`;
    case "day":
      return `${String(ref.day ?? "").padStart(2, "0")}/${String(ref.index ?? "").padStart(2, "0")}/${year2}`;
  }
}

// src/deadline/times-reading.ts
function timesReading(byLastDay, listed, refs, windows) {
  if (listed && !followOneAnother(windows)) return milestonesReading(refs, windows);
  const start = windows.reduce((min, window) => window.start < min ? window.start : min, windows[0]?.start ?? "");
  const due = windows.reduce((max, window) => window.end > max ? window.end : max, windows[0]?.end ?? "");
  if (byLastDay || refs.length === 1 && refs[0]?.unit === "day") return { kind: "date", start: null, due };
  const wholeYears = refs.every((ref) => ref.unit === "year");
  return { kind: wholeYears && start.slice(0, 4) !== due.slice(0, 4) ? "span" : "period", start, due };
}
function followOneAnother(windows) {
  const sorted = [...windows].sort((a, b) => a.start < b.start ? -1 : a.start > b.start ? 1 : 0);
  return sorted.every((window, i) => {
    const previous = sorted[i - 1];
    return previous === void 0 || window.start === dayAfter(previous.end);
  });
}
function milestonesReading(refs, windows) {
  const milestones = refs.map((ref, i) => ({
    label: formatTimeRef(ref),
    start: ref.unit === "day" ? null : windows[i]?.start ?? null,
    due: windows[i]?.end ?? ""
  }));
  return milestonesDeadline(milestones);
}
function milestonesDeadline(milestones) {
  const byDue = [...milestones].sort((a, b) => a.due < b.due ? -1 : a.due > b.due ? 1 : 0);
  return {
    kind: "milestones",
    start: byDue[0]?.start ?? null,
    due: byDue[byDue.length - 1]?.due ?? null,
    milestones
  };
}

// src/deadline/group-milestones.ts
function groupMilestones(parts) {
  const labelled = parts.filter((read) => read.label !== null);
  if (labelled.length < 2) return parts.map((read) => read.part);
  const milestones = labelled.flatMap(({ part, label: label2 }) => milestonesOf(part, label2 ?? ""));
  const merged = { text: labelled.map((read) => read.part.text).join("; "), ...milestonesDeadline(milestones) };
  const grouped = [];
  for (const read of parts) {
    if (read.label === null) grouped.push(read.part);
    else if (read === labelled[0]) grouped.push(merged);
  }
  return grouped;
}
function milestonesOf(part, label2) {
  if (part.milestones !== void 0) return part.milestones.map((step) => ({ ...step, label: `${label2}: ${step.label}` }));
  return part.due === null ? [] : [{ label: label2, start: part.start, due: part.due }];
}

// src/deadline/deadline-reading.ts
var UNREADABLE2 = { kind: "unknown", start: null, due: null };

// src/deadline/mask-document-references.ts
var DOCUMENT_NUMBER = String.raw`(?:\bso ?[0-9a-z/-]*[0-9/][0-9a-z/-]*|\b\d+(?:\/\d+)*[/-][a-z][a-z0-9]*(?:[/-][a-z0-9]+)*)`;
var SIGNING_DATE = String.raw`(?: ?,? ?(?:ban hanh |ky )?ngay (?:\d{0,2}\/\d{1,2}\/\d{2,4}|\d{1,2} thang \d{1,2} nam \d{4}|\/\d{1,2}\/\d{2,4}))?`;
var DOCUMENT_REFERENCE = new RegExp(DOCUMENT_NUMBER + SIGNING_DATE, "g");
function maskDocumentReferences(normalized) {
  return normalized.replace(DOCUMENT_REFERENCE, "van-ban");
}

// src/deadline/normalize-deadline-text.ts
var WORD_SLIPS = /\b(?:(tru(?:dc|de|0c|6c|ac|oe))\b|(th(?:eang|aang|dng))\b|([o0]u[yi]|qui)\b|(ng(?:dy|ey))\b|(thudng xuy(?:e|c)n|thuong xuycn)\b|(ch(?:dm nh(?:a|d)t|am nhdt))\b|(ki)\b|(q)(?=[1-4](?:\b|\/)))/g;
var MEANT = ["", "truoc", "thang", "quy", "ngay", "thuong xuyen", "cham nhat", "ky", "quy "];
var DIGITISH = /\b[0-9lio]*\d[0-9lio]*(?:\/[0-9lio]+)+\b|\b(?=[0-9lo]*\d[0-9lo]*\d)[0-9lo]{4}\b/g;
var QUARTER_NUMERALS = /\bquy ?((?:[ivxl1]{1,4}|[1-4])(?: ?(?:-|,|va|den|&) ?(?:quy ?)?(?:[ivxl1]{1,4}|[1-4]))*)(?![a-z0-9])/g;
var ROMAN_QUARTERS = { i: "1", ii: "2", iii: "3", iv: "4" };
function normalizeDeadlineText(text2) {
  let result = fold(text2).replace(/[“”‘’"'`*_…]/g, " ").replace(/[\u2044\uff0f]/g, "/").replace(/\s*\/\s*/g, "/");
  if (/\d[.-]\d/.test(result)) {
    result = result.replace(/\b(\d{4})-(\d{1,2})-(\d{1,2})\b/g, "$3/$2/$1").replace(/\b(\d{1,2})[.-](\d{1,2})[.-](\d{2}|\d{4})\b/g, "$1/$2/$3");
  }
  result = result.replace(WORD_SLIPS, (...groups) => MEANT[groups.findIndex((group, i) => i > 0 && group !== void 0)] ?? "");
  if (/[lo]\d|\d[lo]|[lio]\//.test(result)) result = result.replace(DIGITISH, (run) => run.replace(/[li]/g, "1").replace(/o/g, "0"));
  return result.replace(QUARTER_NUMERALS, (whole, numerals) => whole.replace(numerals, romanToDigits(numerals))).replace(/([a-z])(?=\d)|(\d)(?=[a-z])/g, "$1$2 ").replace(/\s+/g, " ").replace(/^[\s\-+.,;:!?]+|[\s\-+.,;:!?]+$/g, "");
}
function romanToDigits(numerals) {
  return numerals.replace(/\b[ivxl1]+\b/g, (numeral) => ROMAN_QUARTERS[numeral.replace(/[l1]/g, "i")] ?? numeral);
}

// src/deadline/fold-keeping-length.ts
function foldKeepingLength(text2) {
  let folded = "";
  for (let i = 0; i < text2.length; i += 1) {
    const char = text2.charAt(i);
    if (char < "\x80") {
      folded += char.toLowerCase();
      continue;
    }
    const base = char === "\u0111" || char === "\u0110" ? "d" : char.normalize("NFD").charAt(0).toLowerCase();
    folded += base.length === 1 ? base : char;
  }
  return folded;
}

// src/deadline/parse-after-event-phrase.ts
var AFTER_EVENT = /^(?:(?:cham nhat|toi da|khong qua|trong vong|trong thoi han|trong thoi gian|trong|sau|han|thoi han)(?: la)? )?(\d{1,3}) ngay( lam viec)? ?,? (?:ke tu|tinh tu|sau khi|sau|tu) ?(?:ngay|khi|thoi diem)? ?(.*)$/;
var EVENT_START = /(\d{1,3})\s+ngay(?:\s+lam\s+viec)?[\s,]*(?:ke\s+tu|tinh\s+tu|sau\s+khi|sau|tu)(?:\s+(?:ngay|khi|thoi\s+diem))?\s+/;
function parseAfterEventPhrase(normalized, original) {
  const match = AFTER_EVENT.exec(normalized);
  if (match === null) return null;
  const days = Number(match[1]);
  const start = EVENT_START.exec(foldKeepingLength(original));
  const event = (start === null ? match[3] ?? "" : original.slice(start.index + start[0].length)).replace(/[\s.,;:]+$/, "").trim();
  if (event === "" || days === 0) return null;
  return { kind: "after-event", start: null, due: null, afterEvent: { days, workingDays: match[2] !== void 0, event } };
}

// src/deadline/complete-time-refs.ts
function completeTimeRefs(refs, planYear) {
  const years = fillFromNeighbours(refs.map((ref) => ref.year));
  const months = fillFromNeighbours(refs.map((ref) => ref.unit === "day" ? ref.index : null));
  return refs.map((ref, i) => ({
    ...ref,
    year: years[i] ?? planYear,
    index: ref.unit === "day" ? months[i] ?? null : ref.index
  }));
}
function fillFromNeighbours(values) {
  const filled = [...values];
  for (let i = filled.length - 2; i >= 0; i -= 1) filled[i] ??= filled[i + 1] ?? null;
  for (let i = 1; i < filled.length; i += 1) filled[i] ??= filled[i - 1] ?? null;
  return filled;
}

// src/deadline/token-cursor.ts
var TOKEN = /\d+|[a-z]+|\S/g;
function tokenCursor(normalized) {
  return { tokens: normalized.match(TOKEN) ?? [], pos: 0 };
}
function peekToken(cursor, ahead = 0) {
  return cursor.tokens[cursor.pos + ahead];
}
function atEnd(cursor) {
  return cursor.pos >= cursor.tokens.length;
}
function acceptTokens(cursor, ...words) {
  if (!words.every((word, i) => cursor.tokens[cursor.pos + i] === word)) return false;
  cursor.pos += words.length;
  return true;
}
function acceptNumber(cursor, min, max, maxDigits = 2) {
  const token = cursor.tokens[cursor.pos];
  if (token === void 0 || !/^\d+$/.test(token) || token.length > maxDigits) return null;
  const value = Number(token);
  if (value < min || value > max) return null;
  cursor.pos += 1;
  return value;
}
function acceptYear(cursor) {
  const token = cursor.tokens[cursor.pos];
  if (token === void 0 || !/^\d{4}$/.test(token)) return null;
  return acceptNumber(cursor, 1900, 2199, 4);
}
function attempt(cursor, read) {
  const start = cursor.pos;
  const result = read();
  if (result === null) cursor.pos = start;
  return result;
}

// src/deadline/read-deadline-lead.ts
var STRENGTH = { none: 0, within: 1, end: 2, phase: 3, from: 4, by: 5, before: 6 };
var LEAD_WORDS = [
  [["hoan", "thanh"], "none"],
  [["du", "kien"], "none"],
  [["thoi", "gian"], "none"],
  [["thoi", "han"], "none"],
  [["la"], "none"],
  [[":"], "none"],
  [["truoc"], "before"],
  [["cham", "nhat"], "by"],
  [["muon", "nhat"], "by"],
  [["khong", "muon", "hon"], "by"],
  [["khong", "qua"], "by"],
  [["han", "chot"], "by"],
  [["han", "cuoi"], "by"],
  [["han"], "by"],
  [["den", "het"], "by"],
  [["den"], "by"],
  [["het"], "by"],
  [["trong", "suot"], "within"],
  [["trong"], "within"],
  [["ca"], "within"],
  [["vao"], "within"],
  [["tu"], "from"],
  [["cuoi"], "end"],
  [["giai", "doan"], "phase"]
];
var BY_FIRST_WORD = /* @__PURE__ */ new Map();
for (const entry of LEAD_WORDS) {
  const first = entry[0][0] ?? "";
  BY_FIRST_WORD.set(first, [...BY_FIRST_WORD.get(first) ?? [], entry].sort((a, b) => b[0].length - a[0].length));
}
function readDeadlineLead(cursor) {
  let lead = "none";
  for (; ; ) {
    const candidates = BY_FIRST_WORD.get(peekToken(cursor) ?? "");
    const found = candidates?.find(([words]) => acceptTokens(cursor, ...words));
    if (found === void 0) return lead;
    if (STRENGTH[found[1]] > STRENGTH[lead]) lead = found[1];
  }
}

// src/deadline/read-time-ref.ts
function readTimeRef(cursor, options) {
  return readHalfYear(cursor) ?? readDay(cursor, false) ?? readNumbered(cursor, "quy", "quarter", 4) ?? readNumbered(cursor, "thang", "month", 12) ?? readMonthOfYear(cursor) ?? readYear(cursor, options.yearWithoutNumber);
}
function readTimeRefContinuing(cursor, unit) {
  switch (unit) {
    case "month":
      return readNumberWithYear(cursor, "month", 12);
    case "quarter":
      return readNumberWithYear(cursor, "quarter", 4);
    case "year":
      return attempt(cursor, () => {
        const year2 = acceptYear(cursor);
        return year2 === null ? null : { unit: "year", year: year2, index: null, day: null };
      });
    case "day":
      return readDay(cursor, true);
    case "half":
      return null;
  }
}
function readHalfYear(cursor) {
  return attempt(cursor, () => {
    let half;
    if (acceptTokens(cursor, "nua")) {
      half = acceptTokens(cursor, "dau") ? 1 : acceptTokens(cursor, "cuoi") ? 2 : 0;
      if (half === 0) return null;
    } else {
      const six = peekToken(cursor);
      if (six !== "6" && six !== "06") return null;
      cursor.pos += 1;
      if (!acceptTokens(cursor, "thang")) return null;
      half = acceptTokens(cursor, "dau") ? 1 : acceptTokens(cursor, "cuoi") ? 2 : 0;
    }
    if (!acceptTokens(cursor, "nam")) return null;
    const year2 = acceptYear(cursor);
    if (half === 0 && year2 === null) return null;
    return { unit: "half", year: year2, index: half === 0 ? 1 : half, day: null };
  });
}
function readDay(cursor, continuing) {
  return attempt(cursor, () => {
    const named = acceptTokens(cursor, "ngay");
    const day = acceptNumber(cursor, 1, 31);
    if (day === null) return null;
    if (acceptTokens(cursor, "/")) {
      const month = acceptNumber(cursor, 1, 12);
      if (month === null) return null;
      if (!acceptTokens(cursor, "/")) return { unit: "day", year: null, index: month, day };
      const year2 = acceptYear(cursor) ?? twoDigitYear(cursor);
      return year2 === null ? null : { unit: "day", year: year2, index: month, day };
    }
    if (acceptTokens(cursor, "thang")) {
      const month = acceptNumber(cursor, 1, 12);
      if (month === null) return null;
      return { unit: "day", year: readYearSuffix(cursor), index: month, day };
    }
    return named || continuing ? { unit: "day", year: null, index: null, day } : null;
  });
}
function readNumbered(cursor, word, unit, max) {
  return attempt(cursor, () => acceptTokens(cursor, word) ? readNumberWithYear(cursor, unit, max) : null);
}
function readNumberWithYear(cursor, unit, max) {
  return attempt(cursor, () => {
    const index = acceptNumber(cursor, 1, max);
    return index === null ? null : { unit, year: readYearSuffix(cursor), index, day: null };
  });
}
function readMonthOfYear(cursor) {
  return attempt(cursor, () => {
    const month = acceptNumber(cursor, 1, 12);
    if (month === null || !acceptTokens(cursor, "/")) return null;
    const year2 = acceptYear(cursor);
    return year2 === null ? null : { unit: "month", year: year2, index: month, day: null };
  });
}
function readYear(cursor, withoutNumber) {
  return attempt(cursor, () => {
    const named = acceptTokens(cursor, "nam");
    const year2 = acceptYear(cursor);
    if (year2 === null && !(named && withoutNumber)) return null;
    return { unit: "year", year: year2, index: null, day: null };
  });
}
function readYearSuffix(cursor) {
  return attempt(cursor, () => acceptTokens(cursor, "/") || acceptTokens(cursor, "nam") ? acceptYear(cursor) : null);
}
function twoDigitYear(cursor) {
  const token = peekToken(cursor);
  if (token === void 0 || token.length !== 2) return null;
  const year2 = acceptNumber(cursor, 0, 99);
  return year2 === null ? null : 2e3 + year2;
}

// src/deadline/parse-calendar-phrase.ts
function parseCalendarPhrase(normalized, planYear) {
  const cursor = tokenCursor(normalized);
  const lead = readDeadlineLead(cursor);
  const first = readTimeRef(cursor, { yearWithoutNumber: lead === "within" || lead === "end" });
  if (first === null) return null;
  const refs = [first];
  let joiner = "single";
  for (; ; ) {
    const next = attempt(cursor, () => readJoinedRef(cursor, joiner, refs[refs.length - 1] ?? first));
    if (next === null) break;
    joiner = next.joiner;
    refs.push(next.ref);
  }
  if (!atTail(cursor)) return null;
  const complete = completeTimeRefs(refs, planYear);
  const windows = [];
  for (const ref of complete) {
    const window = timeRefWindow(ref);
    if (window === null) return null;
    windows.push(window);
  }
  return readingFor(lead, joiner, complete, windows);
}
function readJoinedRef(cursor, joiner, previous) {
  const connector = readConnector(cursor);
  if (connector === null || joiner === "range" || joiner === "list" && connector === "range") return null;
  const ref = readTimeRefContinuing(cursor, previous.unit) ?? readTimeRef(cursor, { yearWithoutNumber: false });
  return ref === null ? null : { joiner: connector, ref };
}
function readConnector(cursor) {
  if (acceptTokens(cursor, "-") || acceptTokens(cursor, "den", "het") || acceptTokens(cursor, "den") || acceptTokens(cursor, "toi")) {
    return "range";
  }
  if (acceptTokens(cursor, ",", "va") || acceptTokens(cursor, "va") || acceptTokens(cursor, ",") || acceptTokens(cursor, "&")) {
    return "list";
  }
  return null;
}
function atTail(cursor) {
  if (atEnd(cursor)) return true;
  const next = peekToken(cursor);
  return next === "(" || next === "theo" || next === "," && peekToken(cursor, 1) === "theo";
}
function readingFor(lead, joiner, refs, windows) {
  const first = windows[0];
  const last = windows[windows.length - 1];
  if (first === void 0 || last === void 0) return null;
  if (lead === "from" && joiner !== "range") return null;
  if (joiner === "range" && last.start < first.start) return null;
  if (lead === "before") return joiner === "single" ? { kind: "date", start: null, due: dayBefore(first.start) } : null;
  return timesReading(lead === "by", joiner === "list", refs, windows);
}

// src/deadline/parse-continuous-phrase.ts
var ONGOING = /\b(?:thuong xuyen|lien tuc|xuyen suot|thuong truc|hang ngay|moi ngay|hang tuan|moi tuan)\b/;
function parseContinuousPhrase(normalized) {
  return ONGOING.test(normalized) ? { kind: "continuous", start: null, due: null } : null;
}

// src/deadline/read-recurrence.ts
var CYCLE_WORDS = [
  [/\b(?:hang|moi|tung|dinh ky) thang\b/g, "month"],
  [/\b(?:hang|moi|tung|dinh ky) quy\b|(?<!dinh )\bky bao cao(?: dinh ky)?(?: (?:cchc|cai cach hanh chinh))?\b/g, "quarter"],
  [/\b(?:hang|moi|dinh ky) (?:6|06|sau) thang\b|\bnua nam ?(?:\/ ?|mot |1 )(?:1 |mot )?lan\b/g, "half-year"],
  [/\b(?:hang|moi|tung|dinh ky) nam\b/g, "year"]
];
var TIMES_PER = /\b(?:(\d{1,2}) )?(thang|quy|nam) ?(?:\/ ?|mot |1 )(?:1 |mot )?lan\b/g;
var DAY_OF_LAST_MONTH = /\b(truoc )?(?:ngay )?(\d{1,2}) (?:cua )?(?:cac )?thang cuoi (?:cua )?(?:moi |hang |cac |tung )?(quy|nam)\b/;
var DAY_OF_CYCLE = /\b(truoc )?ngay (\d{1,2})(?:\/(\d{1,2})| thang (\d{1,2}))?(?![\d/])/;
var OTHER_TIME = /\b(?:quy|thang|ngay) \d|\d\/\d/;
var YEAR_OF_PLAN = /\b(?:nam )?\d{4}(?:-\d{4})?\b/g;
var FINEST_FIRST = ["month", "quarter", "half-year", "year"];
var LAST_MONTHS = {
  month: [],
  quarter: [3, 6, 9, 12],
  "half-year": [6, 12],
  year: [12]
};
function readRecurrence(normalized) {
  const cycles2 = /* @__PURE__ */ new Set();
  let rest = normalized;
  for (const [words, every2] of CYCLE_WORDS) {
    rest = rest.replace(words, () => {
      cycles2.add(every2);
      return " ";
    });
  }
  let unrepresentable = false;
  rest = rest.replace(TIMES_PER, (_whole, count, unit) => {
    const every2 = everyFromCount(Number(count ?? 1), unit);
    if (every2 === null) unrepresentable = true;
    else cycles2.add(every2);
    return " ";
  });
  const lastMonth = DAY_OF_LAST_MONTH.exec(rest);
  let dueDay = null;
  let every = FINEST_FIRST.find((cycle) => cycles2.has(cycle));
  if (lastMonth !== null) {
    every = lastMonth[3] === "quy" ? "quarter" : "year";
    dueDay = Number(lastMonth[2]) - (lastMonth[1] ? 1 : 0);
    rest = rest.replace(DAY_OF_LAST_MONTH, " ");
  }
  if (every === void 0) return null;
  const dayOfCycle = lastMonth === null ? DAY_OF_CYCLE.exec(rest) : null;
  if (dayOfCycle !== null) {
    const month = dayOfCycle[3] ?? dayOfCycle[4];
    if (month !== void 0 && !LAST_MONTHS[every].includes(Number(month))) return "unrepresentable";
    dueDay = Number(dayOfCycle[2]) - (dayOfCycle[1] ? 1 : 0);
    rest = rest.replace(DAY_OF_CYCLE, " ");
  }
  if (unrepresentable || dueDay !== null && (dueDay < 1 || dueDay > 31)) return "unrepresentable";
  if (OTHER_TIME.test(rest.replace(YEAR_OF_PLAN, " "))) return "unrepresentable";
  return { every, dueDay };
}
function everyFromCount(count, unit) {
  const months = count * (unit === "nam" ? 12 : unit === "quy" ? 3 : 1);
  return months === 1 ? "month" : months === 3 ? "quarter" : months === 6 ? "half-year" : months === 12 ? "year" : null;
}

// src/deadline/parse-directive-phrase.ts
var BY_AUTHORITY = /^(?:thuc hien )?(?:theo|tuy theo|tuy thuoc(?: vao)?|phu thuoc(?: vao)?|can cu(?: vao)?) (?:su )?(?:chi dao|huong dan|yeu cau|ke hoach|van ban|van-ban|quy dinh|thong bao|lich|thoi gian|tien do|de nghi|nghi dinh|nghi quyet|quyet dinh|thong tu|cong van|chi thi|chuong trinh|lo trinh|ket luan|phan cong|tinh hinh|thuc te|nhu cau|dieu kien)\b/;
var ON_OCCASION = /^(?:khi|sau khi|ngay sau khi|neu|trong truong hop|phat sinh|(?:dinh ky ?,? (?:va |hoac )?)?dot xuat)\b/;
var OF_ANOTHER_BODY = /^theo\b.*\bcua\b/;
function parseDirectivePhrase(normalized) {
  const directive = BY_AUTHORITY.test(normalized) || ON_OCCASION.test(normalized) || OF_ANOTHER_BODY.test(normalized) && !/\bky bao cao\b/.test(normalized);
  if (!directive) return null;
  const recurrence = readRecurrence(normalized);
  return typeof recurrence === "object" && recurrence !== null ? { kind: "directive", start: null, due: null, recurrence } : { kind: "directive", start: null, due: null };
}

// src/deadline/parse-recurring-phrase.ts
function parseRecurringPhrase(normalized) {
  const recurrence = readRecurrence(normalized);
  if (recurrence === null) return null;
  if (recurrence === "unrepresentable") return UNREADABLE2;
  return { kind: "recurring", start: null, due: null, recurrence };
}

// src/deadline/read-deadline-phrase.ts
function readDeadlinePhrase(text2, planYear) {
  const normalized = maskDocumentReferences(normalizeDeadlineText(text2));
  if (normalized === "") return UNREADABLE2;
  const directive = parseDirectivePhrase(normalized);
  if (directive !== null) return datedClause(normalized, planYear) ?? directive;
  return parseAfterEventPhrase(normalized, text2) ?? parseCalendarPhrase(normalized, planYear) ?? parseRecurringPhrase(normalized) ?? parseContinuousPhrase(normalized) ?? UNREADABLE2;
}
function datedClause(normalized, planYear) {
  for (let comma = normalized.indexOf(","); comma >= 0; comma = normalized.indexOf(",", comma + 1)) {
    const reading = parseCalendarPhrase(normalized.slice(comma + 1).trim(), planYear);
    if (reading !== null) return reading;
  }
  return null;
}

// src/deadline/parse-deadline-part.ts
var CONCRETE = /* @__PURE__ */ new Set(["date", "period", "span", "milestones"]);
var LABEL_COLON = /^(.*?\S)\s*:\s*(\S.*)$/s;
function parseDeadlinePart(text2, planYear) {
  const sides = LABEL_COLON.exec(text2);
  const before = sides?.[1]?.trim() ?? "";
  const after = sides?.[2]?.trim() ?? "";
  const timeOfDay = /\d$/.test(before) && /^\d/.test(after);
  if (sides !== null && !timeOfDay) {
    const right = readDeadlinePhrase(after, planYear);
    if (CONCRETE.has(right.kind)) return { part: { text: text2, ...right }, label: before };
    const left = readDeadlinePhrase(before, planYear);
    if (CONCRETE.has(left.kind)) return { part: { text: text2, ...left }, label: after };
    if (right.kind !== "unknown") return { part: { text: text2, ...right }, label: null };
  }
  return { part: { text: text2, ...readDeadlinePhrase(text2, planYear) }, label: null };
}
function isConcretePart(part) {
  return CONCRETE.has(part.kind) && part.due !== null;
}

// src/deadline/read-deadline-cell.ts
var SERIAL_RANGE = { min: 2e4, max: 8e4 };
var ISO_DATE2 = /^(\d{4})-(\d{2})-(\d{2})$/;
function readDeadlineCell(value) {
  if (value === null || value === void 0 || typeof value === "string") return null;
  if (typeof value === "boolean") return unknownCell(value ? "TRUE" : "FALSE");
  if (isCellError(value)) return unknownCell(String(value.error));
  if (isDateCell(value)) return dateCell2(String(value.date));
  if (typeof value !== "number" || !Number.isFinite(value)) return unknownCell(String(value));
  if (Number.isInteger(value) && value >= 1900 && value <= 2199) {
    return single({ kind: "period", text: String(value), ...spanOf(yearWindow(value)) });
  }
  if (value >= SERIAL_RANGE.min && value < SERIAL_RANGE.max + 1) {
    const date = fromSerialDate(value);
    return single({ kind: "date", text: formatViDate(date), start: null, due: date });
  }
  return unknownCell(String(value));
}
function dateCell2(date) {
  const match = ISO_DATE2.exec(date);
  if (match === null || !isRealDate(Number(match[1]), Number(match[2]), Number(match[3]))) return unknownCell(date);
  return single({ kind: "date", text: formatViDate(date), start: null, due: date });
}
function spanOf(window) {
  return { start: window.start, due: window.end };
}
function single(part) {
  return { ...part, parts: [part] };
}
function unknownCell(text2) {
  return single({ kind: "unknown", text: text2, start: null, due: null });
}

// src/deadline/remember-deadline.ts
var LIMIT = 4096;
var LONGEST_KEPT = 400;
var remembered = /* @__PURE__ */ new Map();
function rememberDeadline(text2, planYear, read) {
  if (text2.length > LONGEST_KEPT) return read();
  const key = `${planYear}\0${text2}`;
  const known = remembered.get(key);
  if (known !== void 0) return known;
  const deadline = deepFreeze(read());
  if (remembered.size >= LIMIT) remembered.clear();
  remembered.set(key, deadline);
  return deadline;
}
function deepFreeze(value) {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

// src/deadline/split-deadline-parts.ts
var BULLETS = /[•●▪◦·‣⁃■□○]/;
var MARKER = /^[-\u2010-\u2015\u2212+*•●▪◦·‣⁃■□○]+\s*/;
var DASH_RUN = /[-\u2010-\u2015\u2212]+/g;
var HAS_DASH = /[-\u2010-\u2015\u2212]/;
var NEAR = 40;
var NUMBER_LIKE = /^[\divxl]+(?:\/\d+)*$/;
var TIME_WORD = /^(?:thang|quy|qui|nam|ngay)\b/;
var CYCLE = /^\d+\s*thang\s*(?:\/|mot|1)\s*lan\b/;
var NAME_BEFORE_DASH = /(?:van hoa|kinh te|lao dong|tai chinh|tai nguyen|y te|giao duc|khoa hoc|noi vu|tu phap)$/;
var NAME_AFTER_DASH = /^(?:xa hoi|thong tin|the thao|du lich|thuong binh|ke hoach|moi truong|dan so|dao tao|cong nghe|ho tich)\b/;
function splitDeadlineParts(text2) {
  const parts = [];
  for (const line of text2.split("\n")) {
    const bulleted = MARKER.test(line.trim());
    for (const piece of line.split(BULLETS)) {
      for (const clause of piece.split(";")) parts.push(...cutAtDashes(clause, bulleted));
    }
  }
  return parts.map((part) => part.trim().replace(MARKER, "").trim()).filter((part) => part !== "");
}
function cutAtDashes(clause, bulleted) {
  if (!HAS_DASH.test(clause)) return [clause];
  const folded = foldKeepingLength(clause);
  const pieces = [];
  let from = 0;
  for (const dash of clause.matchAll(DASH_RUN)) {
    const at = dash.index;
    const after = at + dash[0].length;
    const spaced = at === 0 || /\s/.test(clause.charAt(at - 1)) || after === clause.length || /\s/.test(clause.charAt(after));
    if (!spaced) continue;
    const left = folded.slice(Math.max(from, at - NEAR), at).trim();
    if (left === "") {
      from = after;
      continue;
    }
    if (!cutsBetween(left, folded.slice(after, after + NEAR).trim(), bulleted)) continue;
    pieces.push(clause.slice(from, at));
    from = after;
  }
  pieces.push(clause.slice(from));
  return pieces;
}
function cutsBetween(left, right, bulleted) {
  if (right === "") return false;
  if (NAME_BEFORE_DASH.test(left) && NAME_AFTER_DASH.test(right)) return false;
  const leftNumber = NUMBER_LIKE.test(lastWord(left));
  if (leftNumber && NUMBER_LIKE.test(firstWord(right)) && !CYCLE.test(right)) return false;
  if (bulleted) return true;
  return !(leftNumber && TIME_WORD.test(right));
}
function lastWord(text2) {
  return (text2.split(/\s+/).pop() ?? "").replace(/^[^\w/]+|[^\w/]+$/g, "");
}
function firstWord(text2) {
  return (text2.split(/\s+/)[0] ?? "").replace(/^[^\w/]+|[^\w/]+$/g, "");
}

// src/deadline/summarise-deadline-parts.ts
var WITHOUT_DATE_ORDER = ["recurring", "after-event", "directive", "continuous"];
function summariseDeadlineParts(text2, parts) {
  const [only] = parts;
  if (only === void 0) return { kind: "unknown", text: text2, start: null, due: null, parts };
  if (parts.length === 1) return { ...only, text: text2, parts };
  const driver = parts.find(isConcretePart) ?? WITHOUT_DATE_ORDER.map((kind) => parts.find((part) => part.kind === kind)).find((part) => part !== void 0) ?? only;
  const concrete = parts.filter(isConcretePart);
  if (concrete.length === 0) return { ...driver, text: text2, due: null, parts };
  const due = concrete.map((part) => part.due ?? "").reduce((latest2, day) => day > latest2 ? day : latest2);
  const starts = concrete.map((part) => part.start);
  const start = starts.includes(null) ? null : starts.reduce((earliest2, day) => day < earliest2 ? day : earliest2);
  return { ...driver, text: text2, start, due, parts };
}

// src/deadline/parse-deadline.ts
function parseDeadline(value, options) {
  const cell = readDeadlineCell(value);
  if (cell !== null) return cell;
  const year2 = options?.planYear;
  const planYear = Number.isInteger(year2) && year2 >= 1900 && year2 <= 2199 ? year2 : null;
  if (typeof value !== "string") return summariseDeadlineParts("", []);
  return rememberDeadline(value, planYear ?? 0, () => {
    const text2 = cleanText(value);
    const parts = splitDeadlineParts(text2).map((part) => parseDeadlinePart(part, planYear));
    return summariseDeadlineParts(text2, groupMilestones(parts));
  });
}

// src/findings/messages.ts
var quoted = (text2) => `\u201C${String(text2 ?? "").slice(0, 120)}\u201D`;
var FINDING_SPECS = {
  NO_TASK_TABLE: {
    severity: "error",
    message: (p) => `Kh\xF4ng t\xECm th\u1EA5y b\u1EA3ng nhi\u1EC7m v\u1EE5 trong trang ${quoted(p.sheet)}. C\u1EA7n m\u1ED9t d\xF2ng ti\xEAu \u0111\u1EC1 c\xF3 c\xE1c c\u1ED9t: ${p.expected}.`
  },
  PLAN_YEAR_GUESSED: {
    severity: "warning",
    message: (p) => `Kh\xF4ng th\u1EA5y n\u0103m c\u1EE7a k\u1EBF ho\u1EA1ch trong ti\xEAu \u0111\u1EC1 (v\xED d\u1EE5 \u201Cn\u0103m 2026\u201D); t\u1EA1m d\xF9ng n\u0103m ${p.year}. C\xF3 th\u1EC3 ch\u1EC9 \u0111\u1ECBnh n\u0103m b\u1EB1ng t\xF9y ch\u1ECDn --year.`
  },
  COLUMN_MISSING: {
    severity: "error",
    message: (p) => `B\u1EA3ng nhi\u1EC7m v\u1EE5 thi\u1EBFu c\u1ED9t ${quoted(p.column)}; c\xE1c nhi\u1EC7m v\u1EE5 s\u1EBD \u0111\u01B0\u1EE3c b\xE1o l\u1ED7i \u1EDF c\u1ED9t n\xE0y.`
  },
  DELIVERABLE_COLUMN_MISSING: {
    severity: "warning",
    message: () => `B\u1EA3ng nhi\u1EC7m v\u1EE5 kh\xF4ng c\xF3 c\u1ED9t \u201CS\u1EA3n ph\u1EA9m\u201D; n\xEAn ghi s\u1EA3n ph\u1EA9m \u0111\u1EA7u ra c\u1EE7a t\u1EEBng nhi\u1EC7m v\u1EE5.`
  },
  COLUMN_DUPLICATE: {
    severity: "warning",
    message: (p, cell) => `\xD4 ${cell}: c\xF3 h\u01A1n m\u1ED9t c\u1ED9t ${quoted(p.column)}; d\xF9ng c\u1ED9t ${p.used}, c\xE1c c\u1ED9t kh\xE1c \u0111\u01B0\u1EE3c gi\u1EEF nguy\xEAn.`
  },
  ROW_NOT_UNDERSTOOD: {
    severity: "warning",
    message: (p, cell) => `D\xF2ng ${p.row} (\xF4 ${cell}) kh\xF4ng ph\u1EA3i nhi\u1EC7m v\u1EE5, ti\xEAu \u0111\u1EC1 m\u1EE5c hay d\xF2ng n\u1ED1i ti\u1EBFp; \u0111\xE3 b\u1ECF qua: ${quoted(p.text)}.`
  },
  STT_MISSING: {
    severity: "error",
    message: (_p, cell) => `\xD4 ${cell}: nhi\u1EC7m v\u1EE5 ch\u01B0a c\xF3 s\u1ED1 th\u1EE9 t\u1EF1 (STT).`
  },
  TASK_MISSING: {
    severity: "error",
    message: (_p, cell) => `\xD4 ${cell}: thi\u1EBFu n\u1ED9i dung nhi\u1EC7m v\u1EE5.`
  },
  LEAD_MISSING: {
    severity: "error",
    message: (_p, cell) => `\xD4 ${cell}: thi\u1EBFu c\u01A1 quan, \u0111\u01A1n v\u1ECB ch\u1EE7 tr\xEC.`
  },
  DEADLINE_MISSING: {
    severity: "error",
    message: (_p, cell) => `\xD4 ${cell}: thi\u1EBFu th\u1EDDi gian ho\xE0n th\xE0nh.`
  },
  DELIVERABLE_MISSING: {
    severity: "warning",
    message: (_p, cell) => `\xD4 ${cell}: ch\u01B0a ghi s\u1EA3n ph\u1EA9m c\u1EE7a nhi\u1EC7m v\u1EE5.`
  },
  STT_DUPLICATE: {
    severity: "warning",
    message: (p, cell) => `\xD4 ${cell}: s\u1ED1 th\u1EE9 t\u1EF1 ${quoted(p.stt)} tr\xF9ng v\u1EDBi nhi\u1EC7m v\u1EE5 \u1EDF d\xF2ng ${p.firstRow}.`
  },
  STT_SKIPPED: {
    severity: "warning",
    message: (p, cell) => `\xD4 ${cell}: s\u1ED1 th\u1EE9 t\u1EF1 nh\u1EA3y t\u1EEB ${p.previous} l\xEAn ${p.stt}; c\xF3 th\u1EC3 thi\u1EBFu nhi\u1EC7m v\u1EE5.`
  },
  CELL_ERROR: {
    severity: "warning",
    message: (p, cell) => `\xD4 ${cell} ch\u1EE9a l\u1ED7i ${quoted(p.error)} c\u1EE7a b\u1EA3ng t\xEDnh; \xF4 n\xE0y \u0111\u01B0\u1EE3c coi nh\u01B0 \u0111\u1EC3 tr\u1ED1ng.`
  },
  DEADLINE_UNREADABLE: {
    severity: "error",
    message: (p, cell) => `\xD4 ${cell}: kh\xF4ng hi\u1EC3u th\u1EDDi h\u1EA1n ${quoted(p.text)}. C\xF3 th\u1EC3 ghi, v\xED d\u1EE5: \u201CTr\u01B0\u1EDBc ng\xE0y 15/01/2026\u201D, \u201CTh\xE1ng 10/2026\u201D, \u201CQu\xFD I/2026\u201D, \u201C6 th\xE1ng \u0111\u1EA7u n\u0103m 2026\u201D, \u201CN\u0103m 2026\u201D, \u201C2026-2030\u201D, \u201CH\u1EB1ng qu\xFD\u201D, \u201CTh\u01B0\u1EDDng xuy\xEAn\u201D, \u201CTheo ch\u1EC9 \u0111\u1EA1o c\u1EE7a UBND Th\xE0nh ph\u1ED1\u201D; ho\u1EB7c nh\u1EADp ng\xE0y c\u1EE5 th\u1EC3 v\xE0o c\u1ED9t \u201CH\u1EA1n c\u1EE5 th\u1EC3\u201D.`
  },
  PROGRESS_UNREADABLE: {
    severity: "warning",
    message: (p, cell) => `\xD4 ${cell}: kh\xF4ng hi\u1EC3u t\xECnh tr\u1EA1ng ${quoted(p.text)}; h\xE3y ch\u1ECDn \u201CHo\xE0n th\xE0nh\u201D, \u201C\u0110ang th\u1EF1c hi\u1EC7n\u201D ho\u1EB7c \u201CCh\u01B0a th\u1EF1c hi\u1EC7n\u201D.`
  },
  DATE_UNREADABLE: {
    severity: "error",
    message: (p, cell) => `\xD4 ${cell}: ${quoted(p.text)} kh\xF4ng ph\u1EA3i m\u1ED9t ng\xE0y h\u1EE3p l\u1EC7; h\xE3y nh\u1EADp theo d\u1EA1ng dd/mm/yyyy.`
  }
};

// src/findings/finding.ts
function finding(code, cell, params = {}) {
  const spec = FINDING_SPECS[code];
  return { code, cell, severity: spec.severity, message: spec.message(params, cell), params };
}

// src/status/completed-steps.ts
function completedSteps(steps, done, completedOn) {
  const dated = steps.filter((step) => step.cycle === void 0);
  const anyDueBefore = completedOn !== null && dated.some((step) => step.due <= completedOn);
  const first = dated.reduce((earliest2, step) => earliest2 === void 0 || step.due < earliest2.due ? step : earliest2, void 0);
  return steps.map((step) => {
    if (step.cycle !== void 0) {
      if (completedOn === null) return done;
      return step.cycle.start <= completedOn && completedOn <= step.cycle.end;
    }
    if (done) return true;
    if (completedOn === null) return false;
    return step.due <= completedOn || !anyDueBefore && step === first;
  });
}

// src/status/deadline-steps.ts
import { addDays as addDays2 } from "date-fns";

// src/status/current-cycle.ts
import { getDaysInMonth } from "date-fns";
var MONTHS = { year: 12, "half-year": 6, quarter: 3, month: 1 };
function cycleContaining(recurrence, date) {
  const key = `${recurrence.every}|${recurrence.dueDay}|${date.slice(0, 7)}`;
  const known = cycles.get(key);
  if (known !== void 0) return known;
  const cycle = computeCycle(recurrence, date);
  if (cycles.size >= CACHE_LIMIT4) cycles.clear();
  cycles.set(key, cycle);
  return cycle;
}
var cycles = /* @__PURE__ */ new Map();
var CACHE_LIMIT4 = 1e4;
function computeCycle(recurrence, date) {
  const length = MONTHS[recurrence.every];
  const year2 = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const firstMonth = Math.floor((month - 1) / length) * length + 1;
  const lastMonth = firstMonth + length - 1;
  const daysInLastMonth = getDaysInMonth(new Date(year2, lastMonth - 1, 1));
  const dueDay = recurrence.dueDay === null ? daysInLastMonth : Math.min(Math.max(1, Math.trunc(recurrence.dueDay)), daysInLastMonth);
  return {
    start: isoDate(year2, firstMonth, 1),
    end: isoDate(year2, lastMonth, daysInLastMonth),
    due: isoDate(year2, lastMonth, dueDay)
  };
}

// src/status/deadline-steps.ts
function deadlineSteps(deadline, context) {
  const parts = deadline.parts.length > 0 ? deadline.parts : [deadline];
  const steps = [];
  let continuous = false;
  let pending = false;
  for (const part of parts) {
    switch (part.kind) {
      case "date":
      case "period":
      case "span":
        if (part.due !== null) steps.push({ due: part.due, start: part.start });
        break;
      case "milestones":
        for (const milestone of part.milestones ?? []) steps.push({ due: milestone.due, start: milestone.start });
        if ((part.milestones ?? []).length === 0 && part.due !== null) steps.push({ due: part.due, start: part.start });
        break;
      case "recurring":
        if (part.recurrence) {
          const cycle = cycleContaining(part.recurrence, clamp(context.asOf, part.start, part.due));
          steps.push({ due: cycle.due, start: cycle.start, cycle });
        }
        break;
      case "after-event":
        if (part.afterEvent && context.eventDate !== null) {
          steps.push({ due: dueAfterEvent(part, context.eventDate, context.calendar), start: context.eventDate });
        } else {
          pending = true;
        }
        break;
      case "directive":
        pending = true;
        break;
      case "continuous":
        continuous = true;
        break;
      case "unknown":
        break;
    }
  }
  return { steps, continuous, pending };
}
function dueAfterEvent(part, eventDate, calendar) {
  const { days, workingDays } = part.afterEvent;
  return workingDays ? calendar.addWorkingDays(eventDate, days) : fromLocalDate(addDays2(toLocalDate(eventDate), days));
}
function clamp(date, first, last) {
  if (first !== null && date < first) return first;
  if (last !== null && date > last) return last;
  return date;
}

// src/status/compute-status.ts
var DEFAULT_DUE_SOON_DAYS = 7;
var defaultCalendar;
function computeStatus(input) {
  const problems = [];
  const progress = readProgress(input.progress ?? null);
  if (progress.state === "unknown") problems.push({ column: "progress", code: "PROGRESS_UNREADABLE", text: progress.text });
  const completedOn = readDate(input.completedOn, "completedOn", problems);
  const override = readDate(input.dueOverride, "dueOverride", problems);
  const eventDate = readDate(input.eventDate, "eventDate", problems);
  const done = progress.state === "done";
  const result = (code, step2 = null, daysOverdue = null) => statusOf(code, step2, daysOverdue, problems);
  if (input.invalid) return result("INVALID");
  if (override === null && input.deadline.kind === "unknown") return result("INVALID");
  const { steps, continuous, pending } = override !== null ? { steps: [{ due: override, start: null }], continuous: false, pending: false } : deadlineSteps(input.deadline, { asOf: input.asOf, eventDate, calendar: input.calendar ?? (defaultCalendar ??= createWorkingCalendar()) });
  const last = latest(steps);
  if (last === null && !continuous && !pending) return result("INVALID");
  const completed = completedSteps(steps, done, completedOn);
  const open = steps.filter((_, index) => !completed[index]);
  if (open.length === 0) {
    if (done) {
      if (completedOn === null) return result("DONE", last);
      if (last === null || completedOn <= last.due) return result("DONE_ON_TIME", last);
      return result("DONE_LATE", last, daysBetween(last.due, completedOn));
    }
    if (pending) return result("NO_DEADLINE");
    if (continuous || last === null) return result("CONTINUOUS");
    open.push(last);
  }
  const step = earliest(open);
  const daysLeft = daysBetween(input.asOf, step.due);
  if (daysLeft < 0) return result("OVERDUE", step, -daysLeft);
  if (daysLeft <= (input.dueSoonDays ?? DEFAULT_DUE_SOON_DAYS)) return result("DUE_SOON", step);
  if (step.start !== null && input.asOf < step.start) return result("NOT_DUE", step);
  return result("IN_PROGRESS", step);
}
function statusOf(code, step, daysOverdue, problems) {
  return { code, label: STATUS_LABELS[code], due: step?.due ?? null, windowStart: step?.start ?? null, daysOverdue, problems };
}
function readDate(value, column, problems) {
  if (value === void 0) return null;
  const reading = readDateCell(value);
  if (reading.unreadable) problems.push({ column, code: "DATE_UNREADABLE", text: cleanText(value) });
  return reading.date;
}
function daysBetween(from, to) {
  return dayNumber(to) - dayNumber(from);
}
function earliest(steps) {
  return steps.reduce((best, step) => step.due < best.due ? step : best);
}
function latest(steps) {
  return steps.reduce((best, step) => best === null || step.due > best.due ? step : best, null);
}

// src/plan/assess-plan.ts
function assessPlan(plan, options) {
  const calendar = createWorkingCalendar({ daysOff: options.daysOff ?? [] });
  const issues = [...plan.issues];
  const rowsWithErrors = new Set(plan.issues.filter((issue) => issue.severity === "error").map((issue) => rowOfCell(issue.cell)));
  const tasks = plan.tasks.map((task) => {
    const deadline = parseDeadline(deadlineInput(task), { planYear: plan.plan.year });
    const own = [];
    if (deadline.kind === "unknown" && task.deadlineText !== "") {
      own.push(finding("DEADLINE_UNREADABLE", task.cells.deadline ?? `A${task.row}`, { text: task.deadlineText }));
    }
    const invalid = own.length > 0 || rowsWithErrors.has(task.row);
    const status = computeStatus({
      deadline,
      asOf: options.asOf,
      ...task.progress,
      invalid,
      dueSoonDays: options.dueSoonDays ?? 7,
      calendar
    });
    for (const problem of status.problems) {
      const cell = task.cells[problem.column] ?? `A${task.row}`;
      own.push(finding(problem.code, cell, { text: problem.text }));
    }
    issues.push(...own);
    return { task, deadline, status, invalid };
  });
  return { plan, asOf: options.asOf, tasks, issues: issues.sort((a, b) => rowOfCell(a.cell) - rowOfCell(b.cell)) };
}
function deadlineInput(task) {
  const value = task.deadlineValue;
  return isDateCell(value) || typeof value === "number" ? value : task.deadlineText;
}

// src/units/unit-key.ts
var EXPANSIONS = {
  vhxh: "van hoa xa hoi",
  hcc: "hanh chinh cong",
  hdnd: "hoi dong nhan dan",
  ubnd: "uy ban nhan dan",
  ubmttq: "uy ban mat tran to quoc",
  mttq: "mat tran to quoc",
  dvc: "dich vu cong",
  kt: "kinh te",
  ht: "ha tang",
  dt: "do thi",
  vp: "van phong",
  tt: "trung tam",
  tthc: "thu tuc hanh chinh",
  cchc: "cai cach hanh chinh"
};
var TRAILING_PLACE = / (?:phuong|xa|thi tran)$/;
function unitKey(name) {
  const words = foldWords(name.replace(/&/g, " va ")).split(" ").map((word) => EXPANSIONS[word] ?? word).join(" ");
  return words.replace(/ co lien quan\b/, " lien quan").replace(TRAILING_PLACE, "").trim();
}

// src/summary/next-quarter.ts
var LAST_DAY = ["03-31", "06-30", "09-30", "12-31"];
function quarterAfter(date) {
  const current = Math.floor((Number(date.slice(5, 7)) - 1) / 3);
  const year2 = Number(date.slice(0, 4)) + (current === 3 ? 1 : 0);
  const index = (current + 1) % 4;
  return {
    label: `Qu\xFD ${index + 1}/${year2}`,
    start: isoDate(year2, index * 3 + 1, 1),
    end: `${String(year2).padStart(4, "0")}-${LAST_DAY[index]}`
  };
}
function dueInQuarter(assessed, quarter, calendar) {
  const { progress: cells } = assessed.task;
  const override = readDateCell(cells.dueOverride ?? null).date;
  const steps = override !== null ? [{ due: override, start: null }] : deadlineSteps(assessed.deadline, { asOf: quarter.start, eventDate: readDateCell(cells.eventDate ?? null).date, calendar }).steps;
  if (steps.length === 0) return null;
  const done = readProgress(cells.progress ?? null).state === "done";
  const completedOn = readDateCell(cells.completedOn ?? null).date;
  const completed = completedSteps(steps, done, completedOn);
  let earliest2 = null;
  steps.forEach((step, index) => {
    const open = step.cycle !== void 0 ? completedOn === null || !completed[index] : !completed[index];
    if (open && step.due >= quarter.start && step.due <= quarter.end && (earliest2 === null || step.due < earliest2)) earliest2 = step.due;
  });
  return earliest2;
}

// src/summary/progress-as-of.ts
function progressAsOf(plan, day) {
  let changed = false;
  const tasks = plan.tasks.map((task) => {
    const completedOn = task.progress.completedOn;
    if (completedOn === void 0) return task;
    const { date } = readDateCell(completedOn);
    if (date === null || date <= day) return task;
    changed = true;
    return { ...task, progress: { ...task.progress, progress: "\u0110ang th\u1EF1c hi\u1EC7n", completedOn: null } };
  });
  return changed ? { ...plan, tasks } : plan;
}

// src/summary/task-line.ts
function taskLine({ task, deadline, status }, due = status.due) {
  return {
    row: task.row,
    stt: task.stt,
    section: task.section,
    task: task.task,
    lead: task.lead,
    deadlineText: task.deadlineText,
    kind: deadline.kind,
    due,
    status: status.code
  };
}
function overdueLine(assessed) {
  const { task, deadline, status } = assessed;
  return {
    row: task.row,
    stt: task.stt,
    section: task.section,
    task: task.task,
    lead: task.lead,
    deadlineText: task.deadlineText,
    kind: deadline.kind,
    due: status.due,
    status: status.code,
    daysOverdue: status.daysOverdue ?? 0
  };
}

// src/summary/build-summary.ts
var NO_SECTION_TITLE = "(Ch\u01B0a thu\u1ED9c m\u1EE5c n\xE0o)";
var NO_LEAD_UNIT = "(Ch\u01B0a c\xF3 \u0111\u01A1n v\u1ECB ch\u1EE7 tr\xEC)";
function buildSummary(plan, period, options) {
  const judgedOn = options.asOf < period.cutOff ? options.asOf : period.cutOff;
  const assessed = assessPlan(progressAsOf(plan, judgedOn), { asOf: judgedOn, dueSoonDays: options.dueSoonDays, daysOff: options.daysOff });
  const calendar = createWorkingCalendar({ daysOff: options.daysOff ?? [] });
  const nextQuarter = quarterAfter(period.cutOff);
  const totals = emptyTally();
  const sections = /* @__PURE__ */ new Map();
  const addSection = (label2, title) => {
    if (!sections.has(label2)) sections.set(label2, { label: label2, title, tally: emptyTally() });
  };
  if (plan.tasks.some((task) => task.section === null)) addSection(null, NO_SECTION_TITLE);
  for (const section of plan.sections) addSection(section.label, section.title);
  const unitNames = new Map(plan.units.map((unit) => [unit.key, unit.name]));
  const keyOf2 = /* @__PURE__ */ new Map();
  const units = /* @__PURE__ */ new Map();
  let withoutLead = null;
  let tasksWithSeveralLeads = 0;
  const overdue = [];
  const dueNextQuarter = [];
  for (const item of assessed.tasks) {
    const { task, status } = item;
    countTask(totals, status.code, status.due, judgedOn);
    let section = sections.get(task.section);
    if (section === void 0) sections.set(task.section, section = { label: task.section, title: task.section ?? NO_SECTION_TITLE, tally: emptyTally() });
    countTask(section.tally, status.code, status.due, judgedOn);
    const leads = distinctLeads(task.lead, keyOf2);
    if (leads.length > 1) tasksWithSeveralLeads++;
    for (const { key, spelling } of leads) {
      let unit = units.get(key);
      if (unit === void 0) units.set(key, unit = { unit: unitNames.get(key) ?? spelling, tally: emptyTally() });
      countTask(unit.tally, status.code, status.due, judgedOn);
    }
    if (leads.length === 0) countTask(withoutLead ??= emptyTally(), status.code, status.due, judgedOn);
    if (status.code === "OVERDUE") overdue.push(overdueLine(item));
    const due = dueInQuarter(item, nextQuarter, calendar);
    if (due !== null) dueNextQuarter.push(taskLine(item, due));
  }
  const unitLines = [...units.values()].map(({ unit, tally }) => ({ unit, ...statusCounts(tally) }));
  if (withoutLead !== null) unitLines.push({ unit: NO_LEAD_UNIT, ...statusCounts(withoutLead) });
  return {
    period,
    judgedOn,
    totals: statusCounts(totals),
    sections: [...sections.values()].map(({ label: label2, title, tally }) => ({ label: label2, title, ...statusCounts(tally) })),
    units: unitLines,
    tasksWithSeveralLeads,
    // Tasks come in row order and the sort is stable: equal days or dates stay by row.
    overdue: overdue.sort((a, b) => b.daysOverdue - a.daysOverdue),
    nextQuarter: { ...nextQuarter, tasks: dueNextQuarter.sort((a, b) => a.due < b.due ? -1 : a.due > b.due ? 1 : 0) }
  };
}
function distinctLeads(leads, keyOf2) {
  const units = [];
  for (const spelling of leads) {
    let key = keyOf2.get(spelling);
    if (key === void 0) keyOf2.set(spelling, key = unitKey(spelling));
    if (key !== "" && !units.some((unit) => unit.key === key)) units.push({ key, spelling });
  }
  return units;
}

// src/consolidate/commune-name.ts
var PLACE = /\b(phuong|xa|dac khu)\s+/g;
var NAME_ENDS = /* @__PURE__ */ new Set(["nam", "giai", "doan", "ve", "tren", "dia", "ban", "thuc", "hien", "ke", "hoach", "cchc", "tinh", "thanh", "pho", "quy", "den", "tu", "va", "trong", "cua", "theo", "lan"]);
var NOT_A_NAME = /* @__PURE__ */ new Set(["hoi"]);
var MAX_NAME_WORDS = 5;
function communeName(title, heading, fileName) {
  for (const text2 of [title, ...[...heading].reverse()]) {
    const name = placeIn(text2.normalize("NFC"));
    if (name !== null) return name;
  }
  return stemOf(fileName);
}
function placeIn(text2) {
  const folded = foldKeepingLength(text2);
  for (const match of folded.matchAll(PLACE)) {
    const words = [];
    let at = match.index + match[0].length;
    while (words.length < MAX_NAME_WORDS) {
      const word = /^[^\s,;:.()[\]"“”'/]+/.exec(text2.slice(at))?.[0];
      if (word === void 0) break;
      const first = word.charAt(0);
      const foldedWord = folded.slice(at, at + word.length);
      const capitalised = /\d/.test(first) || first !== first.toLowerCase() && first === first.toUpperCase();
      if (!capitalised || NAME_ENDS.has(foldedWord) || words.length === 0 && NOT_A_NAME.has(foldedWord)) break;
      words.push(word);
      at += word.length;
      const space = /^[ \t]+/.exec(text2.slice(at))?.[0];
      if (space === void 0) break;
      at += space.length;
    }
    if (words.length === 0) continue;
    const kind = text2.slice(match.index, match.index + match[1].length);
    return [kind, ...words].map((word, index) => index === 0 || isCapitals(word) ? initialCapital(word) : word).join(" ");
  }
  return null;
}
var isCapitals = (word) => word.length > 1 && word === word.toUpperCase() && word !== word.toLowerCase();
var initialCapital = (word) => word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();

// src/consolidate/section-key.ts
var AREAS = [
  ["chi dao dieu hanh", ["chi dao dieu hanh", "chi dao va dieu hanh", "cong tac chi dao"]],
  ["cai cach thu tuc hanh chinh", ["thu tuc hanh chinh", "tthc"]],
  ["cai cach the che", ["the che"]],
  ["cai cach to chuc bo may", ["to chuc bo may", "bo may hanh chinh"]],
  ["cai cach che do cong vu", ["che do cong vu", "cong vu cong chuc", "doi ngu can bo"]],
  ["cai cach tai chinh cong", ["tai chinh cong"]],
  ["chinh quyen dien tu chinh quyen so", ["chinh quyen dien tu", "chinh quyen so", "chinh phu dien tu", "chinh phu so", "chuyen doi so", "hanh chinh dien tu"]]
];
function sectionKey(title) {
  const words = foldWords(title).replace(/^(?:(?:[ivxlc]+|\d+)\s+)+/, "");
  const spaced = ` ${words} `;
  for (const [key, names] of AREAS) if (names.some((name) => spaced.includes(` ${name} `))) return key;
  return words.replace(/^cong tac /, "");
}

// src/consolidate/commune-figures.ts
function communeFigures(plan, file, options) {
  const summary = buildSummary(plan, options.period, { asOf: options.asOf, dueSoonDays: options.dueSoonDays, daysOff: options.daysOff });
  const { total, byStatus, percent, dueByCutOff, doneOfDue, completionRate } = summary.totals;
  return {
    name: communeName(plan.plan.title, plan.plan.heading ?? [], file),
    file,
    counts: { total, byStatus, percent, dueByCutOff, doneOfDue, completionRate },
    worstDaysOverdue: summary.overdue[0]?.daysOverdue ?? 0,
    sections: summary.sections.map(({ label: label2, title, ...counts }) => ({
      key: label2 === null && title === NO_SECTION_TITLE ? "" : sectionKey(title),
      title,
      counts
    })),
    overdue: summary.overdue.map(({ section, stt, task, lead, deadlineText, due, daysOverdue }) => ({ section: sectionTitle(plan, section), stt, task, lead, deadlineText, due, daysOverdue }))
  };
}
function sectionTitle(plan, label2) {
  if (label2 === null) return null;
  return plan.sections.find((section) => section.label === label2)?.title ?? label2;
}

// src/table/header-keywords.ts
var HEADER_PHRASES = [
  ["completedOn", ["ngay hoan thanh", "ngay thuc te hoan thanh"]],
  ["dueOverride", ["han cu the", "thoi han cu the"]],
  ["eventDate", ["ngay bat dau tinh han", "ngay can cu"]],
  ["progress", ["tinh trang", "tinh hinh thuc hien", "ket qua thuc hien", "muc do hoan thanh"]],
  ["lead", ["chu tri", "don vi thuc hien", "co quan thuc hien"]],
  ["coUnits", ["phoi hop"]],
  ["deliverable", ["san pham", "ket qua dau ra", "ket qua du kien"]],
  ["task", ["nhiem vu", "noi dung", "cong viec", "ten de an"]],
  ["deadline", ["thoi gian", "thoi han", "han hoan thanh", "moc thoi gian"]],
  ["tienDo", ["tien do"]]
];
var STT_HEADERS = ["stt", "tt", "so tt", "s tt", "so thu tu", "thu tu", "st t", "s t t"];
var REQUIRED_HEADERS_TEXT = "STT, Nhi\u1EC7m v\u1EE5 (N\u1ED9i dung), C\u01A1 quan ch\u1EE7 tr\xEC, Th\u1EDDi gian ho\xE0n th\xE0nh";

// src/table/grid-text.ts
function gridTexts(grid) {
  return grid.rows.map((row) => row.map(cleanText));
}
function textAt(texts, row, column) {
  return texts[row]?.[column] ?? "";
}

// src/table/header-text.ts
function headerTexts(texts, merges, top, count, width) {
  const result = [];
  for (let column = 0; column < width; column++) {
    const parts = [];
    for (let row = top; row < top + count; row++) {
      const text2 = textAt(texts, row, column) || mergedMasterText(texts, merges, row, column);
      if (text2 !== "" && parts[parts.length - 1] !== text2) parts.push(text2);
    }
    result.push(parts.join(" "));
  }
  return result;
}
function mergedMasterText(texts, merges, row, column) {
  for (const range of merges) {
    if (row >= range.top && row <= range.bottom && column >= range.left && column <= range.right) {
      return textAt(texts, range.top, range.left);
    }
  }
  return "";
}

// src/text/substring-distance.ts
function substringDistance(pattern, text2) {
  if (pattern === "") return 0;
  if (text2.includes(pattern)) return 0;
  let previous = new Array(text2.length + 1).fill(0);
  let current = new Array(text2.length + 1).fill(0);
  for (let i = 1; i <= pattern.length; i++) {
    current[0] = i;
    for (let j = 1; j <= text2.length; j++) {
      const substitution = previous[j - 1] + (pattern[i - 1] === text2[j - 1] ? 0 : 1);
      current[j] = Math.min(substitution, previous[j] + 1, current[j - 1] + 1);
    }
    [previous, current] = [current, previous];
  }
  return Math.min(...previous);
}

// src/table/match-header.ts
function ocrShape(letters) {
  return letters.replace(/rn/g, "m").replace(/ri/g, "n").replace(/cl/g, "d").replace(/0/g, "o").replace(/[1l]/g, "i");
}
function allowedEdits(letters) {
  if (letters <= 5) return 0;
  return letters <= 9 ? 1 : 2;
}
function matchHeader(text2) {
  const known = seen.get(text2);
  if (known !== void 0) return known;
  const key = matchHeaderUncached(text2);
  if (seen.size >= 1e4) seen.clear();
  seen.set(text2, key);
  return key;
}
var seen = /* @__PURE__ */ new Map();
function matchHeaderUncached(text2) {
  const words = foldWords(text2);
  if (words === "" || words.length > 80) return null;
  if (STT_HEADERS.includes(words)) return "stt";
  if (/^[\d ]+$/.test(words)) return null;
  const letters = ocrShape(words.replace(/ /g, ""));
  let best = null;
  for (const [key, phrases] of HEADER_PHRASES) {
    for (const phrase of phrases) {
      const pattern = ocrShape(phrase.replace(/ /g, ""));
      const distance2 = substringDistance(pattern, letters);
      if (distance2 > allowedEdits(pattern.length)) continue;
      if (best === null || distance2 < best.distance) best = { key, distance: distance2 };
      if (distance2 === 0) return key;
    }
  }
  return best?.key ?? null;
}

// src/table/find-task-table.ts
var MAX_HEADER_ROWS = 3;
function findTaskTable(texts, merges) {
  for (let top = 0; top < texts.length; top++) {
    if (filledCount(texts[top]) < 2) continue;
    const found = headerAt(texts, merges, top);
    if (found) return found;
  }
  return null;
}
function headerAt(texts, merges, top) {
  let best = null;
  for (let count = 1; count <= MAX_HEADER_ROWS && top + count <= texts.length; count++) {
    if (count > 1 && isDataLike(texts[top + count - 1])) break;
    const width = Math.max(...texts.slice(top, top + count).map((row) => row.length));
    const headers = headerTexts(texts, merges, top, count, width);
    const keys = headers.map((text2) => text2.length <= 120 ? matchHeader(text2) : null);
    if (!qualifies(keys)) continue;
    if (best === null || distinct(keys) > distinct(best.keys)) best = { count, keys, headers };
  }
  if (best === null) return null;
  const headerRows = Array.from({ length: best.count }, (_, i) => top + i);
  let firstDataRow = top + best.count;
  if (isColumnNumbers(texts[firstDataRow] ?? [])) firstDataRow++;
  return {
    headerRows,
    firstDataRow,
    keys: best.keys,
    headers: best.headers,
    signatures: headerRows.map((row) => texts[row].map(foldWords))
  };
}
function qualifies(keys) {
  if (!keys.includes("task")) return false;
  const others = ["stt", "lead", "deadline", "tienDo"].filter((key) => keys.includes(key));
  return others.length >= 2;
}
function distinct(keys) {
  return new Set(keys.filter((key) => key !== null)).size;
}
function filledCount(row) {
  let count = 0;
  for (const text2 of row) if (text2 !== "") count++;
  return count;
}
function isDataLike(row) {
  return /^\d+\.?$/.test(row[0] ?? "") && filledCount(row) > 2;
}
function isColumnNumbers(row) {
  const filled = row.filter((text2) => text2 !== "");
  return filled.length >= 3 && filled.every((text2) => /^\(?\d{1,2}\)?$/.test(text2));
}
function assignColumns(header, looksLikeProgress) {
  const columns = {};
  const extraColumns = [];
  const duplicates = [];
  const hasDeadline = header.keys.includes("deadline");
  header.keys.forEach((found, column) => {
    const key = found === "tienDo" ? hasDeadline || looksLikeProgress(column) ? "progress" : "deadline" : found;
    if (key === null) {
      const text2 = header.headers[column] ?? "";
      if (text2 !== "" && !isComputedHeader(text2)) extraColumns.push({ column, header: text2 });
    } else if (columns[key] === void 0) {
      columns[key] = column;
    } else {
      duplicates.push({ column, key, used: columns[key] });
      extraColumns.push({ column, header: header.headers[column] });
    }
  });
  return { columns, extraColumns, duplicates };
}
var COMPUTED = new Set(COMPUTED_HEADERS.map(foldWords));
function isComputedHeader(text2) {
  return text2.startsWith(HELPER_HEADER_PREFIX) || COMPUTED.has(foldWords(text2));
}

// src/table/join-continuation.ts
function joinContinuation(text2, more) {
  if (text2 === "") return more;
  if (more === "") return text2;
  const carriesOn = !/[.;:!?]$/.test(text2) && !/^[-+•*]/.test(more);
  return carriesOn ? `${text2} ${more}` : `${text2}
${more}`;
}

// src/table/section-label.ts
var ROMAN_VALUES = { I: 1, V: 5, X: 10 };
function romanValue(numeral) {
  let total = 0;
  for (let i = 0; i < numeral.length; i++) {
    const value = ROMAN_VALUES[numeral[i]];
    const next = ROMAN_VALUES[numeral[i + 1] ?? ""] ?? 0;
    total += value < next ? -value : value;
  }
  const canonical = ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"];
  const tens = ["", "X", "XX", "XXX"];
  const written = (tens[Math.floor(total / 10)] ?? "") + (canonical[total % 10] ?? "");
  return written === numeral && total > 0 ? total : null;
}
var LEADING_NUMERAL = /^(?:PHẦN|Phần|MỤC|Mục|Phan|Muc)?\s*([IVX1l]{1,5})(?=$|[\s.):\-–—])[\s.):\-–—]*(.*)$/s;
function readSectionLabel(text2) {
  const match = LEADING_NUMERAL.exec(text2.trim());
  if (!match) return null;
  const raw = match[1];
  if (!/[IVX]/.test(raw)) return null;
  const numeral = raw.replace(/[1l]/g, "I");
  if (romanValue(numeral) === null) return null;
  return { label: numeral, title: match[2].trim().replace(/[.:]$/, "") };
}

// src/table/stt-label.ts
var TASK_NUMBER = /^\d{1,6}(?:[.,]\d{1,3})*[.)]?\*?$/;
var LETTERED = /^[a-zđ][).]?$/;
function readSttLabel(text2) {
  const compact = text2.replace(/\s+/g, "");
  if (compact === "") return null;
  const repaired = /\d/.test(compact) && /^[\dlIO|.]+$/.test(compact) ? compact.replace(/[lI|]/g, "1").replace(/O/g, "0") : compact;
  if (TASK_NUMBER.test(repaired)) return repaired.replace(/[.)*]$/, "");
  if (LETTERED.test(repaired)) return repaired;
  return null;
}

// src/table/read-table-rows.ts
var TEXT_KEYS = ["task", "deliverable", "lead", "coUnits", "deadline"];
var PROGRESS_KEYS = ["progress", "completedOn", "dueOverride", "eventDate"];
var CONTENT_KEYS = [...TEXT_KEYS, ...PROGRESS_KEYS];
function readTableRows(texts, values, header, columns, extraColumns) {
  const sections = [];
  const tasks = [];
  const issues = [];
  const at = (row, key) => columns[key] === void 0 ? "" : textAt(texts, row, columns[key]);
  const sttColumn = columns.stt ?? firstColumn(columns);
  let section = null;
  let last = null;
  for (let row = header.firstDataRow; row < texts.length; row++) {
    const cells = texts[row];
    const filled = cells.filter((text2) => text2 !== "").length;
    if (filled === 0) continue;
    const sttText = textAt(texts, row, sttColumn);
    const stt = readSttLabel(sttText);
    if (stt === null && (isHeaderRepeat(cells, header, columns) || isColumnNumbers(cells))) continue;
    const opened = stt === null && at(row, "lead") === "" && at(row, "deadline") === "" ? sectionOpenedBy(cells, sttColumn) : null;
    if (opened) {
      section = opened.label;
      sections.push({ label: opened.label, title: opened.title || otherText(cells, opened.column), row: row + 1 });
      last = null;
      continue;
    }
    if (stt === null && sttText === "") {
      const complete = at(row, "task") !== "" && at(row, "lead") !== "" && at(row, "deadline") !== "";
      if (last !== null && !complete) {
        continueTask(last, row, at, cells, extraColumns);
        continue;
      }
      if (!complete && filled === 1) continue;
      if (!complete && last === null) {
        issues.push(finding("ROW_NOT_UNDERSTOOD", cellAddress(row, firstFilled(cells)), { row: row + 1, text: cells.find((t) => t !== "") ?? "" }));
        continue;
      }
    } else if (stt === null) {
      if (filled > 1) issues.push(finding("ROW_NOT_UNDERSTOOD", cellAddress(row, sttColumn), { row: row + 1, text: sttText }));
      continue;
    }
    if (stt !== null && CONTENT_KEYS.every((key) => at(row, key) === "")) continue;
    last = newTask(row, stt ?? "", section, at, values, columns, cells, extraColumns);
    tasks.push(last);
  }
  return { sections, tasks, issues };
}
function newTask(row, stt, section, at, values, columns, cells, extraColumns) {
  const text2 = {};
  const cellValues = {};
  for (const key of [...TEXT_KEYS, ...PROGRESS_KEYS]) {
    if (columns[key] === void 0) continue;
    text2[key] = at(row, key);
    cellValues[key] = values[row]?.[columns[key]] ?? null;
  }
  const extra = {};
  for (const { column, header } of extraColumns) extra[header] = cells[column] ?? "";
  return { row: row + 1, continuationRows: [], stt, section, text: text2, values: cellValues, extra };
}
function continueTask(task, row, at, cells, extraColumns) {
  task.continuationRows.push(row + 1);
  for (const key of TEXT_KEYS) {
    const more = at(row, key);
    if (more !== "") task.text[key] = joinContinuation(task.text[key] ?? "", more);
  }
  for (const { column, header } of extraColumns) {
    const more = cells[column] ?? "";
    if (more !== "") task.extra[header] = joinContinuation(task.extra[header] ?? "", more);
  }
}
function isHeaderRepeat(cells, header, columns) {
  const folded = cells.map((text2) => text2 === "" ? "" : foldWords(text2));
  const filled = folded.filter((text2) => text2 !== "").length;
  for (const signature of header.signatures) {
    const same = folded.filter((text2, column) => text2 !== "" && text2 === signature[column]).length;
    if (same > 0 && same / filled >= 0.6) return true;
  }
  if (filled < 2) return false;
  let naming = 0;
  for (const [key, column] of Object.entries(columns)) {
    const text2 = cells[column] ?? "";
    if (text2 !== "" && text2.length <= 60 && matchHeader(text2) === key) naming++;
  }
  return naming >= 2;
}
function sectionOpenedBy(cells, sttColumn) {
  const column = cells[sttColumn] ? sttColumn : firstFilled(cells);
  const label2 = readSectionLabel(cells[column] ?? "");
  return label2 ? { ...label2, column } : null;
}
function otherText(cells, except) {
  return cells.find((text2, column) => column !== except && text2 !== "") ?? "";
}
function firstFilled(cells) {
  const index = cells.findIndex((text2) => text2 !== "");
  return index < 0 ? 0 : index;
}
function firstColumn(columns) {
  return Math.min(...Object.values(columns));
}

// src/units/group-units.ts
function groupUnits(names) {
  const groups = /* @__PURE__ */ new Map();
  const keys = /* @__PURE__ */ new Map();
  for (const name of names) {
    const key = keys.get(name) ?? unitKey(name);
    keys.set(name, key);
    if (key === "") continue;
    const spellings = groups.get(key) ?? /* @__PURE__ */ new Map();
    spellings.set(name, (spellings.get(name) ?? 0) + 1);
    groups.set(key, spellings);
  }
  return [...groups].map(([key, spellings]) => {
    let name = "";
    let best = 0;
    for (const [spelling, count] of spellings) {
      if (count > best) [name, best] = [spelling, count];
    }
    return { key, name, spellings: [...spellings.keys()] };
  });
}

// src/units/split-units.ts
var HEAD_WORDS = [
  "Ph\xF2ng",
  "V\u0103n ph\xF2ng",
  "Trung t\xE2m",
  "C\xF4ng an",
  "Tr\u1EA1m",
  "Tr\u01B0\u1EDDng",
  "B\u1ED9",
  "S\u1EDF",
  "Ban",
  "UBND",
  "\u1EE6y ban",
  "U\u1EF7 ban",
  "C\xE1c",
  "\u0110\u1EA3ng \u1EE7y",
  "\u0110\u1EA3ng u\u1EF7",
  "M\u1EB7t tr\u1EADn",
  "MTTQ",
  "H\u1ED9i",
  "\u0110o\xE0n",
  "Chi c\u1EE5c",
  "\u0110\u1ED9i",
  "Ban Ch\u1EC9 huy",
  "Qu\xE2n s\u1EF1",
  "H\u0110ND",
  "H\u1ED9i \u0111\u1ED3ng",
  "B\u1EA3o hi\u1EC3m",
  "Kho b\u1EA1c",
  "Chi nh\xE1nh",
  "C\u01A1 quan",
  "\u0110\u01A1n v\u1ECB",
  "T\u1ED5",
  "Thanh tra",
  "L\xE3nh \u0111\u1EA1o",
  "Ch\u1EE7 t\u1ECBch",
  "Ph\xF3 Ch\u1EE7 t\u1ECBch",
  "C\xF4ng ch\u1EE9c",
  "Phong",
  "Van phong",
  "Trung tam",
  "Cong an",
  "Tram",
  "Truong",
  "Bo",
  "So",
  "Uy ban",
  "Cac",
  "Dang uy",
  "Mat tran",
  "Hoi",
  "Doan",
  "Chi cuc",
  "Doi",
  "Hoi dong",
  "Co quan",
  "Don vi",
  "To"
];
var HEAD_WORD = `(?:${HEAD_WORDS.map((word) => word.replace(/ /g, "\\s+")).join("|")})(?![\\p{L}])`;
var NEW_UNIT = new RegExp(`,\\s*(?=${HEAD_WORD})|\\s+[-\u2013\u2022+]\\s+(?=${HEAD_WORD})`, "u");
function splitUnits(text2) {
  let units = seen2.get(text2);
  if (units === void 0) {
    if (seen2.size >= 1e4) seen2.clear();
    units = splitUncached(text2);
    seen2.set(text2, units);
  }
  return [...units];
}
var seen2 = /* @__PURE__ */ new Map();
function splitUncached(text2) {
  return text2.split(/[;\n]+/).flatMap((part) => part.split(NEW_UNIT)).map((part) => part.replace(/^[\s\-–•+*.]+|[\s.,;]+$/g, "").trim()).filter((part) => part !== "");
}

// src/validate/check-stt-sequence.ts
function checkSttSequence(tasks) {
  const perSection = restartsEachSection(tasks);
  const findings = [];
  const firstRowOf = /* @__PURE__ */ new Map();
  let previous = null;
  let section;
  for (const task of tasks) {
    if (task.stt === "") {
      if (previous !== null) previous++;
      continue;
    }
    if (task.section !== section && perSection) previous = null;
    section = task.section;
    const key = perSection ? `${task.section}\0${task.stt}` : task.stt;
    const seen3 = firstRowOf.get(key);
    if (seen3 !== void 0) findings.push(finding("STT_DUPLICATE", task.cell, { stt: task.stt, firstRow: seen3 }));
    else firstRowOf.set(key, task.row);
    if (!/^\d+$/.test(task.stt)) continue;
    const number = Number(task.stt);
    if (previous !== null && seen3 === void 0 && number > previous + 1) {
      findings.push(finding("STT_SKIPPED", task.cell, { previous, stt: task.stt }));
    }
    previous = number;
  }
  return findings;
}
function restartsEachSection(tasks) {
  let section;
  let sectionsSeen = 0;
  for (const task of tasks) {
    if (task.section === section) continue;
    section = task.section;
    sectionsSeen++;
    if (sectionsSeen > 1 && task.stt === "1") return true;
  }
  return false;
}

// src/validate/task-fields.ts
import { z as z2 } from "zod";
var requiredTaskFields = z2.object({
  stt: z2.string().min(1, "STT_MISSING"),
  task: z2.string().min(1, "TASK_MISSING"),
  lead: z2.array(z2.string()).min(1, "LEAD_MISSING"),
  deadline: z2.string().min(1, "DEADLINE_MISSING")
});
var recommendedTaskFields = z2.object({
  deliverable: z2.string().min(1, "DELIVERABLE_MISSING")
});

// src/validate/validate-task.ts
function validateTask(fields, cellOf) {
  const findings = [];
  for (const schema of [requiredTaskFields, recommendedTaskFields]) {
    const result = schema.safeParse(fields);
    if (result.success) continue;
    for (const issue of result.error.issues) {
      const field = issue.path[0];
      const code = issue.message in FINDING_SPECS ? issue.message : "TASK_MISSING";
      findings.push(finding(code, cellOf(field)));
    }
  }
  return findings;
}

// src/plan/looks-like-progress-column.ts
function looksLikeProgressColumn(texts, column, firstDataRow) {
  let filled = 0;
  let progress = 0;
  for (let row = firstDataRow; row < texts.length && filled < 200; row++) {
    const text2 = texts[row]?.[column] ?? "";
    if (text2 === "") continue;
    filled++;
    if (readProgress(text2).state !== "unknown") progress++;
  }
  return filled > 0 && progress / filled >= 0.6;
}

// src/plan/read-plan.ts
var REQUIRED_COLUMNS = [
  { key: "stt", name: "STT" },
  { key: "task", name: "Nhi\u1EC7m v\u1EE5" },
  { key: "lead", name: "C\u01A1 quan ch\u1EE7 tr\xEC" },
  { key: "deadline", name: "Th\u1EDDi gian ho\xE0n th\xE0nh" }
];
function readPlan(grid, options) {
  const texts = gridTexts(grid);
  const header = findTaskTable(texts, grid.merges ?? []);
  if (header === null) {
    return { found: false, issue: finding("NO_TASK_TABLE", "A1", { sheet: grid.sheet, expected: REQUIRED_HEADERS_TEXT }) };
  }
  const issues = [];
  const headerRow = header.headerRows[0];
  const { columns, extraColumns, duplicates } = assignColumns(
    header,
    (column) => looksLikeProgressColumn(texts, column, header.firstDataRow)
  );
  for (const { column, key, used } of duplicates) {
    issues.push(finding("COLUMN_DUPLICATE", cellAddress(headerRow, column), { column: header.headers[column], used: header.headers[used], key }));
  }
  for (const { key, name } of REQUIRED_COLUMNS) {
    if (columns[key] === void 0) issues.push(finding("COLUMN_MISSING", rowAddress(headerRow), { column: name }));
  }
  if (columns.deliverable === void 0) issues.push(finding("DELIVERABLE_COLUMN_MISSING", rowAddress(headerRow)));
  const table = readTableRows(texts, grid.rows, header, columns, extraColumns);
  issues.push(...table.issues);
  const letters = Object.entries(columns).map(([key, column]) => [key, columnLetters(column)]);
  const cellsOf = (row) => {
    const cells = {};
    for (const [key, column] of letters) cells[key] = `${column}${row}`;
    return cells;
  };
  const tasks = table.tasks.map((raw) => toTask(raw, cellsOf(raw.row)));
  table.tasks.forEach((raw, index) => issues.push(...taskFindings(tasks[index], raw, columns)));
  const numbers = tasks.map(({ stt, row, section, cells }) => ({ stt, row, section, cell: cells.stt ?? rowAddress(row - 1) }));
  issues.push(...checkSttSequence(numbers));
  const linesAbove = texts.slice(0, headerRow).map((row) => row.filter((text2) => text2 !== "").join(" "));
  const heading = readPlanHeading(linesAbove);
  let year2 = options.year ?? heading.year;
  if (year2 === null || year2 === void 0) {
    year2 = options.fallbackYear;
    issues.push(finding("PLAN_YEAR_GUESSED", "A1", { year: year2 }));
  }
  const units = groupUnits(tasks.flatMap((task) => [...task.lead, ...task.coUnits]));
  return {
    found: true,
    plan: {
      plan: { year: year2, sheet: grid.sheet, title: heading.title, heading: linesAbove.filter((line) => line.trim() !== "") },
      layout: { headerRows: header.headerRows, firstDataRow: header.firstDataRow, columns, extraColumns },
      sections: table.sections,
      tasks,
      units,
      issues: sortByRow(issues)
    }
  };
}
function toTask(raw, cells) {
  const { progress, completedOn, dueOverride, eventDate } = raw.values;
  return {
    row: raw.row,
    continuationRows: raw.continuationRows,
    stt: raw.stt,
    section: raw.section,
    task: raw.text.task ?? "",
    deliverable: raw.text.deliverable ?? "",
    lead: splitUnits(raw.text.lead ?? ""),
    coUnits: splitUnits(raw.text.coUnits ?? ""),
    deadlineText: raw.text.deadline ?? "",
    deadlineValue: raw.values.deadline ?? null,
    progress: Object.fromEntries(
      Object.entries({ progress, completedOn, dueOverride, eventDate }).filter(([, value]) => value !== void 0)
    ),
    cells,
    extra: raw.extra
  };
}
function taskFindings(task, raw, columns) {
  const cellOf = (key) => task.cells[key] ?? rowAddress(task.row - 1);
  const fields = {
    stt: task.stt,
    task: task.task,
    lead: [...task.lead],
    deadline: task.deadlineText,
    deliverable: columns.deliverable === void 0 ? "-" : task.deliverable
  };
  const findings = validateTask(fields, (field) => cellOf(field));
  for (const [key, value] of Object.entries(raw.values)) {
    if (value !== void 0 && isCellError(value)) findings.push(finding("CELL_ERROR", cellOf(key), { error: value.error }));
  }
  return findings;
}
function sortByRow(issues) {
  const rowOf = (cell) => Number(/\d+$/.exec(cell)?.[0] ?? 0);
  return issues.map((issue, index) => ({ issue, index })).sort((a, b) => rowOf(a.issue.cell) - rowOf(b.issue.cell) || a.index - b.index).map(({ issue }) => issue);
}

// adapters/files/file-read-messages.ts
var q = (text2) => `\u201C${text2 ?? ""}\u201D`;
var REMOVE_PASSWORD = "m\u1EDF t\u1EC7p b\u1EB1ng Excel (nh\u1EADp m\u1EADt kh\u1EA9u), v\xE0o T\u1EC7p \u203A Th\xF4ng tin \u203A B\u1EA3o v\u1EC7 s\u1ED5 l\xE0m vi\u1EC7c \u203A M\xE3 h\xF3a b\u1EB1ng m\u1EADt kh\u1EA9u, x\xF3a m\u1EADt kh\u1EA9u v\xE0 l\u01B0u l\u1EA1i";
var SAVE_AS_XLSX = "m\u1EDF t\u1EC7p b\u1EB1ng Excel, ch\u1ECDn T\u1EC7p \u203A L\u01B0u th\xE0nh v\xE0 ch\u1ECDn ki\u1EC3u \u201CS\u1ED5 l\xE0m vi\u1EC7c Excel (*.xlsx)\u201D";
var FOREIGN = {
  pdf: (f) => `T\u1EC7p ${q(f)} l\xE0 t\u1EC7p PDF, kh\xF4ng ph\u1EA3i b\u1EA3ng t\xEDnh. H\xE3y m\u1EDF t\u1EC7p PDF, ch\u1ECDn v\xE0 sao ch\xE9p b\u1EA3ng ph\u1EE5 l\u1EE5c nhi\u1EC7m v\u1EE5, d\xE1n v\xE0o Excel, l\u01B0u th\xE0nh t\u1EC7p .xlsx r\u1ED3i ch\u1ECDn t\u1EC7p \u0111\xF3.`,
  image: (f, p) => `T\u1EC7p ${q(f)} l\xE0 \u1EA3nh ${p.format ?? ""}, kh\xF4ng ph\u1EA3i b\u1EA3ng t\xEDnh; ch\u01B0\u01A1ng tr\xECnh kh\xF4ng \u0111\u1ECDc ch\u1EEF trong \u1EA3nh. H\xE3y ch\u1ECDn b\u1EA3n Excel (.xlsx) c\u1EE7a k\u1EBF ho\u1EA1ch, ho\u1EB7c sao ch\xE9p b\u1EA3ng ph\u1EE5 l\u1EE5c t\u1EEB b\u1EA3n Word sang Excel.`,
  word: (f) => `T\u1EC7p ${q(f)} l\xE0 v\u0103n b\u1EA3n Word, kh\xF4ng ph\u1EA3i b\u1EA3ng t\xEDnh. H\xE3y m\u1EDF b\u1EB1ng Word, ch\u1ECDn b\u1EA3ng ph\u1EE5 l\u1EE5c nhi\u1EC7m v\u1EE5, sao ch\xE9p sang Excel, l\u01B0u th\xE0nh t\u1EC7p .xlsx r\u1ED3i ch\u1ECDn t\u1EC7p \u0111\xF3.`,
  opendocument: (f) => `T\u1EC7p ${q(f)} l\xE0 t\u1EC7p OpenDocument (LibreOffice), ch\u01B0\u01A1ng tr\xECnh ch\u01B0a \u0111\u1ECDc \u0111\u01B0\u1EE3c. H\xE3y m\u1EDF b\u1EB1ng LibreOffice ho\u1EB7c Excel, l\u01B0u th\xE0nh \u201CS\u1ED5 l\xE0m vi\u1EC7c Excel (.xlsx)\u201D r\u1ED3i ch\u1ECDn l\u1EA1i t\u1EC7p.`,
  zip: (f) => `T\u1EC7p ${q(f)} l\xE0 t\u1EC7p n\xE9n (.zip), kh\xF4ng ph\u1EA3i s\u1ED5 l\xE0m vi\u1EC7c Excel. H\xE3y gi\u1EA3i n\xE9n r\u1ED3i ch\u1ECDn t\u1EC7p .xlsx b\xEAn trong.`,
  binary: (f) => `T\u1EC7p ${q(f)} kh\xF4ng ph\u1EA3i b\u1EA3ng t\xEDnh hay t\u1EC7p v\u0103n b\u1EA3n. H\xE3y ch\u1ECDn t\u1EC7p Excel (.xlsx) ho\u1EB7c t\u1EC7p .csv, .txt ch\u1EE9a b\u1EA3ng ph\u1EE5 l\u1EE5c nhi\u1EC7m v\u1EE5.`
};
var FILE_READ_MESSAGES = {
  EMPTY_FILE: (f) => `T\u1EC7p ${q(f)} tr\u1ED1ng, kh\xF4ng c\xF3 d\u1EEF li\u1EC7u. H\xE3y ki\u1EC3m tra \u0111\xE3 ch\u1ECDn \u0111\xFAng t\u1EC7p k\u1EBF ho\u1EA1ch ch\u01B0a; n\u1EBFu \u0111\xFAng, h\xE3y m\u1EDF t\u1EC7p g\u1ED1c b\u1EB1ng Excel, l\u01B0u l\u1EA1i r\u1ED3i ch\u1ECDn l\u1EA1i.`,
  PASSWORD_PROTECTED: (f) => `T\u1EC7p ${q(f)} \u0111\u01B0\u1EE3c \u0111\u1EB7t m\u1EADt kh\u1EA9u n\xEAn kh\xF4ng \u0111\u1ECDc \u0111\u01B0\u1EE3c. H\xE3y ${REMOVE_PASSWORD}, r\u1ED3i ch\u1ECDn l\u1EA1i t\u1EC7p.`,
  LEGACY_XLS: (f) => `T\u1EC7p ${q(f)} l\xE0 b\u1EA3ng t\xEDnh Excel \u0111\u1EDDi c\u0169 (.xls, Excel 97\u20132003), ch\u01B0\u01A1ng tr\xECnh ch\u01B0a \u0111\u1ECDc \u0111\u01B0\u1EE3c \u0111\u1ECBnh d\u1EA1ng n\xE0y. H\xE3y ${SAVE_AS_XLSX}, r\u1ED3i ch\u1ECDn t\u1EC7p .xlsx v\u1EEBa l\u01B0u.`,
  PASSWORD_OR_LEGACY: (f) => `T\u1EC7p ${q(f)} kh\xF4ng \u0111\u1ECDc \u0111\u01B0\u1EE3c: \u0111\xE2y c\xF3 th\u1EC3 l\xE0 t\u1EC7p .xlsx \u0111\u01B0\u1EE3c \u0111\u1EB7t m\u1EADt kh\u1EA9u, ho\u1EB7c b\u1EA3ng t\xEDnh Excel \u0111\u1EDDi c\u0169 (.xls). N\u1EBFu t\u1EC7p c\xF3 m\u1EADt kh\u1EA9u, h\xE3y ${REMOVE_PASSWORD}; n\u1EBFu l\xE0 t\u1EC7p .xls, h\xE3y ${SAVE_AS_XLSX}; sau \u0111\xF3 ch\u1ECDn l\u1EA1i t\u1EC7p.`,
  NOT_A_SPREADSHEET: (f, p) => FOREIGN[p.kind ?? "binary"](f, p),
  CORRUPT_WORKBOOK: (f) => `T\u1EC7p ${q(f)} b\u1ECB h\u1ECFng ho\u1EB7c ch\u01B0a \u0111\u01B0\u1EE3c t\u1EA3i v\u1EC1 \u0111\u1EA7y \u0111\u1EE7 n\xEAn kh\xF4ng m\u1EDF \u0111\u01B0\u1EE3c nh\u01B0 m\u1ED9t s\u1ED5 l\xE0m vi\u1EC7c Excel. H\xE3y th\u1EED m\u1EDF t\u1EC7p b\u1EB1ng Excel v\xE0 l\u01B0u l\u1EA1i th\xE0nh .xlsx, ho\u1EB7c l\u1EA5y l\u1EA1i b\u1EA3n g\u1ED1c c\u1EE7a t\u1EC7p.`
};
var FILE_NOTICES = {
  readAsWindows1258: (file) => `T\u1EC7p ${q(file)} kh\xF4ng d\xF9ng b\u1EA3ng m\xE3 UTF-8; \u0111\xE3 \u0111\u1ECDc theo b\u1EA3ng m\xE3 Windows-1258 (ti\u1EBFng Vi\u1EC7t c\u1EE7a Windows c\u0169). N\u1EBFu ch\u1EEF ti\u1EBFng Vi\u1EC7t hi\u1EC7n sai, h\xE3y m\u1EDF t\u1EC7p b\u1EB1ng Excel v\xE0 l\u01B0u l\u1EA1i v\u1EDBi ki\u1EC3u \u201CCSV UTF-8 (Ph\xE2n t\xE1ch b\u1EB1ng d\u1EA5u ph\u1EA9y)\u201D.`,
  replacedCharacters: (file) => `T\u1EC7p ${q(file)} c\xF3 m\u1ED9t s\u1ED1 k\xFD t\u1EF1 h\u1ECFng, kh\xF4ng \u0111\u1ECDc \u0111\u01B0\u1EE3c; ch\xFAng hi\u1EC7n th\xE0nh d\u1EA5u \u201C\uFFFD\u201D.`,
  unbalancedQuotes: (file) => `T\u1EC7p ${q(file)} c\xF3 d\u1EA5u ngo\u1EB7c k\xE9p (") kh\xF4ng kh\xE9p \u0111\xFAng; \u0111\xE3 \u0111\u1ECDc m\u1ED7i d\xF2ng c\u1EE7a t\u1EC7p th\xE0nh m\u1ED9t h\xE0ng v\xE0 gi\u1EEF nguy\xEAn c\xE1c d\u1EA5u ngo\u1EB7c k\xE9p.`,
  hiddenSheet: (file, sheet) => `Trang t\xEDnh ${q(sheet)} trong t\u1EC7p ${q(file)} \u0111ang b\u1ECB \u1EA9n; v\u1EABn \u0111\u01B0\u1EE3c \u0111\u1ECDc nh\u01B0 c\xE1c trang kh\xE1c.`
};

// adapters/files/file-read-error.ts
var FileReadError = class extends Error {
  constructor(code, message, params = {}) {
    super(message);
    this.code = code;
    this.params = params;
  }
  code;
  params;
  name = "FileReadError";
};
function fileReadError(code, fileName, params = {}) {
  return new FileReadError(code, FILE_READ_MESSAGES[code](fileName, params), { file: fileName, ...params });
}

// adapters/files/decode-text.ts
import iconv from "iconv-lite";
var SAMPLE_BYTES = 4096;
var SAMPLE_CHARS = 65536;
var ALLOWED_CONTROLS = /* @__PURE__ */ new Set([9, 10, 11, 12, 13, 26]);
var MAX_CONTROL_SHARE = 0.02;
function decodeText(bytes, fileName) {
  const decoded = decodeBytes(bytes, fileName);
  if (looksBinary(decoded.text)) throw fileReadError("NOT_A_SPREADSHEET", fileName, { kind: "binary" });
  if (decoded.text.trim() === "") throw fileReadError("EMPTY_FILE", fileName);
  return { ...decoded, text: decoded.text.normalize("NFC") };
}
function decodeBytes(bytes, fileName) {
  if (startsWith(bytes, [239, 187, 191])) return decodeUtf8(bytes.subarray(3), fileName, true);
  if (startsWith(bytes, [255, 254])) return utf16(bytes.subarray(2), "utf-16le");
  if (startsWith(bytes, [254, 255])) return utf16(bytes.subarray(2), "utf-16be");
  const unmarked = utf16Order(bytes);
  if (unmarked) return utf16(bytes, unmarked);
  return decodeUtf8(bytes, fileName, false);
}
function decodeUtf8(bytes, fileName, marked) {
  try {
    return { text: new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes), encoding: "utf-8", notices: [] };
  } catch {
    if (marked) {
      const text2 = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
      return { text: text2, encoding: "utf-8", notices: [FILE_NOTICES.replacedCharacters(fileName)] };
    }
    return {
      text: iconv.decode(bytes, "windows-1258"),
      encoding: "windows-1258",
      notices: [FILE_NOTICES.readAsWindows1258(fileName)]
    };
  }
}
function utf16(bytes, encoding) {
  const little = encoding === "utf-16le" ? bytes : swapBytePairs(bytes);
  return { text: new TextDecoder("utf-16le", { ignoreBOM: true }).decode(little), encoding, notices: [] };
}
function utf16Order(bytes) {
  const pairs = Math.floor(Math.min(bytes.length, SAMPLE_BYTES) / 2);
  if (pairs < 2) return null;
  let evenNuls = 0;
  let oddNuls = 0;
  for (let i = 0; i < pairs; i++) {
    if (bytes[2 * i] === 0) evenNuls++;
    if (bytes[2 * i + 1] === 0) oddNuls++;
  }
  if (oddNuls >= pairs * 0.2 && evenNuls <= oddNuls * 0.05) return "utf-16le";
  if (evenNuls >= pairs * 0.2 && oddNuls <= evenNuls * 0.05) return "utf-16be";
  return null;
}
function looksBinary(text2) {
  const length = Math.min(text2.length, SAMPLE_CHARS);
  let controls = 0;
  for (let i = 0; i < length; i++) {
    const code = text2.charCodeAt(i);
    if (code === 0) return true;
    if (code < 32 && !ALLOWED_CONTROLS.has(code) || code === 127) controls++;
  }
  return controls > length * MAX_CONTROL_SHARE;
}
function swapBytePairs(bytes) {
  const swapped = new Uint8Array(bytes.length - bytes.length % 2);
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    swapped[i] = bytes[i + 1];
    swapped[i + 1] = bytes[i];
  }
  return swapped;
}
function startsWith(bytes, prefix) {
  return prefix.every((byte, i) => bytes[i] === byte);
}

// adapters/files/ole-entry-names.ts
var END_OF_CHAIN = 4294967294;
var ENTRY_SIZE = 128;
var HEADER_FAT_SLOTS = 109;
var MAX_DIRECTORY_SECTORS = 1024;
function oleEntryNames(bytes) {
  if (bytes.length < 512) return [];
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const sectorShift = view.getUint16(30, true);
  if (sectorShift !== 9 && sectorShift !== 12) return [];
  const sectorSize = 1 << sectorShift;
  const sectorOffset = (sector) => (sector + 1) * sectorSize;
  const inFile = (offset, length) => offset >= 0 && offset + length <= bytes.length;
  const nextSector = (sector) => {
    const perFatSector = sectorSize / 4;
    const slot = Math.floor(sector / perFatSector);
    if (slot >= HEADER_FAT_SLOTS) return END_OF_CHAIN;
    const fatSector = view.getUint32(76 + slot * 4, true);
    const offset = sectorOffset(fatSector) + sector % perFatSector * 4;
    return inFile(offset, 4) ? view.getUint32(offset, true) : END_OF_CHAIN;
  };
  const names = [];
  const decoder = new TextDecoder("utf-16le");
  const seen3 = /* @__PURE__ */ new Set();
  for (let sector = view.getUint32(48, true); sector < END_OF_CHAIN && !seen3.has(sector) && seen3.size < MAX_DIRECTORY_SECTORS; sector = nextSector(sector)) {
    seen3.add(sector);
    const start = sectorOffset(sector);
    if (!inFile(start, sectorSize)) break;
    for (let entry = start; entry < start + sectorSize; entry += ENTRY_SIZE) {
      const nameBytes = view.getUint16(entry + 64, true);
      const type = bytes[entry + 66];
      if (type === 0 || nameBytes < 2 || nameBytes > 64) continue;
      names.push(decoder.decode(bytes.subarray(entry, entry + nameBytes - 2)));
    }
  }
  return names;
}

// adapters/files/ole-file-error.ts
function oleFileError(bytes, fileName) {
  const names = new Set(oleEntryNames(bytes));
  if (names.has("EncryptedPackage") || names.has("EncryptionInfo")) return fileReadError("PASSWORD_PROTECTED", fileName);
  if (names.has("WordDocument")) return fileReadError("NOT_A_SPREADSHEET", fileName, { kind: "word" });
  if (names.has("Workbook") || names.has("Book")) return fileReadError("LEGACY_XLS", fileName);
  if (names.has("PowerPoint Document")) return fileReadError("NOT_A_SPREADSHEET", fileName, { kind: "binary" });
  return fileReadError("PASSWORD_OR_LEGACY", fileName);
}

// adapters/files/read-delimited.ts
import Papa from "papaparse";

// adapters/files/detect-delimiter.ts
var CANDIDATES = ["	", ";", ","];
var SAMPLE_RECORDS = 200;
function detectDelimiter(text2) {
  const counts = countPerRecord(text2, true) ?? countPerRecord(text2, false) ?? [];
  let best = "	";
  let bestScore = 0;
  for (const delimiter of CANDIDATES) {
    const score = consistency(counts.map((record) => record[delimiter]));
    if (score > bestScore) {
      best = delimiter;
      bestScore = score;
    }
  }
  return best;
}
function consistency(perRecord) {
  const frequency = /* @__PURE__ */ new Map();
  for (const count of perRecord) if (count > 0) frequency.set(count, (frequency.get(count) ?? 0) + 1);
  return Math.max(0, ...frequency.values());
}
function countPerRecord(text2, honourQuotes) {
  const records = [];
  let current = { "	": 0, ";": 0, ",": 0 };
  let quoted2 = false;
  for (let i = 0; i < text2.length && records.length < SAMPLE_RECORDS; i++) {
    const char = text2[i];
    if (char === '"' && honourQuotes) quoted2 = !quoted2;
    else if (quoted2) continue;
    else if (char === "	" || char === ";" || char === ",") current[char]++;
    else if (char === "\n") {
      records.push(current);
      current = { "	": 0, ";": 0, ",": 0 };
    }
  }
  records.push(current);
  return quoted2 && records.length < SAMPLE_RECORDS ? null : records;
}

// adapters/files/read-delimited.ts
var NO_QUOTE = "\0";
function readDelimited(text2, sheet, fileName) {
  const normalised = text2.replace(/\r\n?/g, "\n");
  const delimiter = detectDelimiter(normalised);
  const parse = (quoteChar) => Papa.parse(normalised, { delimiter, newline: "\n", quoteChar, skipEmptyLines: false, header: false });
  let parsed = parse('"');
  const notices = [];
  if (parsed.errors.some((error) => error.type === "Quotes")) {
    parsed = parse(NO_QUOTE);
    notices.push(FILE_NOTICES.unbalancedQuotes(fileName));
  }
  const records = parsed.data;
  const last = records[records.length - 1];
  if (normalised.endsWith("\n") && last?.length === 1 && last[0] === "") records.pop();
  return { grid: { sheet, rows: records.map(toRow) }, notices };
}
function toRow(fields) {
  let end = fields.length;
  while (end > 0 && fields[end - 1] === "") end--;
  const row = new Array(end);
  for (let i = 0; i < end; i++) row[i] = fields[i] === "" ? null : fields[i];
  return row;
}

// adapters/files/read-xlsx.ts
import ExcelJS8 from "exceljs";

// adapters/files/zip-content-kind.ts
var OPENDOCUMENT_MIMETYPE = "mimetypeapplication/vnd.oasis.opendocument";
function zipContentKind(bytes) {
  const text2 = new TextDecoder("latin1").decode(bytes);
  if (text2.startsWith(OPENDOCUMENT_MIMETYPE, 30)) return "opendocument";
  if (text2.includes("xl/workbook.xml")) return "workbook";
  if (text2.includes("word/document.xml")) return "word";
  return "other";
}

// adapters/files/read-xlsx.ts
var IGNORED_NODES = ["dataValidations"];
async function readXlsx(bytes, fileName) {
  const workbook = new ExcelJS8.Workbook();
  try {
    await workbook.xlsx.load(toArrayBuffer(bytes), { ignoreNodes: IGNORED_NODES });
  } catch (error) {
    throw zipError(bytes, fileName, error);
  }
  const worksheets = workbook.worksheets;
  if (worksheets.length === 0 && zipContentKind(bytes) !== "workbook") throw zipError(bytes, fileName);
  const notices = worksheets.filter((sheet) => sheet.state !== "visible").map((sheet) => FILE_NOTICES.hiddenSheet(fileName, sheet.name));
  return { grids: worksheets.map(worksheetGrid), notices };
}
function zipError(bytes, fileName, cause) {
  const kind = zipContentKind(bytes);
  if (kind === "word" || kind === "opendocument") return fileReadError("NOT_A_SPREADSHEET", fileName, { kind });
  if (kind === "other" && extensionOf(fileName) === "zip") return fileReadError("NOT_A_SPREADSHEET", fileName, { kind: "zip" });
  const detail = cause instanceof Error ? cause.message : cause === void 0 ? "no worksheet" : String(cause);
  return fileReadError("CORRUPT_WORKBOOK", fileName, { detail });
}

// adapters/files/sniff-signature.ts
var ascii = (text2) => [...text2].map((c) => c.charCodeAt(0));
var image = (format) => ({ kind: "foreign", foreign: "image", format });
var MAGICS = [
  { bytes: [80, 75, 3, 4], signature: { kind: "zip" } },
  { bytes: [80, 75, 5, 6], signature: { kind: "zip" } },
  // an empty ZIP archive
  { bytes: [208, 207, 17, 224, 161, 177, 26, 225], signature: { kind: "ole" } },
  { bytes: ascii("%PDF-"), signature: { kind: "foreign", foreign: "pdf" } },
  { bytes: [137, 80, 78, 71, 13, 10, 26, 10], signature: image("PNG") },
  { bytes: [255, 216, 255], signature: image("JPEG") },
  { bytes: ascii("GIF87a"), signature: image("GIF") },
  { bytes: ascii("GIF89a"), signature: image("GIF") },
  { bytes: ascii("WEBP"), offset: 8, signature: image("WebP") },
  { bytes: [73, 73, 42, 0], signature: image("TIFF") },
  { bytes: [77, 77, 0, 42], signature: image("TIFF") },
  { bytes: ascii("{\\rtf"), signature: { kind: "foreign", foreign: "word" } }
];
function sniffSignature(bytes) {
  const match = MAGICS.find(
    ({ bytes: magic, offset = 0 }) => magic.every((byte, i) => bytes[offset + i] === byte)
  );
  return match?.signature ?? { kind: "unknown" };
}

// adapters/files/read-grid-file.ts
var WORKBOOK_EXTENSIONS = /* @__PURE__ */ new Set(["xlsx", "xlsm", "xltx", "xltm"]);
async function readGridFile(bytes, fileName) {
  const name = baseName(fileName);
  if (bytes.length === 0) throw fileReadError("EMPTY_FILE", name);
  const signature = sniffSignature(bytes);
  switch (signature.kind) {
    case "zip":
      return { format: "workbook", ...await readXlsx(bytes, name) };
    case "ole":
      throw oleFileError(bytes, name);
    case "foreign":
      throw fileReadError("NOT_A_SPREADSHEET", name, {
        kind: signature.foreign,
        ...signature.format ? { format: signature.format } : {}
      });
    case "unknown":
      return readText(bytes, name);
  }
}
function readText(bytes, name) {
  let decoded;
  try {
    decoded = decodeText(bytes, name);
  } catch (error) {
    const namedAsWorkbook = WORKBOOK_EXTENSIONS.has(extensionOf(name));
    if (namedAsWorkbook && error instanceof FileReadError && error.code === "NOT_A_SPREADSHEET") {
      throw fileReadError("CORRUPT_WORKBOOK", name);
    }
    throw error;
  }
  const { grid, notices } = readDelimited(decoded.text, stemOf(name), name);
  return { format: "text", grids: [grid], notices: [...decoded.notices, ...notices] };
}

// adapters/files/read-plan-file.ts
async function readPlanFile(bytes, fileName, options) {
  let file;
  try {
    file = await readGridFile(bytes, fileName);
  } catch (error) {
    if (error instanceof FileReadError) return { kind: "unreadable", message: error.message };
    throw error;
  }
  const grids = candidateSheets(file.grids, options.sheet);
  if (grids.length === 0) {
    const names = file.grids.map((grid) => `\u201C${grid.sheet}\u201D`).join(", ");
    return { kind: "unreadable", message: `T\u1EC7p \u201C${fileName}\u201D kh\xF4ng c\xF3 trang \u201C${options.sheet}\u201D. C\xE1c trang c\xF3 trong t\u1EC7p: ${names}.` };
  }
  const misses = [];
  for (const grid of grids) {
    const result = readPlan(grid, options);
    if (result.found) {
      const workbook = file.format === "workbook" ? { workbook: bytes } : {};
      return { kind: "plan", plan: result.plan, notices: file.notices, ...workbook };
    }
    misses.push(result.issue);
  }
  return { kind: "no-table", message: misses.map((issue) => issue.message).join("\n") };
}
function candidateSheets(grids, sheet) {
  if (sheet !== void 0) return grids.filter((grid) => grid.sheet === sheet);
  const own = readOwnSheets(grids).plan;
  const ownPlan = grids.find((grid) => grid.sheet === own);
  return ownPlan ? [ownPlan, ...grids.filter((grid) => grid !== ownPlan)] : [...grids];
}

// adapters/consolidate/judge-commune-file.ts
async function judgeCommuneFile(bytes, file, options) {
  try {
    const loaded = await readPlanFile(bytes, file, { fallbackYear: Number(options.asOf.slice(0, 4)) });
    if (loaded.kind !== "plan") return { kind: "problem", problem: { file, message: loaded.message } };
    return { kind: "commune", figures: communeFigures(loaded.plan, file, options) };
  } catch (error) {
    return { kind: "problem", problem: { file, message: `Kh\xF4ng \u0111\u1ECDc \u0111\u01B0\u1EE3c t\u1EC7p \u201C${file}\u201D: ${error instanceof Error ? error.message : String(error)}.` } };
  }
}

// cli/judge-file.ts
async function judgeFile(path, label2, options) {
  let bytes;
  try {
    bytes = new Uint8Array(await readFile(path));
  } catch {
    return { kind: "problem", problem: { file: label2, message: `T\u1EC7p \u201C${label2}\u201D kh\xF4ng m\u1EDF \u0111\u01B0\u1EE3c.` } };
  }
  return judgeCommuneFile(bytes, label2, options);
}

// cli/consolidate-pool.ts
var WORKER = fileURLToPath(new URL("./consolidate-worker.js", import.meta.url));
async function judgeFiles(files, options, onOutcome) {
  const threads = Math.min(availableParallelism(), files.length);
  if (threads <= 1 || !existsSync(WORKER)) {
    for (const [index, file] of files.entries()) onOutcome(index, await judgeFile(file.path, file.label, options));
    return;
  }
  let next = 0;
  const run = () => new Promise((resolve4) => {
    const worker = new Worker(WORKER, { workerData: options });
    let current = -1;
    const sendNext = () => {
      if (next >= files.length) {
        void worker.terminate().then(() => resolve4());
        return;
      }
      current = next++;
      worker.postMessage({ index: current, path: files[current].path, label: files[current].label });
    };
    worker.on("message", ({ index, outcome }) => {
      onOutcome(index, outcome);
      sendNext();
    });
    worker.on("error", (error) => {
      if (current >= 0) onOutcome(current, { kind: "problem", problem: { file: files[current].label, message: `Kh\xF4ng \u0111\u1ECDc \u0111\u01B0\u1EE3c t\u1EC7p \u201C${files[current].label}\u201D: ${error.message}.` } });
      current = -1;
      void run().then(resolve4);
    });
    sendNext();
  });
  await Promise.all(Array.from({ length: threads }, run));
}

// src/plan/inspect-json.ts
function toInspectJson(assessed) {
  const { plan } = assessed;
  return {
    plan: { year: plan.plan.year, sheet: plan.plan.sheet, title: plan.plan.title, asOf: assessed.asOf },
    sections: plan.sections.map(({ label: label2, title }) => ({ label: label2, title })),
    tasks: assessed.tasks.map(({ task, deadline, status }) => ({
      row: task.row,
      stt: task.stt,
      section: task.section,
      task: task.task,
      deliverable: task.deliverable,
      lead: task.lead,
      coUnits: task.coUnits,
      deadlineText: task.deadlineText,
      deadline: { kind: deadline.kind, due: deadline.due },
      status: { code: status.code, label: status.label, due: status.due }
    })),
    units: plan.units.map(({ name, spellings }) => ({ name, spellings })),
    issues: assessed.issues.map(({ cell, severity, message, code }) => ({ cell, severity, message, code }))
  };
}

// cli/format-inspect.ts
var SEVERITY_WORDS = { error: "L\u1ED7i", warning: "C\u1EA3nh b\xE1o", info: "L\u01B0u \xFD" };
function fit(text2, width) {
  const line = text2.replace(/\s+/g, " ");
  return line.length <= width ? line.padEnd(width) : `${line.slice(0, width - 1)}\u2026`;
}
function formatInspect(assessed, notices = []) {
  const { plan } = assessed;
  const errors = assessed.issues.filter((issue) => issue.severity === "error").length;
  const warnings = assessed.issues.length - errors;
  const lines = [
    `K\u1EBF ho\u1EA1ch: ${plan.plan.title || "(kh\xF4ng c\xF3 ti\xEAu \u0111\u1EC1)"}`,
    `Trang: ${plan.plan.sheet} \xB7 N\u0103m k\u1EBF ho\u1EA1ch: ${plan.plan.year} \xB7 Ng\xE0y \u0111\xE1nh gi\xE1: ${formatViDate(assessed.asOf)}`,
    `${plan.tasks.length} nhi\u1EC7m v\u1EE5 trong ${plan.sections.length} m\u1EE5c \xB7 ${errors} l\u1ED7i \xB7 ${warnings} c\u1EA3nh b\xE1o`,
    ...notices.map((notice) => `L\u01B0u \xFD: ${notice}`)
  ];
  const columns = `${fit("STT", 5)} ${fit("Nhi\u1EC7m v\u1EE5", 44)} ${fit("Ch\u1EE7 tr\xEC", 26)} ${fit("Th\u1EDDi gian", 24)} ${fit("H\u1EA1n", 10)} Tr\u1EA1ng th\xE1i`;
  let section;
  for (const { task, status } of assessed.tasks) {
    if (task.section !== section) {
      section = task.section;
      const title = plan.sections.find((candidate) => candidate.label === section)?.title ?? "";
      lines.push("", section === null ? "(Ch\u01B0a thu\u1ED9c m\u1EE5c n\xE0o)" : `${section}. ${title}`, columns);
    }
    const due = status.due === null ? "" : formatViDate(status.due);
    lines.push(`${fit(task.stt, 5)} ${fit(task.task, 44)} ${fit(task.lead.join("; "), 26)} ${fit(task.deadlineText, 24)} ${fit(due, 10)} ${status.label}`);
  }
  lines.push("", "S\u1ED1 nhi\u1EC7m v\u1EE5 theo tr\u1EA1ng th\xE1i:");
  for (const code of STATUS_CODES) {
    const count = assessed.tasks.filter((task) => task.status.code === code).length;
    if (count > 0) lines.push(`  ${fit(STATUS_LABELS[code], 30)} ${count}`);
  }
  lines.push("", "\u0110\u01A1n v\u1ECB ch\u1EE7 tr\xEC v\xE0 ph\u1ED1i h\u1EE3p:");
  for (const unit of plan.units) {
    const others = unit.spellings.filter((spelling) => spelling !== unit.name);
    lines.push(`  ${unit.name}${others.length ? ` (c\xF2n vi\u1EBFt: ${others.join("; ")})` : ""}`);
  }
  if (assessed.issues.length > 0) {
    lines.push("", "C\u1EA7n xem l\u1EA1i:");
    for (const issue of assessed.issues) lines.push(`  [${SEVERITY_WORDS[issue.severity]}] ${issue.message}`);
  }
  return lines.join("\n");
}

// cli/load-plan.ts
import { readFile as readFile2 } from "node:fs/promises";
import { basename } from "node:path";
async function loadPlan(path, options) {
  let bytes;
  try {
    bytes = new Uint8Array(await readFile2(path));
  } catch (error) {
    const reason = error.code === "ENOENT" ? "kh\xF4ng t\u1ED3n t\u1EA1i" : "kh\xF4ng m\u1EDF \u0111\u01B0\u1EE3c";
    return { kind: "unreadable", message: `T\u1EC7p \u201C${path}\u201D ${reason}.` };
  }
  return readPlanFile(bytes, basename(path), options);
}

// cli/inspect-command.ts
var EXIT_PLAN_READ = 0;
var EXIT_UNREADABLE = 1;
var EXIT_NO_TABLE = 2;
async function inspectCommand(file, options) {
  const asOf = options.asOf ?? todayInVietnam();
  const loaded = await loadPlan(file, { sheet: options.sheet, year: options.year, fallbackYear: Number(asOf.slice(0, 4)) });
  if (loaded.kind === "unreadable") return { stdout: "", stderr: loaded.message, exitCode: EXIT_UNREADABLE };
  if (loaded.kind === "no-table") return { stdout: "", stderr: loaded.message, exitCode: EXIT_NO_TABLE };
  const assessed = assessPlan(loaded.plan, { asOf });
  const stdout = options.json ? JSON.stringify(toInspectJson(assessed)) : formatInspect(assessed, loaded.notices);
  return { stdout, stderr: options.json ? loaded.notices.join("\n") : "", exitCode: EXIT_PLAN_READ };
}

// cli/report-file-name.ts
import { basename as basename2, dirname, join as join2 } from "node:path";

// src/summary/report-file-name.ts
function slug(text2) {
  return fold(text2).replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
}
function reportFileName(planFileName, periodTitle2) {
  return `${stemOf(planFileName)}-bao-cao-${slug(periodTitle2)}.xlsx`;
}

// cli/report-file-name.ts
function defaultReportPath(input, periodTitle2) {
  return join2(dirname(input), reportFileName(basename2(input), periodTitle2));
}

// cli/write-output.ts
import { access, mkdir, writeFile } from "node:fs/promises";
import { dirname as dirname2, resolve as resolve2 } from "node:path";
async function writeOutput(path, bytes, options) {
  if (options.input !== void 0 && resolve2(options.input) === resolve2(path)) {
    return `Kh\xF4ng ghi \u0111\xE8 l\xEAn t\u1EC7p \u0111ang \u0111\u1ECDc \u201C${path}\u201D. H\xE3y ch\u1ECDn t\xEAn kh\xE1c b\u1EB1ng -o.`;
  }
  if (!options.force && await exists(path)) {
    return `T\u1EC7p \u201C${path}\u201D \u0111\xE3 c\xF3. H\xE3y ch\u1ECDn t\xEAn kh\xE1c b\u1EB1ng -o, ho\u1EB7c th\xEAm --force \u0111\u1EC3 ghi \u0111\xE8.`;
  }
  await mkdir(dirname2(resolve2(path)), { recursive: true });
  await writeFile(path, bytes);
  return null;
}
async function exists(path) {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}

// cli/report-command.ts
var PERIODS_ACCEPTED = "\u201CQu\xFD I/2026\u201D, \u201C6 th\xE1ng/2026\u201D, \u201CQu\xFD III/2026\u201D, \u201CN\u0103m 2026\u201D (k\u1EF3 b\xE1o c\xE1o c\u1EE7a B\u1ED9 N\u1ED9i v\u1EE5) ho\u1EB7c \u201CQ1/2026\u201D \u2026 \u201CQ4/2026\u201D (qu\xFD d\u01B0\u01A1ng l\u1ECBch)";
async function reportCommand(file, options) {
  const asOf = options.asOf ?? todayInVietnam();
  const period = options.period === void 0 ? defaultReportPeriod(asOf) : parseReportPeriod(options.period);
  if (period === null) {
    return { stdout: "", stderr: `Kh\xF4ng hi\u1EC3u k\u1EF3 b\xE1o c\xE1o \u201C${options.period}\u201D. C\xF3 th\u1EC3 ghi: ${PERIODS_ACCEPTED}.`, exitCode: EXIT_UNREADABLE };
  }
  const loaded = await loadPlan(file, { sheet: options.sheet, year: options.year, fallbackYear: Number(asOf.slice(0, 4)) });
  if (loaded.kind === "unreadable") return { stdout: "", stderr: loaded.message, exitCode: EXIT_UNREADABLE };
  if (loaded.kind === "no-table") return { stdout: "", stderr: loaded.message, exitCode: EXIT_NO_TABLE };
  const settings = { dueSoonDays: options.dueSoon ?? 7 };
  const assessed = assessPlan(loaded.plan, { asOf, ...settings });
  const summary = buildSummary(loaded.plan, period, { asOf, ...settings });
  const bytes = await writeReportWorkbook({ source: loaded.workbook, assessed, summary, ...settings });
  const output = options.output ?? defaultReportPath(file, period.shortTitle);
  const refused = await writeOutput(output, bytes, { input: file, force: options.force });
  if (refused !== null) return { stdout: "", stderr: refused, exitCode: EXIT_UNREADABLE };
  return { stdout: describeReport(summary, output, assessed.issues.length), stderr: loaded.notices.join("\n"), exitCode: 0 };
}
function describeReport(summary, output, findings) {
  const { period, totals } = summary;
  const rate = totals.completionRate === null ? "ch\u01B0a c\xF3 nhi\u1EC7m v\u1EE5 \u0111\u1EBFn h\u1EA1n" : `${String(totals.completionRate).replace(".", ",")}%`;
  return [
    `K\u1EF3 b\xE1o c\xE1o: ${period.label} (s\u1ED1 li\u1EC7u t\u1EEB ${formatViDate(period.dataStart)} \u0111\u1EBFn ${formatViDate(period.cutOff)}), \u0111\xE1nh gi\xE1 ng\xE0y ${formatViDate(summary.judgedOn)}.`,
    `${totals.total} nhi\u1EC7m v\u1EE5 \xB7 ${totals.byStatus.OVERDUE} qu\xE1 h\u1EA1n \xB7 ${totals.byStatus.DUE_SOON} s\u1EAFp \u0111\u1EBFn h\u1EA1n \xB7 t\u1EF7 l\u1EC7 ho\xE0n th\xE0nh nhi\u1EC7m v\u1EE5 \u0111\u1EBFn h\u1EA1n: ${rate}.`,
    findings > 0 ? `C\xF3 ${findings} \u0111i\u1EC1u c\u1EA7n xem l\u1EA1i trong d\u1EEF li\u1EC7u (xem b\u1EB1ng: cchc inspect).` : "D\u1EEF li\u1EC7u kh\xF4ng c\xF3 l\u1ED7i.",
    `\u0110\xE3 ghi b\xE1o c\xE1o: ${output}`
  ].join("\n");
}

// src/consolidate/province-file-name.ts
function provinceFileName(periodTitle2) {
  return `tong-hop-cchc-${slug(periodTitle2)}.xlsx`;
}

// cli/consolidate-command.ts
var PROGRESS_FROM = 20;
async function consolidateCommand(paths, options) {
  const asOf = options.asOf ?? todayInVietnam();
  const period = options.period === void 0 ? defaultReportPeriod(asOf) : parseReportPeriod(options.period);
  if (period === null) {
    return { stdout: "", stderr: `Kh\xF4ng hi\u1EC3u k\u1EF3 b\xE1o c\xE1o \u201C${options.period}\u201D. C\xF3 th\u1EC3 ghi: ${PERIODS_ACCEPTED}.`, exitCode: EXIT_UNREADABLE };
  }
  const output = options.json && options.output === void 0 ? void 0 : options.output ?? provinceFileName(period.shortTitle);
  const { files, missing } = await collectPlanFiles(paths, output);
  const province = new ProvinceAccumulator(period, asOf);
  missing.forEach((path, index) => province.add(files.length + index, { kind: "problem", problem: { file: path, message: `T\u1EC7p ho\u1EB7c th\u01B0 m\u1EE5c \u201C${path}\u201D kh\xF4ng t\u1ED3n t\u1EA1i.` } }));
  if (files.length === 0) {
    const where = paths.map((path) => `\u201C${path}\u201D`).join(", ");
    return { stdout: "", stderr: `Kh\xF4ng t\xECm th\u1EA5y t\u1EC7p k\u1EBF ho\u1EA1ch n\xE0o (.xlsx, .docx, .csv, .txt) trong ${where}.`, exitCode: EXIT_UNREADABLE };
  }
  const progress = progressLine(files.length);
  let done = 0;
  await judgeFiles(files, { period, asOf }, (index, outcome) => {
    province.add(index, outcome);
    progress(++done);
  });
  progress(null);
  const result = province.done();
  if (output !== void 0) {
    const input = files.find((file) => file.path === output)?.path;
    const refused = await writeOutput(output, await writeProvinceWorkbook(result), { input, force: options.force });
    if (refused !== null) return { stdout: "", stderr: refused, exitCode: EXIT_UNREADABLE };
  }
  const exitCode = result.communes.length > 0 ? 0 : EXIT_UNREADABLE;
  if (options.json) return { stdout: JSON.stringify(toConsolidationJson(result)), stderr: exitCode === 0 ? "" : "Kh\xF4ng \u0111\u1ECDc \u0111\u01B0\u1EE3c k\u1EBF ho\u1EA1ch c\u1EE7a x\xE3, ph\u01B0\u1EDDng n\xE0o.", exitCode };
  return { stdout: describe(result, output), stderr: "", exitCode };
}
function describe(province, output) {
  const { period, totals, communes, problems, overdue } = province;
  const rate = totals.completionRate === null ? "ch\u01B0a c\xF3 nhi\u1EC7m v\u1EE5 \u0111\u1EBFn h\u1EA1n" : `${String(totals.completionRate).replace(".", ",")}%`;
  const lines = [
    `K\u1EF3 b\xE1o c\xE1o: ${period.label} (s\u1ED1 li\u1EC7u t\u1EEB ${formatViDate(period.dataStart)} \u0111\u1EBFn ${formatViDate(period.cutOff)}), \u0111\xE1nh gi\xE1 ng\xE0y ${formatViDate(province.judgedOn)}.`,
    `\u0110\xE3 t\u1ED5ng h\u1EE3p ${communes.length} x\xE3, ph\u01B0\u1EDDng \xB7 ${totals.total} nhi\u1EC7m v\u1EE5 \xB7 ${overdue.length} qu\xE1 h\u1EA1n \xB7 t\u1EF7 l\u1EC7 ho\xE0n th\xE0nh nhi\u1EC7m v\u1EE5 \u0111\u1EBFn h\u1EA1n: ${rate}.`
  ];
  const behind = province.ranked.filter((commune) => commune.counts.completionRate !== null).slice(0, 3);
  if (behind.length > 0) lines.push(`Ch\u1EADm nh\u1EA5t: ${behind.map((commune) => `${commune.name} (${String(commune.counts.completionRate).replace(".", ",")}%)`).join(", ")}.`);
  if (problems.length > 0) {
    lines.push(`${problems.length} t\u1EC7p kh\xF4ng \u0111\u1ECDc \u0111\u01B0\u1EE3c ho\u1EB7c kh\xF4ng c\xF3 b\u1EA3ng nhi\u1EC7m v\u1EE5 (trang \xAB${PROVINCE_SHEET_NAMES.problems}\xBB):`);
    for (const problem of problems) lines.push(`  \u2013 ${problem.file}: ${problem.message.replace(/\n/g, " ")}`);
  }
  if (output !== void 0) lines.push(`\u0110\xE3 ghi b\u1EA3ng t\u1ED5ng h\u1EE3p: ${output}`);
  return lines.join("\n");
}
function progressLine(total) {
  if (!process.stderr.isTTY || total < PROGRESS_FROM) return () => {
  };
  let last = 0;
  return (done) => {
    if (done === null) return void process.stderr.write("\r\x1B[K");
    const now = Date.now();
    if (now - last < 200 && done < total) return;
    last = now;
    process.stderr.write(`\r\u0110ang \u0111\u1ECDc ${done}/${total} t\u1EC7p\u2026`);
  };
}

// cli/demo-command.ts
import { dirname as dirname3, join as join3, resolve as resolve3 } from "node:path";
import { fileURLToPath as fileURLToPath2 } from "node:url";
var root = resolve3(dirname3(fileURLToPath2(import.meta.url)), "..");
var SAMPLE_PLAN = join3(root, "samples", "ke-hoach-cchc-mau.xlsx");
var DEMO_REPORT = join3(root, "out", "demo", "bao-cao-6-thang-2026.xlsx");
async function demoCommand() {
  const result = await reportCommand(SAMPLE_PLAN, { period: "6 th\xE1ng/2026", asOf: "2026-06-14", output: DEMO_REPORT, force: true });
  if (result.exitCode !== 0) return result;
  const intro = `K\u1EBF ho\u1EA1ch m\u1EABu: ${SAMPLE_PLAN}
`;
  const open = "\nM\u1EDF t\u1EC7p b\xE1o c\xE1o b\u1EB1ng Excel, LibreOffice ho\u1EB7c Google Sheets: trang \u201CTheo d\xF5i CCHC\u201D c\xF3 tr\u1EA1ng th\xE1i t\u1EF1 c\u1EADp nh\u1EADt, trang \u201CT\u1ED5ng h\u1EE3p 6 th\xE1ng-2026\u201D c\xF3 s\u1ED1 li\u1EC7u k\u1EF3 b\xE1o c\xE1o.";
  return { ...result, stdout: intro + result.stdout + open };
}

// src/sheet-model/template-sheet-model.ts
var TEMPLATE_SECTIONS = [
  ["I", "C\xD4NG T\xC1C CH\u1EC8 \u0110\u1EA0O \u0110I\u1EC0U H\xC0NH"],
  ["II", "C\u1EA2I C\xC1CH TH\u1EC2 CH\u1EBE"],
  ["III", "C\u1EA2I C\xC1CH TH\u1EE6 T\u1EE4C H\xC0NH CH\xCDNH"],
  ["IV", "C\u1EA2I C\xC1CH T\u1ED4 CH\u1EE8C B\u1ED8 M\xC1Y H\xC0NH CH\xCDNH NH\xC0 N\u01AF\u1EDAC"],
  ["V", "C\u1EA2I C\xC1CH CH\u1EBE \u0110\u1ED8 C\xD4NG V\u1EE4"],
  ["VI", "C\u1EA2I C\xC1CH T\xC0I CH\xCDNH C\xD4NG"],
  ["VII", "X\xC2Y D\u1EF0NG, PH\xC1T TRI\u1EC2N CH\xCDNH QUY\u1EC0N \u0110I\u1EC6N T\u1EEC, CH\xCDNH QUY\u1EC0N S\u1ED0"]
];
var TEMPLATE_ROWS_PER_SECTION = 3;
var TEMPLATE_WAITING_STATUS = STATUS_LABELS.NO_DEADLINE;
var NOT_YET_READ = {
  kind: "directive",
  text: "",
  start: null,
  due: null,
  parts: [{ kind: "directive", text: "", start: null, due: null }]
};
var TASK = columnLetters(planSheetColumn("task"));
var DEADLINE = columnLetters(planSheetColumn("deadline"));
function templateSheetModel(options) {
  return planTableModel({
    name: options.name,
    title: `K\u1EBE HO\u1EA0CH C\u1EA2I C\xC1CH H\xC0NH CH\xCDNH N\u0102M ${options.year}`,
    extraHeaders: ["Ghi ch\xFA"],
    rows: templateRows()
  });
}
function* templateRows() {
  let stt = 0;
  for (const [label2, title] of TEMPLATE_SECTIONS) {
    yield { kind: "section", label: label2, title };
    for (let i = 0; i < TEMPLATE_ROWS_PER_SECTION; i++) {
      yield {
        kind: "task",
        values: { stt: ++stt, task: "", deliverable: "", lead: "", coUnits: "", deadline: "", progress: null, completedOn: null, dueOverride: null, eventDate: null },
        extra: [""],
        deadline: NOT_YET_READ,
        invalid: false,
        cachedDue: null,
        cachedStatus: "",
        // Nothing shows on a row with neither a task nor a deadline.
        wrap: (formulas, refs) => {
          const blank = `AND(LEN(${TASK}${refs.row})=0,LEN(${DEADLINE}${refs.row})=0)`;
          return { due: `IF(${blank},"",${formulas.due})`, status: `IF(${blank},"",${formulas.status})` };
        }
      };
    }
  }
}

// adapters/xlsx-report/write-template-workbook.ts
async function writeTemplateWorkbook(options) {
  const { year: year2 } = options;
  return streamWorkbook((workbook) => {
    renderSheetModel(workbook, templateSheetModel({ name: PLAN_SHEET_NAME, year: year2 }));
    renderSheetModel(workbook, settingsSheetModel({ name: SETTINGS_SHEET_NAME, planYear: year2, dueSoonDays: 7, daysOff: [], today: `${year2}-01-01` }));
    writeRegistrySheet(workbook, [
      { name: PLAN_SHEET_NAME, role: "plan", version: OWN_SHEETS_VERSION, period: "" },
      { name: SETTINGS_SHEET_NAME, role: "settings", version: OWN_SHEETS_VERSION, period: "" }
    ]);
    workbook.views = [workbookView(0)];
  });
}

// cli/template-command.ts
async function templateCommand(options) {
  const year2 = options.year ?? Number(todayInVietnam().slice(0, 4));
  const output = options.output ?? `ke-hoach-cchc-${year2}.xlsx`;
  const refused = await writeOutput(output, await writeTemplateWorkbook({ year: year2 }), { force: options.force });
  if (refused !== null) return { stdout: "", stderr: refused, exitCode: EXIT_UNREADABLE };
  return { stdout: `\u0110\xE3 t\u1EA1o b\u1EA3ng k\u1EBF ho\u1EA1ch m\u1EABu n\u0103m ${year2}: ${output}`, stderr: "", exitCode: 0 };
}

// cli/main.ts
function emit(output) {
  if (output.stdout) process.stdout.write(`${output.stdout}
`);
  if (output.stderr) process.stderr.write(`${output.stderr}
`);
  process.exitCode = output.exitCode;
}
function withOptions(schema, run) {
  return async (raw) => {
    const parsed = schema.safeParse(raw);
    if (!parsed.success) {
      const flag = (key) => `--${String(key).replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`;
      emit({ stdout: "", stderr: parsed.error.issues.map((issue) => `T\xF9y ch\u1ECDn ${flag(issue.path[0] ?? "")}: ${issue.message}`).join("\n"), exitCode: 1 });
      return;
    }
    emit(await run(parsed.data));
  };
}
var program = new Command("cchc").description("Theo d\xF5i k\u1EBF ho\u1EA1ch c\u1EA3i c\xE1ch h\xE0nh ch\xEDnh: \u0111\u1ECDc ph\u1EE5 l\u1EE5c nhi\u1EC7m v\u1EE5, t\xEDnh th\u1EDDi h\u1EA1n, tr\u1EA1ng th\xE1i v\xE0 t\u1ED5ng h\u1EE3p qu\xFD.").exitOverride().configureOutput({ outputError: (text2, write) => write(text2) });
program.command("inspect").description("\u0110\u1ECDc b\u1EA3ng nhi\u1EC7m v\u1EE5 trong t\u1EC7p .xlsx, .csv ho\u1EB7c .txt v\xE0 cho bi\u1EBFt th\u1EDDi h\u1EA1n, tr\u1EA1ng th\xE1i, c\xE1c l\u1ED7i.").argument("<FILE>", "t\u1EC7p k\u1EBF ho\u1EA1ch").option("--sheet <NAME>", "t\xEAn trang t\xEDnh ch\u1EE9a b\u1EA3ng nhi\u1EC7m v\u1EE5").option("--year <YYYY>", "n\u0103m c\u1EE7a k\u1EBF ho\u1EA1ch, n\u1EBFu ti\xEAu \u0111\u1EC1 kh\xF4ng ghi").option("--as-of <YYYY-MM-DD>", "ng\xE0y \u0111\xE1nh gi\xE1 (m\u1EB7c \u0111\u1ECBnh: h\xF4m nay)").option("--json", "in m\u1ED9t \u0111\u1ED1i t\u01B0\u1EE3ng JSON").action((file, raw) => withOptions(inspectOptions, (options) => inspectCommand(file, options))(raw));
program.command("report").description("L\u1EADp t\u1EC7p b\xE1o c\xE1o .xlsx: gi\u1EEF nguy\xEAn c\xE1c trang c\u1EE7a b\u1EA1n, th\xEAm trang theo d\xF5i v\xE0 trang t\u1ED5ng h\u1EE3p k\u1EF3 b\xE1o c\xE1o.").argument("<FILE>", "t\u1EC7p k\u1EBF ho\u1EA1ch").option("-o, --output <OUT.xlsx>", "t\u1EC7p b\xE1o c\xE1o s\u1EBD ghi (m\u1EB7c \u0111\u1ECBnh: c\u1EA1nh t\u1EC7p k\u1EBF ho\u1EA1ch)").option("--period <K\u1EF2>", 'k\u1EF3 b\xE1o c\xE1o: "Qu\xFD I/2026", "6 th\xE1ng/2026", "Qu\xFD III/2026", "N\u0103m 2026" ho\u1EB7c "Q2/2026" (m\u1EB7c \u0111\u1ECBnh: k\u1EF3 s\u1EAFp ph\u1EA3i n\u1ED9p)').option("--as-of <YYYY-MM-DD>", "ng\xE0y \u0111\xE1nh gi\xE1 (m\u1EB7c \u0111\u1ECBnh: h\xF4m nay)").option("--sheet <NAME>", "t\xEAn trang t\xEDnh ch\u1EE9a b\u1EA3ng nhi\u1EC7m v\u1EE5").option("--year <YYYY>", "n\u0103m c\u1EE7a k\u1EBF ho\u1EA1ch, n\u1EBFu ti\xEAu \u0111\u1EC1 kh\xF4ng ghi").option("--due-soon <N>", "s\u1ED1 ng\xE0y tr\u01B0\u1EDBc h\u1EA1n \u0111\u01B0\u1EE3c coi l\xE0 s\u1EAFp \u0111\u1EBFn h\u1EA1n (m\u1EB7c \u0111\u1ECBnh 7)").option("--force", "ghi \u0111\xE8 n\u1EBFu t\u1EC7p b\xE1o c\xE1o \u0111\xE3 c\xF3").action((file, raw) => withOptions(reportOptions, (options) => reportCommand(file, options))(raw));
program.command("consolidate").description("T\u1ED5ng h\u1EE3p k\u1EBF ho\u1EA1ch CCHC c\u1EE7a nhi\u1EC1u x\xE3, ph\u01B0\u1EDDng (c\u1EA3 th\u01B0 m\u1EE5c): x\u1EBFp h\u1EA1ng, theo m\u1EE5c, nhi\u1EC7m v\u1EE5 qu\xE1 h\u1EA1n, t\u1EC7p kh\xF4ng \u0111\u1ECDc \u0111\u01B0\u1EE3c.").argument("<DIR|FILE...>", "th\u01B0 m\u1EE5c ch\u1EE9a t\u1EC7p c\u1EE7a c\xE1c x\xE3, ph\u01B0\u1EDDng, ho\u1EB7c c\xE1c t\u1EC7p").option("-o, --output <OUT.xlsx>", "t\u1EC7p t\u1ED5ng h\u1EE3p s\u1EBD ghi (m\u1EB7c \u0111\u1ECBnh: tong-hop-cchc-K\u1EF2.xlsx \u1EDF th\u01B0 m\u1EE5c hi\u1EC7n t\u1EA1i)").option("--period <K\u1EF2>", "k\u1EF3 b\xE1o c\xE1o, nh\u01B0 l\u1EC7nh report (m\u1EB7c \u0111\u1ECBnh: k\u1EF3 s\u1EAFp ph\u1EA3i n\u1ED9p)").option("--as-of <YYYY-MM-DD>", "ng\xE0y \u0111\xE1nh gi\xE1 (m\u1EB7c \u0111\u1ECBnh: h\xF4m nay)").option("--json", "in m\u1ED9t \u0111\u1ED1i t\u01B0\u1EE3ng JSON (ch\u1EC9 ghi t\u1EC7p .xlsx khi c\xF3 -o)").option("--force", "ghi \u0111\xE8 n\u1EBFu t\u1EC7p t\u1ED5ng h\u1EE3p \u0111\xE3 c\xF3").action((paths, raw) => withOptions(consolidateOptions, (options) => consolidateCommand(paths, options))(raw));
program.command("template").description("T\u1EA1o b\u1EA3ng k\u1EBF ho\u1EA1ch m\u1EABu tr\u1ED1ng: c\xE1c c\u1ED9t chu\u1EA9n, b\u1EA3y m\u1EE5c th\u01B0\u1EDDng g\u1EB7p, danh s\xE1ch ch\u1ECDn v\xE0 c\xF4ng th\u1EE9c tr\u1EA1ng th\xE1i.").option("-o, --output <OUT.xlsx>", "t\u1EC7p s\u1EBD ghi (m\u1EB7c \u0111\u1ECBnh: ke-hoach-cchc-N\u0102M.xlsx)").option("--year <YYYY>", "n\u0103m c\u1EE7a k\u1EBF ho\u1EA1ch (m\u1EB7c \u0111\u1ECBnh: n\u0103m nay)").option("--force", "ghi \u0111\xE8 n\u1EBFu t\u1EC7p \u0111\xE3 c\xF3").action((raw) => withOptions(templateOptions, templateCommand)(raw));
program.command("demo").description("Ch\u1EA1y th\u1EED tr\xEAn k\u1EBF ho\u1EA1ch m\u1EABu \u0111i k\xE8m v\xE0 cho bi\u1EBFt k\u1EBFt qu\u1EA3 n\u1EB1m \u1EDF \u0111\xE2u.").action(async () => emit(await demoCommand()));
try {
  await program.parseAsync();
} catch (error) {
  if (error instanceof CommanderError) process.exitCode = error.exitCode === 0 ? 0 : 1;
  else {
    process.stderr.write(`L\u1ED7i kh\xF4ng mong \u0111\u1EE3i: ${error.message}
`);
    process.exitCode = 1;
  }
}
//# sourceMappingURL=cchc.js.map
