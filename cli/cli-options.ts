import { z } from 'zod';
import { isRealDate } from '../src/dates/calendar-date.js';

const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày phải viết dạng YYYY-MM-DD, ví dụ 2026-03-14.')
  .refine((text) => isRealDate(Number(text.slice(0, 4)), Number(text.slice(5, 7)), Number(text.slice(8, 10))), 'Ngày này không có trong lịch.');

/** The options of `cchc inspect`, checked at the edge: a bad value is a clear message, not a stack trace. */
export const inspectOptions = z.object({
  sheet: z.string().min(1).optional(),
  year: z.coerce.number().int('Năm phải là số nguyên, ví dụ 2026.').min(1990, 'Năm phải từ 1990.').max(2100, 'Năm phải đến 2100.').optional(),
  asOf: isoDay.optional(),
  json: z.boolean().optional(),
});

export type InspectOptions = z.infer<typeof inspectOptions>;
