import { defineConfig } from 'vitest/config';
import { testKinds } from './scripts/test-kinds.mjs';

/** Suites whose answers depend on calendar dates run again under UTC and under Vietnam's time zone. */
const DATE_SENSITIVE = ['tests/deadline-*.test.ts', 'tests/status-*.test.ts', 'tests/calendar-*.test.ts', 'tests/read-xlsx.test.ts', 'tests/read-plan-xlsx.test.ts', 'tests/time-zone.test.ts', 'tests/summary-*.test.ts', 'tests/sheet-formulas-*.test.ts'];

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
