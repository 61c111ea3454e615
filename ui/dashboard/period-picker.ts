import type { DashboardPeriod } from '../../src/use-cases/dashboard.js';
import { element } from './dom.js';
import { say } from './say.js';

export interface PeriodPicker {
  readonly element: HTMLElement;
  readonly select: HTMLSelectElement;
  /** Lists the periods; keeps the one chosen when it is still offered, else chooses `chosen`. */
  show(periods: readonly DashboardPeriod[], chosen: string): void;
}

/** The report period's label and select ("Quý I/2026 – chốt 14/03/2026"); `id` names the select. */
export function periodPicker(id: string): PeriodPicker {
  const box = element('div', 'dash-field');
  const label = element('label', undefined, say('DASHBOARD_PERIOD_LABEL'));
  const select = element('select', 'dash-period');
  select.id = id;
  label.htmlFor = id;
  box.append(label, select);
  return {
    element: box,
    select,
    show(periods, chosen) {
      const current = select.value;
      const keep = periods.some((period) => period.label === current) ? current : chosen;
      select.replaceChildren(...periods.map((period) => new Option(period.title, period.label, false, period.label === keep)));
    },
  };
}
