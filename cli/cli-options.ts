import { z } from 'zod';
import { isRealDate } from '../src/dates/calendar-date.js';

const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày phải viết dạng YYYY-MM-DD, ví dụ 2026-03-14.')
  .refine((text) => isRealDate(Number(text.slice(0, 4)), Number(text.slice(5, 7)), Number(text.slice(8, 10))), 'Ngày này không có trong lịch.');

const year = z.coerce.number().int('Năm phải là số nguyên, ví dụ 2026.').min(1990, 'Năm phải từ 1990.').max(2100, 'Năm phải đến 2100.');

/** The options of `cchc inspect`, checked at the edge: a bad value is a clear message, not a stack trace. */
export const inspectOptions = z.object({
  sheet: z.string().min(1).optional(),
  year: year.optional(),
  asOf: isoDay.optional(),
  json: z.boolean().optional(),
});

export type InspectOptions = z.infer<typeof inspectOptions>;

/** The options of `cchc report`. */
export const reportOptions = inspectOptions.omit({ json: true }).extend({
  output: z.string().min(1).optional(),
  period: z.string().min(1).optional(),
  dueSoon: z.coerce.number().int('Số ngày phải là số nguyên.').min(0).max(90, 'Tối đa 90 ngày.').optional(),
  force: z.boolean().optional(),
});

export type ReportOptions = z.infer<typeof reportOptions>;

/** The options of `cchc template`. */
export const templateOptions = z.object({
  output: z.string().min(1).optional(),
  year: year.optional(),
  force: z.boolean().optional(),
});

export type TemplateOptions = z.infer<typeof templateOptions>;

/** The options of `cchc consolidate`. */
export const consolidateOptions = z.object({
  output: z.string().min(1).optional(),
  period: z.string().min(1).optional(),
  asOf: isoDay.optional(),
  json: z.boolean().optional(),
  force: z.boolean().optional(),
});

export type ConsolidateOptions = z.infer<typeof consolidateOptions>;
