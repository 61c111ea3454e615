import type { IsoDate } from '../dates/calendar-date.js';
import { periodChoices } from '../summary/period-choices.js';
import type { PeriodBoundaries } from '../summary/summary.js';
import type { Dashboard } from './dashboard.js';

/** The periods a dashboard offers for a plan year, as plain values, and the one chosen by default. */
export function dashboardPeriods(year: number, today: IsoDate, boundaries: PeriodBoundaries): Pick<Dashboard, 'periods' | 'defaultPeriod'> {
  const { choices, chosen } = periodChoices(year, today, boundaries);
  return { periods: choices.map(({ period, text }) => ({ label: period.label, title: text })), defaultPeriod: chosen };
}
