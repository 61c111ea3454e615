import { z } from 'zod';
import { isoDate, isRealDate } from '../../src/dates/calendar-date.js';
import { extname } from 'node:path';
import { message, renderMessage } from '../../src/messages/catalogue.js';
import { DUE_SOON_DAYS_MAX, DUE_SOON_DAYS_MIN } from '../../src/sheet/due-soon-limits.js';
import { PLAN_YEAR_MAX, PLAN_YEAR_MIN } from '../../src/use-cases/plan-settings.js';

const VI_DAY = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A day as the user types it: dd/mm/yyyy (as every date the tool prints) or ISO yyyy-mm-dd; the ISO date. */
const day = z.string().transform((text, context) => {
  const trimmed = text.trim();
  const vi = VI_DAY.exec(trimmed);
  const iso = ISO_DAY.exec(trimmed);
  const [y, m, d] = vi ? [vi[3], vi[2], vi[1]] : iso ? [iso[1], iso[2], iso[3]] : [];
  if (y === undefined) {
    context.addIssue({ code: 'custom', message: renderMessage(message('CLI_NOT_A_DATE', { text })) });
    return z.NEVER;
  }
  if (!isRealDate(Number(y), Number(m), Number(d))) {
    context.addIssue({ code: 'custom', message: renderMessage(message('CLI_DATE_NOT_IN_CALENDAR', { text })) });
    return z.NEVER;
  }
  return isoDate(Number(y), Number(m), Number(d));
});

/** A whole number typed on the command line, within bounds, with the Vietnamese message a clerk can act on. */
const wholeNumber = (option: 'year' | 'dueSoon', example: number, min: number, max: number) =>
  z.string().transform((text, context) => {
    const trimmed = text.trim();
    const value = /^\d+$/.test(trimmed) ? Number(trimmed) : Number.NaN;
    if (!Number.isInteger(value) || value < min || value > max) {
      context.addIssue({ code: 'custom', message: renderMessage(message('CLI_NUMBER_OUT_OF_RANGE', { option, example, min, max, text })) });
      return z.NEVER;
    }
    return value;
  });

const year = wholeNumber('year', 2026, PLAN_YEAR_MIN, PLAN_YEAR_MAX);

/**
 * An output path for a workbook with one of the given extensions: .xlsx, or .xlsm for a report made
 * from a workbook with macros (the report keeps them, and Excel opens macros only under .xlsm).
 */
const workbookPath = (extensions: readonly string[]) =>
  z.string().superRefine((path, context) => {
    if (path.trim() === '') context.addIssue({ code: 'custom', message: renderMessage(message('CLI_OUTPUT_NAME_MISSING', {})) });
    else if (!extensions.includes(extname(path).toLowerCase())) {
      context.addIssue({ code: 'custom', message: renderMessage(message('CLI_OUTPUT_EXTENSION', { extensions, path, extension: extname(path) })) });
    }
  });

/** A text option given as "" (zod's own message would be English). */
const nonEmpty = z.string().min(1, { message: renderMessage(message('CLI_OPTION_EMPTY', {})) });

/** The options of `cchc inspect`, checked at the edge: a bad value is a clear message, not a stack trace. */
export const inspectOptions = z.object({
  sheet: nonEmpty.optional(),
  year: year.optional(),
  asOf: day.optional(),
  json: z.boolean().optional(),
});

export type InspectOptions = z.infer<typeof inspectOptions>;

/** The options of `cchc report`. */
export const reportOptions = inspectOptions.omit({ json: true }).extend({
  output: workbookPath(['.xlsx', '.xlsm']).optional(),
  period: nonEmpty.optional(),
  dueSoon: wholeNumber('dueSoon', 7, DUE_SOON_DAYS_MIN, DUE_SOON_DAYS_MAX).optional(),
  force: z.boolean().optional(),
});

export type ReportOptions = z.infer<typeof reportOptions>;

/** The options of `cchc template`. */
export const templateOptions = z.object({
  output: workbookPath(['.xlsx']).optional(),
  year: year.optional(),
  force: z.boolean().optional(),
});

export type TemplateOptions = z.infer<typeof templateOptions>;

/** The options of `cchc consolidate`. */
export const consolidateOptions = z.object({
  output: workbookPath(['.xlsx']).optional(),
  period: nonEmpty.optional(),
  asOf: day.optional(),
  json: z.boolean().optional(),
  force: z.boolean().optional(),
});

export type ConsolidateOptions = z.infer<typeof consolidateOptions>;
