import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { message, renderMessage } from '../../src/messages/catalogue.js';
import { buildNode } from '../../scripts/build.mjs';
import { fixturePath } from '../helpers/fixture-plans.js';
import { runCli } from '../helpers/run-cli.js';

const CLI = '.test-build-documents/cchc.js';
const scratch = mkdtempSync(join(tmpdir(), 'cchc-documents-'));
const cchc = (...args: string[]) => runCli(CLI, ...args);
const docxPath = (name: string) => fileURLToPath(new URL(`../files/docx/${name}`, import.meta.url));
const seed = (name: string) => fileURLToPath(new URL(`../fixtures/seeds/ke-hoach-${name}.txt`, import.meta.url));

beforeAll(() => buildNode('.test-build-documents'), 60_000);

/** The built command line on Word documents and whole plans, as a clerk runs it. */
describe('cchc on Word documents and whole plans', () => {
  it('inspects a .docx as the plan of its fixture text, with the same tasks and statuses', async () => {
    const fromText = await cchc('inspect', fixturePath('an-tuong-2026'), '--as-of', '2026-03-20', '--json');
    const fromWord = await cchc('inspect', docxPath('hand-an-tuong-2026.docx'), '--as-of', '2026-03-20', '--json');
    expect(fromWord.code).toBe(0);
    const tasks = (stdout: string) =>
      (JSON.parse(stdout) as { tasks: { stt: string; lead: string[]; deadline: unknown; status: unknown }[] }).tasks.map(({ stt, lead, deadline, status }) => ({ stt, lead, deadline, status }));
    expect(tasks(fromWord.stdout)).toEqual(tasks(fromText.stdout));
    expect(fromWord.stderr).toContain('còn thay đổi được theo dõi (Track Changes)');
  }, 60_000);

  it('writes the tracking workbook of the plan in a .docx', async () => {
    const output = join(scratch, 'tran-hung-dao-tu-word.xlsx');
    const { stdout, code } = await cchc('report', docxPath('libreoffice-tran-hung-dao-2026.docx'), '--period', 'Quý I/2026', '--as-of', '2026-03-20', '-o', output);
    expect(code).toBe(0);
    expect(stdout).toContain('47 nhiệm vụ · 2 quá hạn');
    const again = await cchc('inspect', output, '--as-of', '2026-03-20');
    expect(again.stdout).toContain('47 nhiệm vụ trong 7 mục');
  }, 60_000);

  it('reads a whole plan saved as text, and exits 2 pointing to cchc template for Hà Đông', async () => {
    const whole = await cchc('inspect', seed('dong-da-2026-2030'), '--as-of', '2026-03-20');
    expect(whole.code).toBe(0);
    expect(whole.stdout).toContain('29 nhiệm vụ trong 7 mục · 0 lỗi · 0 cảnh báo');
    const none = await cchc('inspect', seed('ha-dong-2026-2030'));
    expect(none.code).toBe(2);
    expect(none.stderr.trim().split('\n')).toEqual([
      'Không tìm thấy bảng nhiệm vụ trong tệp “ke-hoach-ha-dong-2026-2030.txt”. Cần một dòng tiêu đề có các cột: STT, Nhiệm vụ (Nội dung), Cơ quan chủ trì, Thời gian hoàn thành.',
      renderMessage(message('CLI_NO_TASK_TABLE_HINT', {})),
    ]);
  }, 60_000);
});
