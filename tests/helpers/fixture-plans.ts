import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readGridFile } from '../../io/files/read-grid-file.js';
import { readPlan } from '../../src/plan/read-plan.js';

/** The raw appendices in tests/fixtures/plans/ (copied byte for byte from the public plans), read as they are. */
/** The day the tests judge plans and make reports on: the week after the Quý I/2026 cut-off. */
export const AS_OF = '2026-03-20';

export const FIXTURE_NAMES = ['dong-da-2026-2030', 'an-tuong-2026', 'tran-hung-dao-2026'] as const;
export type FixtureName = (typeof FIXTURE_NAMES)[number];

export function fixturePath(name: FixtureName): string {
  return fileURLToPath(new URL(`../fixtures/plans/${name}.txt`, import.meta.url));
}

export async function readFixturePlan(name: FixtureName) {
  const file = await readGridFile(new Uint8Array(readFileSync(fixturePath(name))), `${name}.txt`);
  const result = readPlan(file.grids[0]!, { fallbackYear: 2000 });
  if (!result.found) throw new Error(result.issue.message);
  return result.plan;
}
