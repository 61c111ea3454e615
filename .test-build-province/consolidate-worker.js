// cli/consolidate-worker.ts
import { parentPort, workerData } from "node:worker_threads";

// cli/judge-file.ts
import { readFile } from "node:fs/promises";

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
function isoDate(year, month, day) {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}
function isRealDate(year, month, day) {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(year, month, 0).getDate();
}
function fromSerialDate(serial) {
  const utc = new Date(Date.UTC(1899, 11, 30) + Math.floor(serial) * 864e5);
  return isoDate(utc.getUTCFullYear(), utc.getUTCMonth() + 1, utc.getUTCDate());
}
function formatViDate(iso) {
  const [year, month, day] = iso.split("-");
  return `${day}/${month}/${year}`;
}

// src/calendar/day-number.ts
function dayNumber(iso) {
  return jdFromDate(Number(iso.slice(8, 10)), Number(iso.slice(5, 7)), Number(iso.slice(0, 4)));
}
function isoFromDayNumber(jd) {
  const [day, month, year] = jdToDate(jd);
  return isoDate(year, month, day);
}
function weekdayOf(jd) {
  return (jd + 1) % 7;
}
function isWeekend(jd) {
  const weekday = weekdayOf(jd);
  return weekday === 0 || weekday === 6;
}
function jdFromDate(day, month, year) {
  const a = Math.floor((14 - month) / 12);
  const y = year + 4800 - a;
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
  const year = b * 100 + d - 4800 + Math.floor(m / 10);
  return [day, month, year];
}

