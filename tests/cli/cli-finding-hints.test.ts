import { describe, expect, it } from 'vitest';
import { formatInspect } from '../../hosts/cli/format-inspect.js';
import { readPlanFile } from '../../io/files/read-plan-file.js';
import { assessPlan } from '../../src/plan/assess-plan.js';
import { message, renderMessage } from '../../src/messages/catalogue.js';

const CSV = 'STT,Nhiệm vụ,Sản phẩm,Cơ quan chủ trì,Thời gian hoàn thành\n1,Ban hành kế hoạch,Kế hoạch,Văn phòng,Quý I/2026\n';

async function assessed() {
  const loaded = await readPlanFile(new TextEncoder().encode(CSV), 'ke-hoach.csv', { today: '2026-01-01' });
  if (loaded.kind !== 'plan') throw new Error(loaded.kind);
  return assessPlan(loaded.plan, { asOf: '2026-02-01' });
}

describe('hints only the command line gives', () => {
  it('keeps the core finding host-neutral: no --year in the sentence every host shows', async () => {
    const { issues } = await assessed();
    expect(issues.map((issue) => issue.code)).toEqual(['PLAN_YEAR_GUESSED']);
    expect(issues[0]!.message).toBe('Không thấy năm của kế hoạch trong tiêu đề (ví dụ “năm 2026”); tạm dùng năm 2026.');
    expect(issues[0]!.message).not.toContain('--');
  });

  it('adds the --year hint after the finding at the terminal', async () => {
    const text = formatInspect(await assessed());
    const hint = renderMessage(message('CLI_PLAN_YEAR_HINT', {}));
    expect(hint).toContain('--year');
    expect(text).toContain(`  [Cảnh báo] Không thấy năm của kế hoạch trong tiêu đề (ví dụ “năm 2026”); tạm dùng năm 2026. ${hint}`);
  });
});
