import { defineConfig } from 'vitest/config';
import { testKinds } from './scripts/test-kinds.mjs';

/** Suites whose answers depend on calendar dates run again under UTC and under Vietnam's time zone. */
const DATE_SENSITIVE = [
  'tests/core/deadline/deadline-*.test.ts',
  'tests/core/status/status-*.test.ts',
  'tests/core/calendar/calendar-*.test.ts',
  'tests/io/read-xlsx.test.ts',
  'tests/io/read-plan-xlsx.test.ts',
  'tests/core/dates/time-zone.test.ts',
  'tests/core/summary/summary-*.test.ts',
  'tests/core/sheet/sheet-formulas-*.test.ts',
];

/** unit: in-process only; integration: a browser, LibreOffice, another process or a build (scripts/test-kinds.mjs). */
const { unit, integration } = testKinds();

export default defineConfig({
  test: {
    // Projects inherit this only with `extends: true`; without it a loaded machine times out at vitest's 5 s.
    testTimeout: 30_000,
    projects: [
      { extends: true, test: { name: 'unit', include: unit } },
      { extends: true, test: { name: 'integration', include: integration } },
      ...['UTC', 'Asia/Ho_Chi_Minh'].map((zone) => ({ extends: true, test: { name: zone, include: DATE_SENSITIVE, env: { TZ: zone } } })),
      // Every test once, for running one file by path without knowing its kind (`vitest run tests/x.test.ts --project all`).
      { extends: true, test: { name: 'all', include: ['tests/**/*.test.ts'] } },
    ],
  },
});
