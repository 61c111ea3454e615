import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readPlanFile } from '../../io/files/read-plan-file.js';
import type { Plan } from '../../src/plan/plan.js';
import { loadPlan } from '../../hosts/cli/load-plan.js';
import { FIXTURE_NAMES, fixturePath, type FixtureName } from '../helpers/fixture-plans.js';
import { message, renderMessage, renderMessages } from '../../src/messages/catalogue.js';

const seedPath = (name: string) => new URL(`../fixtures/seeds/ke-hoach-${name}.txt`, import.meta.url);
const seedText = (name: string) => readFileSync(seedPath(name), 'utf8');
const options = { today: '2000-01-01' };

async function planOf(text: string, name: string) {
  const loaded = await readPlanFile(new TextEncoder().encode(text), name, options);
  if (loaded.kind !== 'plan') throw new Error(renderMessages(loaded.messages));
  return loaded.plan;
}
const tasksOf = (plan: Plan) => plan.tasks.map(({ stt, task, lead, coUnits, deadlineText, section }) => ({ stt, task, lead, coUnits, deadlineText, section }));

/**
 * The appendix fixtures were copied from the plans one task short (the last row of each table was left
 * out), so the whole plan holds the appendix's tasks and then that one more.
 */
async function expectSameTasksAsAppendix(whole: Plan, name: FixtureName) {
  const appendix = await planOf(readFileSync(fixturePath(name), 'utf8'), `${name}.txt`);
  expect(whole.plan.title).toBe(appendix.plan.title);
  expect(whole.plan.year).toBe(appendix.plan.year);
  expect(whole.sections.map(({ label, title }) => ({ label, title }))).toEqual(appendix.sections.map(({ label, title }) => ({ label, title })));
  expect(tasksOf(whole).slice(0, appendix.tasks.length)).toEqual(tasksOf(appendix));
  expect(whole.tasks.length).toBe(appendix.tasks.length + 1);
  expect(whole.issues.filter((issue) => issue.severity === 'error')).toEqual([]);
}

const LAST_TASK: Record<FixtureName, string> = {
  'an-tuong-2026': 'Đo lường mức độ hài lòng của người dân đối với dịch vụ giáo dục công lập năm 2026.',
  'tran-hung-dao-2026': 'Triển khai áp dụng Tiêu chuẩn TCVN ISO 18091:2020 tại các các cơ quan, đơn vị trên địa bàn phường',
  'dong-da-2026-2030': 'Tăng cường hoạt động của Trang thông tin điện tử phường theo quy định, nhằm nâng cao mức độ hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước',
};

/** A whole plan as a converter writes it to markdown: every tab-separated line a "| … |" row, a rule under each header. */
function asMarkdown(text: string): string {
  return text
    .split('\n')
    .flatMap((line) => {
      if (!line.includes('\t')) return [line];
      const cells = line.split('\t');
      const row = `| ${cells.map((cell) => cell.replace(/\|/g, '\\|')).join(' | ')} |`;
      return /^(?:<b>)?(?:STT|TT)\b/.test(cells[0]!) ? [row, `|${cells.map(() => '---').join('|')}|`] : [row];
    })
    .join('\n');
}

const PROSE_AFTER =
  '\n\nPhụ lục III\nCHỈ TIÊU ĐÁNH GIÁ\n\nSTT\tChỉ tiêu\tĐơn vị tính\tKết quả\n1\tTỷ lệ hồ sơ trực tuyến toàn trình\t%\t80\n2\tTỷ lệ số hóa kết quả giải quyết TTHC\t%\t100\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n';

