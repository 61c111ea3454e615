import { describe, expect, it } from 'vitest';
import { DEFAULT_PLAN_SETTINGS, fallbackPlanYear, parseStoredSettings, settingsPlanYear } from '../../../src/use-cases/plan-settings.js';

describe('the one settings model', () => {
  it('has one set of defaults', () => {
    expect(DEFAULT_PLAN_SETTINGS).toEqual({ planYear: null, dueSoonDays: 7, planSheet: null, boundaries: { dataStartDay: 15, cutOffDay: 14, reportDueDay: 20 } });
  });

  it('reads what a document holds, a wrong value taking its default', () => {
    expect(parseStoredSettings(undefined)).toEqual(DEFAULT_PLAN_SETTINGS);
    expect(parseStoredSettings('{not json')).toEqual(DEFAULT_PLAN_SETTINGS);
    expect(parseStoredSettings('{"planYear":2026,"dueSoonDays":10,"planSheet":"Phụ lục"}')).toEqual({ ...DEFAULT_PLAN_SETTINGS, planYear: 2026, dueSoonDays: 10, planSheet: 'Phụ lục' });
    expect(parseStoredSettings({ planYear: 1800, dueSoonDays: 400, planSheet: '', boundaries: { cutOffDay: 10, reportDueDay: 40 } })).toEqual({
      ...DEFAULT_PLAN_SETTINGS,
      boundaries: { dataStartDay: 15, cutOffDay: 10, reportDueDay: 20 },
    });
  });

  it('falls back to the current year in one place', () => {
    expect(fallbackPlanYear('2026-12-31')).toBe(2026);
    expect(settingsPlanYear(DEFAULT_PLAN_SETTINGS, '2027-01-01')).toBe(2027);
    expect(settingsPlanYear({ ...DEFAULT_PLAN_SETTINGS, planYear: 2030 }, '2027-01-01')).toBe(2030);
  });
});