// src/calendar/lunar-calendar.ts
var VIETNAM = 7;
var SYNODIC_MONTH = 29.530588853;
var NEW_MOON_EPOCH = 2415021076998695e-9;
function solarToLunar(date, options2 = {}) {
  const timeZone = options2.timeZone ?? VIETNAM;
  const year = Number(date.slice(0, 4));
  const jd = dayNumber(date);
  const k = Math.floor((jd - NEW_MOON_EPOCH) / SYNODIC_MONTH);
  let monthStart = newMoonDay(k + 1, timeZone);
  if (monthStart > jd) monthStart = newMoonDay(k, timeZone);
  let a11 = lunarMonth11(year, timeZone);
  let b11 = a11;
  let lunarYear;
  if (a11 >= monthStart) {
    lunarYear = year;
    a11 = lunarMonth11(year - 1, timeZone);
  } else {
    lunarYear = year + 1;
    b11 = lunarMonth11(year + 1, timeZone);
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
function lunarToSolar(lunar, options2 = {}) {
  const timeZone = options2.timeZone ?? VIETNAM;
  const { day, month, year, leap } = lunar;
  if (!Number.isInteger(day) || !Number.isInteger(month) || !Number.isInteger(year)) return null;
  if (day < 1 || day > 30 || month < 1 || month > 12) return null;
  const a11 = month < 11 ? lunarMonth11(year - 1, timeZone) : lunarMonth11(year, timeZone);
  const b11 = month < 11 ? lunarMonth11(year, timeZone) : lunarMonth11(year + 1, timeZone);
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
  const back = solarToLunar(solar, options2);
  return back.day === day && back.month === month && back.leap === leap ? solar : null;
}
function lunarNewYear(year, options2 = {}) {
  const tet = lunarToSolar({ day: 1, month: 1, year, leap: false }, options2);
  if (tet === null) throw new RangeError(`No lunar new year for ${year}`);
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
function lunarMonth11(year, timeZone) {
  const off = jdFromDate(31, 12, year) - 2415021;
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
function vietnamHolidays(year, options2 = {}) {
  const byDay = /* @__PURE__ */ new Map();
  const add = (date, name) => {
    const day = dayNumber(date);
    const existing = byDay.get(day);
    byDay.set(day, existing === void 0 ? name : `${existing}; ${name}`);
  };
  add(isoDate(year, 1, 1), "T\u1EBFt D\u01B0\u01A1ng l\u1ECBch");
  const tet = dayNumber(lunarNewYear(year));
  const lunarNewYearsEve = isoFromDayNumber(tet - 1);
  add(lunarNewYearsEve, `T\u1EBFt Nguy\xEAn \u0110\xE1n (${solarToLunar(lunarNewYearsEve).day} th\xE1ng Ch\u1EA1p)`);
  LUNAR_DAY_NAMES.forEach((name, index) => add(isoFromDayNumber(tet + index), `T\u1EBFt Nguy\xEAn \u0110\xE1n (${name})`));
  const hungKings = lunarToSolar({ day: 10, month: 3, year, leap: false });
  if (hungKings !== null) add(hungKings, "Gi\u1ED7 T\u1ED5 H\xF9ng V\u01B0\u01A1ng (10/3 \xE2m l\u1ECBch)");
  add(isoDate(year, 4, 30), "Ng\xE0y Chi\u1EBFn th\u1EAFng (30/4)");
  add(isoDate(year, 5, 1), "Ng\xE0y Qu\u1ED1c t\u1EBF Lao \u0111\u1ED9ng (1/5)");
  add(isoDate(year, 9, 2), "Qu\u1ED1c kh\xE1nh (2/9)");
  const adjoining = options2.nationalDayAdjoining === "after" ? 3 : 1;
  add(isoDate(year, 9, adjoining), `Qu\u1ED1c kh\xE1nh (ngh\u1EC9 li\u1EC1n k\u1EC1, ${adjoining}/9)`);
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

// src/calendar/working-calendar.ts
function createWorkingCalendar(options2 = {}) {
  const daysOff = new Set((options2.daysOff ?? []).map(dayNumber));
  const forcedOn = new Set((options2.workingDays ?? []).map(dayNumber));
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
    if (added.size >= CACHE_LIMIT) added.clear();
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
var CACHE_LIMIT = 1e4;
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
function tableFor(year) {
  const cached = yearTables.get(year);
  if (cached !== void 0) return cached;
  const first = jdFromDate(1, 1, year);
  const off = new Uint8Array(jdFromDate(1, 1, year + 1) - first);
  for (let i = 0; i < off.length; i += 1) if (isWeekend(first + i)) off[i] = 1;
  for (const holiday of vietnamHolidays(year)) off[dayNumber(holiday.date) - first] = 1;
  const table = { first, off };
  yearTables.set(year, table);
  return table;
}
function yearOf(jd) {
  const estimate = Math.floor((jd - 2440588) / 365.2425) + 1970;
  if (jd < jdFromDate(1, 1, estimate)) return estimate - 1;
  if (jd >= jdFromDate(1, 1, estimate + 1)) return estimate + 1;
  return estimate;
}

// src/text/clean-text.ts
import he from "he";

// src/grid/cell-value.ts
function isCellError(value) {
  return typeof value === "object" && value !== null && "error" in value;
}
function isDateCell(value) {
  return typeof value === "object" && value !== null && "date" in value;
}

// src/text/clean-text.ts
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
  let text = value;
  if (text.includes("<")) text = text.replace(BREAKING_TAG, "\n").replace(ANY_TAG, "");
  if (text.includes("&")) text = he.decode(text);
  if (text.includes("**")) text = text.replace(/\*\*/g, "");
  if (HAS_INVISIBLE.test(text)) text = text.replace(INVISIBLE, "");
  if (COMBINING_MARK.test(text)) text = text.normalize("NFC");
  if (!NEEDS_LINE_WORK.test(text)) return text;
  return text.replace(/\r\n?/g, "\n").split("\n").map((line) => line.replace(SPACES, " ").trim()).filter((line) => line !== "").join("\n");
}

// src/deadline/calendar-windows.ts
import { addDays, lastDayOfMonth, subDays } from "date-fns";
function monthWindow(year, month) {
  return monthsWindow(year, month, month);
}
function quarterWindow(year, quarter) {
  return monthsWindow(year, quarter * 3 - 2, quarter * 3);
}
function halfYearWindow(year, half) {
  return monthsWindow(year, half * 6 - 5, half * 6);
}
function yearWindow(year) {
  return monthsWindow(year, 1, 12);
}
function dayBefore(day) {
  return fromLocalDate(subDays(toLocalDate(day), 1));
}
function dayAfter(day) {
  return fromLocalDate(addDays(toLocalDate(day), 1));
}
function monthsWindow(year, firstMonth, lastMonth) {
  const end = lastDayOfMonth(new Date(year, lastMonth - 1, 1));
  return { start: isoDate(year, firstMonth, 1), end: isoDate(year, lastMonth, end.getDate()) };
}

// src/deadline/time-ref.ts
var ROMAN = ["", "I", "II", "III", "IV"];
function timeRefWindow(ref) {
  const { unit, year, index, day } = ref;
  if (year === null) return null;
  if (unit === "year") return yearWindow(year);
  if (index === null) return null;
  if (unit === "month") return monthWindow(year, index);
  if (unit === "quarter") return quarterWindow(year, index);
  if (unit === "half") return halfYearWindow(year, index);
  if (day === null || !isRealDate(year, index, day)) return null;
  const date = isoDate(year, index, day);
  return { start: date, end: date };
}
function formatTimeRef(ref) {
  const year = String(ref.year ?? "");
  switch (ref.unit) {
    case "year":
      return `N\u0103m ${year}`;
    case "half":
      return `6 th\xE1ng ${ref.index === 1 ? "\u0111\u1EA7u" : "cu\u1ED1i"} n\u0103m ${year}`;
    case "quarter":
      return `Qu\xFD ${ROMAN[ref.index ?? 0] ?? ""}/${year}`;
    case "month":
      return `Th\xE1ng ${ref.index ?? ""}/${year}`;
    case "day":
      return `${String(ref.day ?? "").padStart(2, "0")}/${String(ref.index ?? "").padStart(2, "0")}/${year}`;
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
  const milestones = labelled.flatMap(({ part, label }) => milestonesOf(part, label ?? ""));
  const merged = { text: labelled.map((read) => read.part.text).join("; "), ...milestonesDeadline(milestones) };
  const grouped = [];
  for (const read of parts) {
    if (read.label === null) grouped.push(read.part);
    else if (read === labelled[0]) grouped.push(merged);
  }
  return grouped;
}
function milestonesOf(part, label) {
  if (part.milestones !== void 0) return part.milestones.map((step) => ({ ...step, label: `${label}: ${step.label}` }));
  return part.due === null ? [] : [{ label, start: part.start, due: part.due }];
}

// src/deadline/deadline-reading.ts
var UNREADABLE = { kind: "unknown", start: null, due: null };

// src/deadline/mask-document-references.ts
var DOCUMENT_NUMBER = String.raw`(?:\bso ?[0-9a-z/-]*[0-9/][0-9a-z/-]*|\b\d+(?:\/\d+)*[/-][a-z][a-z0-9]*(?:[/-][a-z0-9]+)*)`;
var SIGNING_DATE = String.raw`(?: ?,? ?(?:ban hanh |ky )?ngay (?:\d{0,2}\/\d{1,2}\/\d{2,4}|\d{1,2} thang \d{1,2} nam \d{4}|\/\d{1,2}\/\d{2,4}))?`;
var DOCUMENT_REFERENCE = new RegExp(DOCUMENT_NUMBER + SIGNING_DATE, "g");
function maskDocumentReferences(normalized) {
  return normalized.replace(DOCUMENT_REFERENCE, "van-ban");
}

// src/text/fold.ts
var COMBINING_MARKS = /[\u0300-\u036f]/g;
var DASHES = /[\u2010-\u2015\u2212]/g;
function fold(text) {
  return text.normalize("NFD").replace(COMBINING_MARKS, "").replace(/[đĐ]/g, "d").toLowerCase().replace(DASHES, "-").replace(/\s+/g, " ").trim();
}
function foldWords(text) {
  return fold(text).replace(/[^a-z0-9]+/g, " ").trim();
}

// src/deadline/normalize-deadline-text.ts
var WORD_SLIPS = /\b(?:(tru(?:dc|de|0c|6c|ac|oe))\b|(th(?:eang|aang|dng))\b|([o0]u[yi]|qui)\b|(ng(?:dy|ey))\b|(thudng xuy(?:e|c)n|thuong xuycn)\b|(ch(?:dm nh(?:a|d)t|am nhdt))\b|(ki)\b|(q)(?=[1-4](?:\b|\/)))/g;
var MEANT = ["", "truoc", "thang", "quy", "ngay", "thuong xuyen", "cham nhat", "ky", "quy "];
var DIGITISH = /\b[0-9lio]*\d[0-9lio]*(?:\/[0-9lio]+)+\b|\b(?=[0-9lo]*\d[0-9lo]*\d)[0-9lo]{4}\b/g;
var QUARTER_NUMERALS = /\bquy ?((?:[ivxl1]{1,4}|[1-4])(?: ?(?:-|,|va|den|&) ?(?:quy ?)?(?:[ivxl1]{1,4}|[1-4]))*)(?![a-z0-9])/g;
var ROMAN_QUARTERS = { i: "1", ii: "2", iii: "3", iv: "4" };
function normalizeDeadlineText(text) {
  let result = fold(text).replace(/[“”‘’"'`*_…]/g, " ").replace(/[\u2044\uff0f]/g, "/").replace(/\s*\/\s*/g, "/");
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
function foldKeepingLength(text) {
  let folded = "";
  for (let i = 0; i < text.length; i += 1) {
    const char = text.charAt(i);
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
function readTimeRef(cursor, options2) {
  return readHalfYear(cursor) ?? readDay(cursor, false) ?? readNumbered(cursor, "quy", "quarter", 4) ?? readNumbered(cursor, "thang", "month", 12) ?? readMonthOfYear(cursor) ?? readYear(cursor, options2.yearWithoutNumber);
}
function readTimeRefContinuing(cursor, unit) {
  switch (unit) {
    case "month":
      return readNumberWithYear(cursor, "month", 12);
    case "quarter":
      return readNumberWithYear(cursor, "quarter", 4);
    case "year":
      return attempt(cursor, () => {
        const year = acceptYear(cursor);
        return year === null ? null : { unit: "year", year, index: null, day: null };
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
    const year = acceptYear(cursor);
    if (half === 0 && year === null) return null;
    return { unit: "half", year, index: half === 0 ? 1 : half, day: null };
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
      const year = acceptYear(cursor) ?? twoDigitYear(cursor);
      return year === null ? null : { unit: "day", year, index: month, day };
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
    const year = acceptYear(cursor);
    return year === null ? null : { unit: "month", year, index: month, day: null };
  });
}
function readYear(cursor, withoutNumber) {
  return attempt(cursor, () => {
    const named = acceptTokens(cursor, "nam");
    const year = acceptYear(cursor);
    if (year === null && !(named && withoutNumber)) return null;
    return { unit: "year", year, index: null, day: null };
  });
}
function readYearSuffix(cursor) {
  return attempt(cursor, () => acceptTokens(cursor, "/") || acceptTokens(cursor, "nam") ? acceptYear(cursor) : null);
}
function twoDigitYear(cursor) {
  const token = peekToken(cursor);
  if (token === void 0 || token.length !== 2) return null;
  const year = acceptNumber(cursor, 0, 99);
  return year === null ? null : 2e3 + year;
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
  if (recurrence === "unrepresentable") return UNREADABLE;
  return { kind: "recurring", start: null, due: null, recurrence };
}

// src/deadline/read-deadline-phrase.ts
function readDeadlinePhrase(text, planYear) {
  const normalized = maskDocumentReferences(normalizeDeadlineText(text));
  if (normalized === "") return UNREADABLE;
  const directive = parseDirectivePhrase(normalized);
  if (directive !== null) return datedClause(normalized, planYear) ?? directive;
  return parseAfterEventPhrase(normalized, text) ?? parseCalendarPhrase(normalized, planYear) ?? parseRecurringPhrase(normalized) ?? parseContinuousPhrase(normalized) ?? UNREADABLE;
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
function parseDeadlinePart(text, planYear) {
  const sides = LABEL_COLON.exec(text);
  const before = sides?.[1]?.trim() ?? "";
  const after = sides?.[2]?.trim() ?? "";
  const timeOfDay = /\d$/.test(before) && /^\d/.test(after);
  if (sides !== null && !timeOfDay) {
    const right = readDeadlinePhrase(after, planYear);
    if (CONCRETE.has(right.kind)) return { part: { text, ...right }, label: before };
    const left = readDeadlinePhrase(before, planYear);
    if (CONCRETE.has(left.kind)) return { part: { text, ...left }, label: after };
    if (right.kind !== "unknown") return { part: { text, ...right }, label: null };
  }
  return { part: { text, ...readDeadlinePhrase(text, planYear) }, label: null };
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
  if (isDateCell(value)) return dateCell(String(value.date));
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
function dateCell(date) {
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
function unknownCell(text) {
  return single({ kind: "unknown", text, start: null, due: null });
}

// src/deadline/remember-deadline.ts
var LIMIT = 4096;
var LONGEST_KEPT = 400;
var remembered = /* @__PURE__ */ new Map();
function rememberDeadline(text, planYear, read) {
  if (text.length > LONGEST_KEPT) return read();
  const key = `${planYear}\0${text}`;
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
function splitDeadlineParts(text) {
  const parts = [];
  for (const line of text.split("\n")) {
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
function lastWord(text) {
  return (text.split(/\s+/).pop() ?? "").replace(/^[^\w/]+|[^\w/]+$/g, "");
}
function firstWord(text) {
  return (text.split(/\s+/)[0] ?? "").replace(/^[^\w/]+|[^\w/]+$/g, "");
}

// src/deadline/summarise-deadline-parts.ts
var WITHOUT_DATE_ORDER = ["recurring", "after-event", "directive", "continuous"];
function summariseDeadlineParts(text, parts) {
  const [only] = parts;
  if (only === void 0) return { kind: "unknown", text, start: null, due: null, parts };
  if (parts.length === 1) return { ...only, text, parts };
  const driver = parts.find(isConcretePart) ?? WITHOUT_DATE_ORDER.map((kind) => parts.find((part) => part.kind === kind)).find((part) => part !== void 0) ?? only;
  const concrete = parts.filter(isConcretePart);
  if (concrete.length === 0) return { ...driver, text, due: null, parts };
  const due = concrete.map((part) => part.due ?? "").reduce((latest2, day) => day > latest2 ? day : latest2);
  const starts = concrete.map((part) => part.start);
  const start = starts.includes(null) ? null : starts.reduce((earliest2, day) => day < earliest2 ? day : earliest2);
  return { ...driver, text, start, due, parts };
}

// src/deadline/parse-deadline.ts
function parseDeadline(value, options2) {
  const cell = readDeadlineCell(value);
  if (cell !== null) return cell;
  const year = options2?.planYear;
  const planYear = Number.isInteger(year) && year >= 1900 && year <= 2199 ? year : null;
  if (typeof value !== "string") return summariseDeadlineParts("", []);
  return rememberDeadline(value, planYear ?? 0, () => {
    const text = cleanText(value);
    const parts = splitDeadlineParts(text).map((part) => parseDeadlinePart(part, planYear));
    return summariseDeadlineParts(text, groupMilestones(parts));
  });
}

// src/findings/messages.ts
var quoted = (text) => `\u201C${String(text ?? "").slice(0, 120)}\u201D`;
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
  if (cycles.size >= CACHE_LIMIT2) cycles.clear();
  cycles.set(key, cycle);
  return cycle;
}
var cycles = /* @__PURE__ */ new Map();
var CACHE_LIMIT2 = 1e4;
function computeCycle(recurrence, date) {
  const length = MONTHS[recurrence.every];
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const firstMonth = Math.floor((month - 1) / length) * length + 1;
  const lastMonth = firstMonth + length - 1;
  const daysInLastMonth = getDaysInMonth(new Date(year, lastMonth - 1, 1));
  const dueDay = recurrence.dueDay === null ? daysInLastMonth : Math.min(Math.max(1, Math.trunc(recurrence.dueDay)), daysInLastMonth);
  return {
    start: isoDate(year, firstMonth, 1),
    end: isoDate(year, lastMonth, daysInLastMonth),
    due: isoDate(year, lastMonth, dueDay)
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
  if (typeof value === "boolean") return UNREADABLE2;
  if (typeof value === "number") return fromSerial(value);
  const text = isDateCell(value) ? value.date : value;
  const known = cache.get(text);
  if (known !== void 0) return known;
  const reading = fromCellText(text);
  if (cache.size >= CACHE_LIMIT3) cache.clear();
  cache.set(text, reading);
  return reading;
}
var cache = /* @__PURE__ */ new Map();
var CACHE_LIMIT3 = 1e4;
function fromCellText(value) {
  const text = cleanText(value);
  if (text === "") return EMPTY;
  return fromText(fold(text).replace(/^ngay\s*/, "").replace(/[,;.]$/, "").replace(TIME, "").trim());
}
var EMPTY = { date: null, unreadable: false };
var UNREADABLE2 = { date: null, unreadable: true };
function fromSerial(serial) {
  if (!Number.isFinite(serial) || serial < FIRST_SERIAL || serial >= LAST_SERIAL + 1) return UNREADABLE2;
  return { date: fromSerialDate(serial), unreadable: false };
}
function fromText(text) {
  if (SERIAL.test(text)) return fromSerial(Number(text));
  const ymd = YEAR_MONTH_DAY.exec(text);
  if (ymd) return fromParts(Number(ymd[1]), Number(ymd[2]), Number(ymd[3]));
  const dmy = DAY_MONTH_YEAR.exec(text) ?? WORDS.exec(text);
  if (dmy) {
    const year = dmy[3].length === 2 ? 2e3 + Number(dmy[3]) : Number(dmy[3]);
    return fromParts(year, Number(dmy[2]), Number(dmy[1]));
  }
  return UNREADABLE2;
}
function fromParts(year, month, day) {
  return isRealDate(year, month, day) ? { date: isoDate(year, month, day), unreadable: false } : UNREADABLE2;
}

// src/status/read-progress.ts
import { distance } from "fastest-levenshtein";
var CHECK_MARKS = /* @__PURE__ */ new Set(["x", "X", "\u2713", "\u2714", "\u2611", "\u2705", "\u{1F5F8}"]);
var NEGATED_DONE = /(?:^|\s)(?:chua|khong|ko|k)\s+(?:duoc\s+)?(?:hoan thanh|hoan tat|xong|ht)(?:\s|$)/;
var NEGATED = /^(?:chua|khong|ko)(?:\s|$)|(?:^|\s)(?:chua|khong|ko)\s+(?:thuc hien|trien khai|bat dau|lam)(?:\s|$)/;
var DONE = /^(?:da\s+)?(?:hoan thanh|hoan tat|xong|ht)(?:\s|$)|^da thuc hien(?:\s|$)/;
var IN_PROGRESS = /^dang(?:\s|$)|^tiep tuc(?:\s|$)/;
var PERCENT = /(\d{1,3}(?:[.,]\d+)?)\s*%/;
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
var CACHE_LIMIT4 = 1e4;
function readProgress(value) {
  if (value === null || isCellError(value)) return { state: "not-started", text: "" };
  if (typeof value === "boolean") return { state: value ? "done" : "not-started", text: cleanText(value) };
  if (typeof value === "number") return { state: fromPercent(value <= 1 ? value * 100 : value), text: cleanText(value) };
  if (isDateCell(value)) return { state: "unknown", text: cleanText(value) };
  const cached = cache2.get(value);
  if (cached !== void 0) return cached;
  const reading = fromText2(cleanText(value));
  if (cache2.size >= CACHE_LIMIT4) cache2.clear();
  cache2.set(value, reading);
  return reading;
}
function fromText2(text) {
  const reading = (state) => ({ state, text });
  if (text === "") return reading("not-started");
  if (CHECK_MARKS.has(text.replace(/\ufe0f/g, ""))) return reading("done");
  const folded = fold(text);
  const key = folded.replace(/[^a-z0-9%]+/g, " ").trim();
  if (key === "") return reading("unknown");
  const exact = EXACT[key];
  if (exact !== void 0) return reading(exact);
  if (NEGATED_DONE.test(key)) return reading("in-progress");
  if (NEGATED.test(key)) return reading("not-started");
  const percent = PERCENT.exec(folded);
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
function assessPlan(plan, options2) {
  const calendar = createWorkingCalendar({ daysOff: options2.daysOff ?? [] });
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
      asOf: options2.asOf,
      ...task.progress,
      invalid,
      dueSoonDays: options2.dueSoonDays ?? 7,
      calendar
    });
    for (const problem of status.problems) {
      const cell = task.cells[problem.column] ?? `A${task.row}`;
      own.push(finding(problem.code, cell, { text: problem.text }));
    }
    issues.push(...own);
    return { task, deadline, status, invalid };
  });
  return { plan, asOf: options2.asOf, tasks, issues: issues.sort((a, b) => rowOfCell(a.cell) - rowOfCell(b.cell)) };
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
  const year = Number(date.slice(0, 4)) + (current === 3 ? 1 : 0);
  const index = (current + 1) % 4;
  return {
    label: `Qu\xFD ${index + 1}/${year}`,
    start: isoDate(year, index * 3 + 1, 1),
    end: `${String(year).padStart(4, "0")}-${LAST_DAY[index]}`
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

// src/summary/status-tally.ts
var DONE_CODES = /* @__PURE__ */ new Set(["DONE_ON_TIME", "DONE_LATE", "DONE"]);
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
    if (DONE_CODES.has(code)) tally.doneOfDue++;
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
function buildSummary(plan, period, options2) {
  const judgedOn = options2.asOf < period.cutOff ? options2.asOf : period.cutOff;
  const assessed = assessPlan(progressAsOf(plan, judgedOn), { asOf: judgedOn, dueSoonDays: options2.dueSoonDays, daysOff: options2.daysOff });
  const calendar = createWorkingCalendar({ daysOff: options2.daysOff ?? [] });
  const nextQuarter = quarterAfter(period.cutOff);
  const totals = emptyTally();
  const sections = /* @__PURE__ */ new Map();
  const addSection = (label, title) => {
    if (!sections.has(label)) sections.set(label, { label, title, tally: emptyTally() });
  };
  if (plan.tasks.some((task) => task.section === null)) addSection(null, NO_SECTION_TITLE);
  for (const section of plan.sections) addSection(section.label, section.title);
  const unitNames = new Map(plan.units.map((unit) => [unit.key, unit.name]));
  const keyOf = /* @__PURE__ */ new Map();
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
    const leads = distinctLeads(task.lead, keyOf);
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
    sections: [...sections.values()].map(({ label, title, tally }) => ({ label, title, ...statusCounts(tally) })),
    units: unitLines,
    tasksWithSeveralLeads,
    // Tasks come in row order and the sort is stable: equal days or dates stay by row.
    overdue: overdue.sort((a, b) => b.daysOverdue - a.daysOverdue),
    nextQuarter: { ...nextQuarter, tasks: dueNextQuarter.sort((a, b) => a.due < b.due ? -1 : a.due > b.due ? 1 : 0) }
  };
}
function distinctLeads(leads, keyOf) {
  const units = [];
  for (const spelling of leads) {
    let key = keyOf.get(spelling);
    if (key === void 0) keyOf.set(spelling, key = unitKey(spelling));
    if (key !== "" && !units.some((unit) => unit.key === key)) units.push({ key, spelling });
  }
  return units;
}

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

// src/consolidate/commune-name.ts
var PLACE = /\b(phuong|xa|dac khu)\s+/g;
var NAME_ENDS = /* @__PURE__ */ new Set(["nam", "giai", "doan", "ve", "tren", "dia", "ban", "thuc", "hien", "ke", "hoach", "cchc", "tinh", "thanh", "pho", "quy", "den", "tu", "va", "trong", "cua", "theo", "lan"]);
var NOT_A_NAME = /* @__PURE__ */ new Set(["hoi"]);
var MAX_NAME_WORDS = 5;
function communeName(title, heading, fileName) {
  for (const text of [title, ...[...heading].reverse()]) {
    const name = placeIn(text.normalize("NFC"));
    if (name !== null) return name;
  }
  return stemOf(fileName);
}
function placeIn(text) {
  const folded = foldKeepingLength(text);
  for (const match of folded.matchAll(PLACE)) {
    const words = [];
    let at = match.index + match[0].length;
    while (words.length < MAX_NAME_WORDS) {
      const word = /^[^\s,;:.()[\]"“”'/]+/.exec(text.slice(at))?.[0];
      if (word === void 0) break;
      const first = word.charAt(0);
      const foldedWord = folded.slice(at, at + word.length);
      const capitalised = /\d/.test(first) || first !== first.toLowerCase() && first === first.toUpperCase();
      if (!capitalised || NAME_ENDS.has(foldedWord) || words.length === 0 && NOT_A_NAME.has(foldedWord)) break;
      words.push(word);
      at += word.length;
      const space = /^[ \t]+/.exec(text.slice(at))?.[0];
      if (space === void 0) break;
      at += space.length;
    }
    if (words.length === 0) continue;
    const kind = text.slice(match.index, match.index + match[1].length);
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
function communeFigures(plan, file, options2) {
  const summary = buildSummary(plan, options2.period, { asOf: options2.asOf, dueSoonDays: options2.dueSoonDays, daysOff: options2.daysOff });
  const { total, byStatus, percent, dueByCutOff, doneOfDue, completionRate } = summary.totals;
  return {
    name: communeName(plan.plan.title, plan.plan.heading ?? [], file),
    file,
    counts: { total, byStatus, percent, dueByCutOff, doneOfDue, completionRate },
    worstDaysOverdue: summary.overdue[0]?.daysOverdue ?? 0,
    sections: summary.sections.map(({ label, title, ...counts }) => ({
      key: label === null && title === NO_SECTION_TITLE ? "" : sectionKey(title),
      title,
      counts
    })),
    overdue: summary.overdue.map(({ section, stt, task, lead, deadlineText, due, daysOverdue }) => ({ section: sectionTitle(plan, section), stt, task, lead, deadlineText, due, daysOverdue }))
  };
}
function sectionTitle(plan, label) {
  if (label === null) return null;
  return plan.sections.find((section) => section.label === label)?.title ?? label;
}

// src/sheet-model/own-sheet-names.ts
function sheetNameKey(name) {
  return name.normalize("NFC").toLocaleLowerCase("vi");
}

// src/sheet-model/own-sheets.ts
var OWN_SHEETS_REGISTRY = "_cchc";
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
var COMPUTED_HEADERS = PLAN_SHEET_COLUMNS.filter(
  (column) => column.key === "due" || column.key === "status"
).map((column) => column.header);
var HELPER_HEADER_PREFIX = "CCHC\xB7";

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
      const text = textAt(texts, row, column) || mergedMasterText(texts, merges, row, column);
      if (text !== "" && parts[parts.length - 1] !== text) parts.push(text);
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
function substringDistance(pattern, text) {
  if (pattern === "") return 0;
  if (text.includes(pattern)) return 0;
  let previous = new Array(text.length + 1).fill(0);
  let current = new Array(text.length + 1).fill(0);
  for (let i = 1; i <= pattern.length; i++) {
    current[0] = i;
    for (let j = 1; j <= text.length; j++) {
      const substitution = previous[j - 1] + (pattern[i - 1] === text[j - 1] ? 0 : 1);
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
function matchHeader(text) {
  const known = seen.get(text);
  if (known !== void 0) return known;
  const key = matchHeaderUncached(text);
  if (seen.size >= 1e4) seen.clear();
  seen.set(text, key);
  return key;
}
var seen = /* @__PURE__ */ new Map();
function matchHeaderUncached(text) {
  const words = foldWords(text);
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
    const keys = headers.map((text) => text.length <= 120 ? matchHeader(text) : null);
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
  for (const text of row) if (text !== "") count++;
  return count;
}
function isDataLike(row) {
  return /^\d+\.?$/.test(row[0] ?? "") && filledCount(row) > 2;
}
function isColumnNumbers(row) {
  const filled = row.filter((text) => text !== "");
  return filled.length >= 3 && filled.every((text) => /^\(?\d{1,2}\)?$/.test(text));
}
function assignColumns(header, looksLikeProgress) {
  const columns = {};
  const extraColumns = [];
  const duplicates = [];
  const hasDeadline = header.keys.includes("deadline");
  header.keys.forEach((found, column) => {
    const key = found === "tienDo" ? hasDeadline || looksLikeProgress(column) ? "progress" : "deadline" : found;
    if (key === null) {
      const text = header.headers[column] ?? "";
      if (text !== "" && !isComputedHeader(text)) extraColumns.push({ column, header: text });
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
function isComputedHeader(text) {
  return text.startsWith(HELPER_HEADER_PREFIX) || COMPUTED.has(foldWords(text));
}

// src/table/join-continuation.ts
function joinContinuation(text, more) {
  if (text === "") return more;
  if (more === "") return text;
  const carriesOn = !/[.;:!?]$/.test(text) && !/^[-+•*]/.test(more);
  return carriesOn ? `${text} ${more}` : `${text}
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
function readSectionLabel(text) {
  const match = LEADING_NUMERAL.exec(text.trim());
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
function readSttLabel(text) {
  const compact = text.replace(/\s+/g, "");
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
    const filled = cells.filter((text) => text !== "").length;
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
  const text = {};
  const cellValues = {};
  for (const key of [...TEXT_KEYS, ...PROGRESS_KEYS]) {
    if (columns[key] === void 0) continue;
    text[key] = at(row, key);
    cellValues[key] = values[row]?.[columns[key]] ?? null;
  }
  const extra = {};
  for (const { column, header } of extraColumns) extra[header] = cells[column] ?? "";
  return { row: row + 1, continuationRows: [], stt, section, text, values: cellValues, extra };
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
  const folded = cells.map((text) => text === "" ? "" : foldWords(text));
  const filled = folded.filter((text) => text !== "").length;
  for (const signature of header.signatures) {
    const same = folded.filter((text, column) => text !== "" && text === signature[column]).length;
    if (same > 0 && same / filled >= 0.6) return true;
  }
  if (filled < 2) return false;
  let naming = 0;
  for (const [key, column] of Object.entries(columns)) {
    const text = cells[column] ?? "";
    if (text !== "" && text.length <= 60 && matchHeader(text) === key) naming++;
  }
  return naming >= 2;
}
function sectionOpenedBy(cells, sttColumn) {
  const column = cells[sttColumn] ? sttColumn : firstFilled(cells);
  const label = readSectionLabel(cells[column] ?? "");
  return label ? { ...label, column } : null;
}
function otherText(cells, except) {
  return cells.find((text, column) => column !== except && text !== "") ?? "";
}
function firstFilled(cells) {
  const index = cells.findIndex((text) => text !== "");
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
function splitUnits(text) {
  let units = seen2.get(text);
  if (units === void 0) {
    if (seen2.size >= 1e4) seen2.clear();
    units = splitUncached(text);
    seen2.set(text, units);
  }
  return [...units];
}
var seen2 = /* @__PURE__ */ new Map();
function splitUncached(text) {
  return text.split(/[;\n]+/).flatMap((part) => part.split(NEW_UNIT)).map((part) => part.replace(/^[\s\-–•+*.]+|[\s.,;]+$/g, "").trim()).filter((part) => part !== "");
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
import { z } from "zod";
var requiredTaskFields = z.object({
  stt: z.string().min(1, "STT_MISSING"),
  task: z.string().min(1, "TASK_MISSING"),
  lead: z.array(z.string()).min(1, "LEAD_MISSING"),
  deadline: z.string().min(1, "DEADLINE_MISSING")
});
var recommendedTaskFields = z.object({
  deliverable: z.string().min(1, "DELIVERABLE_MISSING")
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
    const text = texts[row]?.[column] ?? "";
    if (text === "") continue;
    filled++;
    if (readProgress(text).state !== "unknown") progress++;
  }
  return filled > 0 && progress / filled >= 0.6;
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
function yearIn(text) {
  const folded = fold(text);
  const match = /\b(?:nam|giai doan|giai doan tu nam|ke hoach)\s+(\d{4})\b/.exec(folded) ?? /\b(20\d{2})\s*-\s*20\d{2}\b/.exec(folded);
  if (!match) return null;
  const year = Number(match[1]);
  return year >= 1990 && year <= 2100 ? year : null;
}

// src/plan/read-plan.ts
var REQUIRED_COLUMNS = [
  { key: "stt", name: "STT" },
  { key: "task", name: "Nhi\u1EC7m v\u1EE5" },
  { key: "lead", name: "C\u01A1 quan ch\u1EE7 tr\xEC" },
  { key: "deadline", name: "Th\u1EDDi gian ho\xE0n th\xE0nh" }
];
function readPlan(grid, options2) {
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
  const linesAbove = texts.slice(0, headerRow).map((row) => row.filter((text) => text !== "").join(" "));
  const heading = readPlanHeading(linesAbove);
  let year = options2.year ?? heading.year;
  if (year === null || year === void 0) {
    year = options2.fallbackYear;
    issues.push(finding("PLAN_YEAR_GUESSED", "A1", { year }));
  }
  const units = groupUnits(tasks.flatMap((task) => [...task.lead, ...task.coUnits]));
  return {
    found: true,
    plan: {
      plan: { year, sheet: grid.sheet, title: heading.title, heading: linesAbove.filter((line) => line.trim() !== "") },
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
var q = (text) => `\u201C${text ?? ""}\u201D`;
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
      const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
      return { text, encoding: "utf-8", notices: [FILE_NOTICES.replacedCharacters(fileName)] };
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
function looksBinary(text) {
  const length = Math.min(text.length, SAMPLE_CHARS);
  let controls = 0;
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i);
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
function detectDelimiter(text) {
  const counts = countPerRecord(text, true) ?? countPerRecord(text, false) ?? [];
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
function countPerRecord(text, honourQuotes) {
  const records = [];
  let current = { "	": 0, ";": 0, ",": 0 };
  let quoted2 = false;
  for (let i = 0; i < text.length && records.length < SAMPLE_RECORDS; i++) {
    const char = text[i];
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
function readDelimited(text, sheet, fileName) {
  const normalised = text.replace(/\r\n?/g, "\n");
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
import ExcelJS3 from "exceljs";

// adapters/files/array-buffer.ts
function toArrayBuffer(bytes) {
  const { buffer, byteOffset, byteLength } = bytes;
  if (buffer instanceof ArrayBuffer && byteOffset === 0 && byteLength === buffer.byteLength) return buffer;
  return bytes.slice().buffer;
}

// adapters/files/worksheet-grid.ts
import ExcelJS2 from "exceljs";

// adapters/files/exceljs-cell-value.ts
import ExcelJS from "exceljs";
function exceljsCellValue(cell) {
  const value = cell.value;
  switch (cell.type) {
    case ExcelJS.ValueType.Null:
    case ExcelJS.ValueType.Merge:
      return null;
    case ExcelJS.ValueType.Formula:
      return plainValue(value.result);
    default:
      return plainValue(value);
  }
}
function plainValue(value) {
  if (value === null || value === void 0 || value === "") return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (value instanceof Date) return dateCell2(value);
  if (typeof value !== "object") return String(value);
  if ("error" in value) return { error: String(value.error) };
  if ("richText" in value) return richText(value);
  if ("text" in value) return plainValue(value.text);
  if ("result" in value) return plainValue(value.result);
  return null;
}
function richText(value) {
  const text = value.richText.map((run) => run.text).join("");
  return text === "" ? null : text;
}
function dateCell2(date) {
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
      if (cell.type === ExcelJS2.ValueType.Merge) {
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

// adapters/files/zip-content-kind.ts
var OPENDOCUMENT_MIMETYPE = "mimetypeapplication/vnd.oasis.opendocument";
function zipContentKind(bytes) {
  const text = new TextDecoder("latin1").decode(bytes);
  if (text.startsWith(OPENDOCUMENT_MIMETYPE, 30)) return "opendocument";
  if (text.includes("xl/workbook.xml")) return "workbook";
  if (text.includes("word/document.xml")) return "word";
  return "other";
}

// adapters/files/read-xlsx.ts
var IGNORED_NODES = ["dataValidations"];
async function readXlsx(bytes, fileName) {
  const workbook = new ExcelJS3.Workbook();
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
var ascii = (text) => [...text].map((c) => c.charCodeAt(0));
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
async function readPlanFile(bytes, fileName, options2) {
  let file;
  try {
    file = await readGridFile(bytes, fileName);
  } catch (error) {
    if (error instanceof FileReadError) return { kind: "unreadable", message: error.message };
    throw error;
  }
  const grids = candidateSheets(file.grids, options2.sheet);
  if (grids.length === 0) {
    const names = file.grids.map((grid) => `\u201C${grid.sheet}\u201D`).join(", ");
    return { kind: "unreadable", message: `T\u1EC7p \u201C${fileName}\u201D kh\xF4ng c\xF3 trang \u201C${options2.sheet}\u201D. C\xE1c trang c\xF3 trong t\u1EC7p: ${names}.` };
  }
  const misses = [];
  for (const grid of grids) {
    const result = readPlan(grid, options2);
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
async function judgeCommuneFile(bytes, file, options2) {
  try {
    const loaded = await readPlanFile(bytes, file, { fallbackYear: Number(options2.asOf.slice(0, 4)) });
    if (loaded.kind !== "plan") return { kind: "problem", problem: { file, message: loaded.message } };
    return { kind: "commune", figures: communeFigures(loaded.plan, file, options2) };
  } catch (error) {
    return { kind: "problem", problem: { file, message: `Kh\xF4ng \u0111\u1ECDc \u0111\u01B0\u1EE3c t\u1EC7p \u201C${file}\u201D: ${error instanceof Error ? error.message : String(error)}.` } };
  }
}

// cli/judge-file.ts
async function judgeFile(path, label, options2) {
  let bytes;
  try {
    bytes = new Uint8Array(await readFile(path));
  } catch {
    return { kind: "problem", problem: { file: label, message: `T\u1EC7p \u201C${label}\u201D kh\xF4ng m\u1EDF \u0111\u01B0\u1EE3c.` } };
  }
  return judgeCommuneFile(bytes, label, options2);
}

// cli/consolidate-worker.ts
var options = workerData;
parentPort.on("message", (job) => {
  void judgeFile(job.path, job.label, options).then((outcome) => parentPort.postMessage({ index: job.index, outcome }));
});
//# sourceMappingURL=consolidate-worker.js.map
