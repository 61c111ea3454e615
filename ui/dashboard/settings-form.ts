import { DUE_SOON_DAYS_MAX, DUE_SOON_DAYS_MIN } from '../../src/sheet/due-soon-limits.js';
import type { PlanSettings } from '../../src/use-cases/dashboard.js';
import { BOUNDARY_DAY_MAX, BOUNDARY_DAY_MIN, PLAN_YEAR_MAX, PLAN_YEAR_MIN } from '../../src/use-cases/plan-settings.js';
import { element } from './dom.js';
import { say } from './say.js';

export interface SettingsForm {
  readonly element: HTMLElement;
  /** Fills the form; the plan sheet, which the form does not edit, is kept for the next save. */
  show(settings: PlanSettings): void;
}

type Field = 'planYear' | 'dueSoonDays' | 'dataStartDay' | 'cutOffDay' | 'reportDueDay';

const FIELDS = {
  planYear: { label: 'DASHBOARD_PLAN_YEAR', min: PLAN_YEAR_MIN, max: PLAN_YEAR_MAX },
  dueSoonDays: { label: 'DASHBOARD_DUE_SOON_DAYS', min: DUE_SOON_DAYS_MIN, max: DUE_SOON_DAYS_MAX },
  dataStartDay: { label: 'DASHBOARD_DATA_START_DAY', min: BOUNDARY_DAY_MIN, max: BOUNDARY_DAY_MAX },
  cutOffDay: { label: 'DASHBOARD_CUT_OFF_DAY', min: BOUNDARY_DAY_MIN, max: BOUNDARY_DAY_MAX },
  reportDueDay: { label: 'DASHBOARD_REPORT_DUE_DAY', min: BOUNDARY_DAY_MIN, max: BOUNDARY_DAY_MAX },
} as const satisfies Record<Field, { label: string; min: number; max: number }>;

/**
 * The settings a user may choose (plan year, due-soon window, period boundaries), folded away under
 * its heading. A value out of its limits is refused with `onInvalid`'s sentence; a whole valid form
 * goes to `onSave`.
 */
export function settingsForm(onSave: (settings: PlanSettings) => void, onInvalid: (text: string) => void): SettingsForm {
  const details = element('details', 'dash-settings');
  details.append(element('summary', undefined, say('DASHBOARD_SETTINGS_HEADING')));
  const form = element('form');
  form.noValidate = true;
  const inputs = {} as Record<Field, HTMLInputElement>;
  const field = (name: Field) => {
    const { label, min, max } = FIELDS[name];
    const input = element('input');
    input.type = 'number';
    input.name = name;
    input.min = String(min);
    input.max = String(max);
    inputs[name] = input;
    const wrapper = element('label', 'dash-field', say(label));
    wrapper.append(input);
    return wrapper;
  };
  const year = field('planYear');
  inputs.planYear.placeholder = say('DASHBOARD_PLAN_YEAR_FROM_TITLE');
  const boundaries = element('fieldset');
  boundaries.append(element('legend', undefined, say('DASHBOARD_BOUNDARIES')), field('dataStartDay'), field('cutOffDay'), field('reportDueDay'));
  const save = element('button', 'dash-save', say('DASHBOARD_SAVE_SETTINGS'));
  save.type = 'submit';
  form.append(year, field('dueSoonDays'), boundaries, save);
  details.append(form);

  let planSheet: string | null = null;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const values: Partial<Record<Field, number | null>> = {};
    for (const name of Object.keys(FIELDS) as Field[]) {
      const text = inputs[name].value.trim();
      if (name === 'planYear' && text === '') {
        values[name] = null;
        continue;
      }
      const value = Number(text);
      const { label, min, max } = FIELDS[name];
      if (text === '' || !Number.isInteger(value) || value < min || value > max) return onInvalid(say('DASHBOARD_SETTING_OUT_OF_RANGE', { label: say(label), min, max }));
      values[name] = value;
    }
    onSave({
      planYear: values.planYear ?? null,
      dueSoonDays: values.dueSoonDays!,
      planSheet,
      boundaries: { dataStartDay: values.dataStartDay!, cutOffDay: values.cutOffDay!, reportDueDay: values.reportDueDay! },
    });
  });
  return {
    element: details,
    show(settings) {
      planSheet = settings.planSheet;
      inputs.planYear.value = settings.planYear === null ? '' : String(settings.planYear);
      inputs.dueSoonDays.value = String(settings.dueSoonDays);
      inputs.dataStartDay.value = String(settings.boundaries.dataStartDay);
      inputs.cutOffDay.value = String(settings.boundaries.cutOffDay);
      inputs.reportDueDay.value = String(settings.boundaries.reportDueDay);
    },
  };
}
