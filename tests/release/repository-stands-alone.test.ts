import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
// Spelled in two pieces so that this file does not find itself.
const OUTSIDE = ['..', 'shared'].join('/');

describe('the repository stands on its own', () => {
  it('no tracked file reads or points to a folder beside the project', () => {
    const files = execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8' }).split('\0').filter(Boolean);
    expect(files.length).toBeGreaterThan(100);
    const pointing = files.filter((file) => /\.(ts|mts|mjs|js|json|md|sh|html|css|py)$|^\.ci\//.test(file) && readFileSync(`${root}/${file}`, 'utf8').includes(OUTSIDE));
    expect(pointing).toEqual([]);
  });

  it('carries the real plans its tests read', () => {
    const plans = execFileSync('git', ['ls-files', 'tests/fixtures'], { cwd: root, encoding: 'utf8' }).trim().split('\n');
    expect(plans).toEqual(
      expect.arrayContaining(['tests/fixtures/plans/an-tuong-2026.txt', 'tests/fixtures/plans/dong-da-2026-2030.txt', 'tests/fixtures/plans/tran-hung-dao-2026.txt', 'tests/fixtures/seeds/ke-hoach-ha-dong-2026-2030.txt']),
    );
  });
});
