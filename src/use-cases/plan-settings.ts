import * as z from 'zod/mini';
import type { IsoDate } from '../dates/calendar-date.js';
import { DEFAULT_DUE_SOON_DAYS, DUE_SOON_DAYS_MAX, DUE_SOON_DAYS_MIN, isDueSoonDays } from '../sheet/due-soon-limits.js';
import { readSettingNumber } from '../sheet/setting-number.js';
import { DEFAULT_BOUNDARIES } from '../summary/report-periods.js';
import type { PeriodBoundaries } from '../summary/summary.js';
import { message, type Message } from '../messages/catalogue.js';
import type { PlanSettings } from './dashboard.js';

export { DEFAULT_DUE_SOON_DAYS };
export const PLAN_YEAR_MIN = 2000;
export const PLAN_YEAR_MAX = 2100;
/** The days of month a period boundary may fall on, bounds included. */
export const BOUNDARY_DAY_MIN = 1;
export const BOUNDARY_DAY_MAX = 31;

export const DEFAULT_PLAN_SETTINGS: PlanSettings = { planYear: null, dueSoonDays: DEFAULT_DUE_SOON_DAYS, planSheet: null, boundaries: DEFAULT_BOUNDARIES };

/** The year of a plan whose title names none and whose user set none: the current one. */
export function fallbackPlanYear(today: IsoDate): number {
  return Number(today.slice(0, 4));
}

/** The year a new template, or the period picker without a plan, is for. */
export function settingsPlanYear(settings: PlanSettings, today: IsoDate): number {
  return settings.planYear ?? fallbackPlanYear(today);
}

export function isPlanYear(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= PLAN_YEAR_MIN && value <= PLAN_YEAR_MAX;
}

const isDay = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= BOUNDARY_DAY_MIN && value <= BOUNDARY_DAY_MAX;

/** What a document may hold: anything; each field is kept only when it is allowed. */
const storedSettings = z.looseObject({
  planYear: z.optional(z.unknown()),
  dueSoonDays: z.optional(z.unknown()),
  planSheet: z.optional(z.unknown()),
  boundaries: z.optional(z.unknown()),
});

/**
 * Settings from what a document holds (document settings, DocumentProperties): missing or wrong
 * values take their defaults, so that a file edited by hand or by an older version never breaks a host.
 */
export function parseStoredSettings(raw: unknown): PlanSettings {
  const parsed = storedSettings.safeParse(typeof raw === 'string' ? safeJson(raw) : raw);
  if (!parsed.success) return DEFAULT_PLAN_SETTINGS;
  const value = parsed.data;
  const boundaries = (typeof value.boundaries === 'object' && value.boundaries !== null ? value.boundaries : {}) as Record<string, unknown>;
  const day = (key: keyof PeriodBoundaries) => (isDay(boundaries[key]) ? (boundaries[key] as number) : DEFAULT_BOUNDARIES[key]);
  return {
    planYear: isPlanYear(value.planYear) ? value.planYear : null,
    dueSoonDays: isDueSoonDays(value.dueSoonDays) ? value.dueSoonDays : DEFAULT_DUE_SOON_DAYS,
    planSheet: typeof value.planSheet === 'string' && value.planSheet.trim() !== '' ? value.planSheet : null,
    boundaries: { dataStartDay: day('dataStartDay'), cutOffDay: day('cutOffDay'), reportDueDay: day('reportDueDay') },
  };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

/** What a form or a command line sends: numbers, or texts as typed ("7", "7,0", ""). */
const settingsInput = z.object({
  planYear: z.optional(z.nullable(z.union([z.number(), z.string()]))),
  dueSoonDays: z.optional(z.union([z.number(), z.string()])),
  planSheet: z.optional(z.nullable(z.string())),
  boundaries: z.optional(z.partial(z.object({ dataStartDay: z.union([z.number(), z.string()]), cutOffDay: z.union([z.number(), z.string()]), reportDueDay: z.union([z.number(), z.string()]) }))),
});

export type SettingsInput = z.infer<typeof settingsInput>;

/** A number as a form sends it: a number, or a text with an optional Vietnamese decimal comma; NaN otherwise. */
function typedNumber(value: number | string): number {
  return typeof value === 'string' ? (readSettingNumber(value.replace('.', ','), 'semicolon') ?? Number.NaN) : value;
}

/**
 * Settings the user typed, over the ones held: a value outside its limits is refused with the
 * message that says which limits, never quietly replaced.
 */
export function checkSettings(input: unknown, base: PlanSettings = DEFAULT_PLAN_SETTINGS): { ok: true; settings: PlanSettings } | { ok: false; message: Message } {
  const parsed = settingsInput.safeParse(input);
  if (!parsed.success) return { ok: false, message: message('SETTINGS_UNREADABLE', {}) };
  const value = parsed.data;
  const yearText = value.planYear === undefined ? base.planYear : value.planYear;
  const planYear = yearText === null || String(yearText).trim() === '' ? null : typedNumber(yearText);
  if (planYear !== null && !isPlanYear(planYear)) return { ok: false, message: message('PLAN_YEAR_INVALID', { min: PLAN_YEAR_MIN, max: PLAN_YEAR_MAX }) };
  const dueSoonDays = value.dueSoonDays === undefined ? base.dueSoonDays : typedNumber(value.dueSoonDays);
  if (!isDueSoonDays(dueSoonDays)) return { ok: false, message: message('DUE_SOON_INVALID', { min: DUE_SOON_DAYS_MIN, max: DUE_SOON_DAYS_MAX }) };
  const typed = value.boundaries ?? {};
  const boundaries = { ...base.boundaries };
  for (const key of ['dataStartDay', 'cutOffDay', 'reportDueDay'] as const) {
    const day = typed[key];
    if (day === undefined) continue;
    const number = typedNumber(day);
    if (!isDay(number)) return { ok: false, message: message('BOUNDARY_INVALID', {}) };
    boundaries[key] = number;
  }
  const sheet = value.planSheet === undefined ? base.planSheet : value.planSheet;
  return { ok: true, settings: { planYear, dueSoonDays, planSheet: sheet === null || sheet.trim() === '' ? null : sheet, boundaries } };
}