describe('a Word table copied as plain text', () => {
  it("rejoins a row Word broke at a cell's second paragraph, keeping every later line number", async () => {
    const text =
      'KẾ HOẠCH CCHC NĂM 2026\n\n' +
      'STT\tNhiệm vụ\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian\n' +
      'I\tCÔNG TÁC CHỈ ĐẠO\n' +
      '1\tBan hành kế hoạch\tVăn phòng\tCác phòng\tQuý I/2026\n' +
      '2\tTổ chức tuyên truyền,\nquán triệt\tVăn phòng\tCác phòng\tThường xuyên\n' +
      '3\tKiểm tra\tVăn phòng\t- Phòng A\n- Phòng B\tNăm 2026\n' +
      '4\tTổng kết,\nđánh giá,\nkhen thưởng\tVăn phòng\tCác phòng\tTháng 12/2026\n';
    const plan = await planOf(text, 'dan-tu-word.txt');
    expect(plan.tasks.map(({ stt, task, lead, coUnits, deadlineText, row }) => ({ stt, task, lead, coUnits, deadlineText, row }))).toEqual([
      { stt: '1', task: 'Ban hành kế hoạch', lead: ['Văn phòng'], coUnits: ['Các phòng'], deadlineText: 'Quý I/2026', row: 5 },
      { stt: '2', task: 'Tổ chức tuyên truyền,\nquán triệt', lead: ['Văn phòng'], coUnits: ['Các phòng'], deadlineText: 'Thường xuyên', row: 6 },
      { stt: '3', task: 'Kiểm tra', lead: ['Văn phòng'], coUnits: ['Phòng A', 'Phòng B'], deadlineText: 'Năm 2026', row: 8 },
      { stt: '4', task: 'Tổng kết,\nđánh giá,\nkhen thưởng', lead: ['Văn phòng'], coUnits: ['Các phòng'], deadlineText: 'Tháng 12/2026', row: 10 },
    ]);
    expect(plan.issues.map((issue) => issue.code)).toEqual(['DELIVERABLE_COLUMN_MISSING']);
  });

  it('leaves a section row and a short last row alone when they do not make one row together', async () => {
    const text = 'STT\tNhiệm vụ\tCơ quan chủ trì\tThời gian\nI\tCÔNG TÁC CHỈ ĐẠO\n1\tBan hành kế hoạch\tVăn phòng\tQuý I/2026\nII\tCẢI CÁCH THỂ CHẾ\n2\tRà soát văn bản\tVăn phòng\tNăm 2026\n';
    const plan = await planOf(text, 'dan-tu-word.txt');
    expect(plan.sections.map(({ label, title }) => `${label} ${title}`)).toEqual(['I CÔNG TÁC CHỈ ĐẠO', 'II CẢI CÁCH THỂ CHẾ']);
    expect(plan.tasks.map(({ stt, section }) => `${stt}:${section}`)).toEqual(['1:I', '2:II']);
  });
});

describe('a whole plan given as text', () => {
  for (const name of FIXTURE_NAMES) {
    it(`finds the appendix inside the whole ${name} plan, prose before it and a targets table on the way`, async () => {
      const whole = await planOf(seedText(name), `ke-hoach-${name}.txt`);
      await expectSameTasksAsAppendix(whole, name);
      expect(whole.tasks.at(-1)!.task).toBe(LAST_TASK[name]);
    });

    it(`reads the ${name} plan the same with prose and a second (targets) table after the appendix`, async () => {
      const whole = await planOf(seedText(name) + PROSE_AFTER, `ke-hoach-${name}.txt`);
      await expectSameTasksAsAppendix(whole, name);
      expect(whole.tasks.at(-1)!.task).toBe(LAST_TASK[name]);
    });

    it(`reads the ${name} plan written as markdown, its table in "|" rows`, async () => {
      const whole = await planOf(asMarkdown(seedText(name)), `ke-hoach-${name}.md`);
      await expectSameTasksAsAppendix(whole, name);
    });
  }

  it('reads a whole plan saved by Windows (CRLF line ends) the same', async () => {
    const whole = await planOf(seedText('an-tuong-2026').replace(/\n/g, '\r\n'), 'ke-hoach.txt');
    await expectSameTasksAsAppendix(whole, 'an-tuong-2026');
  });

  it('says the Hà Đông plan has no task table, and the command line points to cchc template', async () => {
    const loaded = await readPlanFile(readFileSync(seedPath('ha-dong-2026-2030')), 'ke-hoach-ha-dong-2026-2030.txt', options);
    expect(loaded.kind).toBe('no-table');
    if (loaded.kind === 'no-table') {
      expect(renderMessages(loaded.messages)).toBe(
        'Không tìm thấy bảng nhiệm vụ trong tệp “ke-hoach-ha-dong-2026-2030.txt”. Cần một dòng tiêu đề có các cột: STT, Nhiệm vụ (Nội dung), Cơ quan chủ trì, Thời gian hoàn thành.',
      );
    }
    const cli = await loadPlan(new URL(seedPath('ha-dong-2026-2030')).pathname, options);
    expect(cli.kind).toBe('no-table');
    const hint = message('CLI_NO_TASK_TABLE_HINT', {});
    if (cli.kind === 'no-table') expect(cli.messages).toEqual([...(loaded.kind === 'no-table' ? loaded.messages : []), hint]);
    expect(renderMessage(hint)).toContain('cchc template');
  });
});
