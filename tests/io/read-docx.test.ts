import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FileReadError } from '../../io/files/file-read-error.js';
import { readGridFile } from '../../io/files/read-grid-file.js';
import { readPlanFile } from '../../io/files/read-plan-file.js';
import type { Plan } from '../../src/plan/plan.js';
import { docx, p, row, tbl, tc, tr } from '../helpers/docx-build.js';
import { FIXTURE_NAMES, fixturePath } from '../helpers/fixture-plans.js';
import { renderMessages, renderMessage } from '../../src/messages/catalogue.js';

const docxFile = (name: string) => new Uint8Array(readFileSync(new URL(`../files/docx/${name}`, import.meta.url)));
const options = { today: '2000-01-01' };

async function planOf(bytes: Uint8Array, name: string) {
  const loaded = await readPlanFile(bytes, name, options);
  if (loaded.kind !== 'plan') throw new Error(renderMessages(loaded.messages));
  return loaded;
}

/** Text as a reader sees it: line breaks inside a cell and list markers ("-" typed, "•" from Word) do not change a task. */
const same = (text: string) => text.replace(/•/g, '-').replace(/\s+/g, ' ').trim();
function essentials(plan: Plan) {
  return {
    title: plan.plan.title,
    year: plan.plan.year,
    sections: plan.sections.map(({ label, title }) => ({ label, title })),
    tasks: plan.tasks.map((task) => ({
      stt: task.stt,
      section: task.section,
      task: same(task.task),
      lead: task.lead,
      coUnits: task.coUnits,
      deadline: same(task.deadlineText),
      deliverable: same(task.deliverable),
    })),
  };
}

describe('readGridFile on Word documents made from the fixtures', () => {
  for (const producer of ['hand', 'libreoffice'] as const) {
    for (const name of FIXTURE_NAMES) {
      it(`reads ${producer}-${name}.docx as the same plan as the fixture text`, async () => {
        const text = await planOf(new Uint8Array(readFileSync(fixturePath(name))), `${name}.txt`);
        const word = await planOf(docxFile(`${producer}-${name}.docx`), `${name}.docx`);
        expect(word.plan.tasks.length).toBeGreaterThan(20);
        expect(essentials(word.plan)).toEqual(essentials(text.plan));
        expect(word.workbook).toBeUndefined();
      });
    }
  }

  it('keeps tracked insertions, drops deletions and a deleted row, and says so', async () => {
    const { plan, notices } = await planOf(docxFile('hand-an-tuong-2026.docx'), 'an-tuong-2026.docx');
    expect(plan.tasks.map((task) => task.stt)).not.toContain('99');
    expect(plan.tasks.some((task) => task.task.includes('dự thảo cũ'))).toBe(false);
    expect(plan.tasks[0]!.task).toBe('Ban hành kế hoạch CCHC năm 2026.');
    expect(notices.map(renderMessage)).toContain(
      'Văn bản “an-tuong-2026.docx” còn thay đổi được theo dõi (Track Changes) chưa chấp nhận; đã đọc như khi chấp nhận hết: giữ phần chèn thêm, bỏ phần đã xóa.',
    );
  });

  it('picks the task table after the targets table and joins the pieces Word split it into', async () => {
    const { plan, notices } = await planOf(docxFile('libreoffice-dong-da-2026-2030.docx'), 'dong-da.docx');
    expect(plan.tasks.map((task) => task.stt)).toEqual(Array.from({ length: 28 }, (_, i) => String(i + 1)));
    expect(plan.plan.title).toBe('NHIỆM VỤ CCHC TRỌNG TÂM GIAI ĐOẠN 2026-2030');
    expect(notices.map(renderMessage)).toEqual(['Văn bản “dong-da.docx” có 8 bảng; đã đọc bảng 2 làm bảng nhiệm vụ, nối 7 phần của bảng (Word tách bảng khi sang trang) thành một.']);
  });

  it('gives a two-row header with merged cells as merged ranges, the heading paragraphs as rows above', async () => {
    const { format, grids } = await readGridFile(docxFile('libreoffice-an-tuong-2026.docx'), 'an-tuong.docx');
    expect(format).toBe('document');
    const grid = grids[0]!;
    expect(grid.sheet).toBe('an-tuong');
    // LibreOffice drops the HTML's empty paragraphs, so the title block has no blank rows.
    expect(grid.rows.slice(0, 5)).toEqual([
      ['PHỤ LỤC'],
      ['DANH MỤC CÁC NHIỆM VỤ TRỌNG TÂM CCHC NĂM 2026'],
      ['(Kèm theo Kế hoạch số: /KH-UBND ngày tháng 01 năm 2026 của Ủy ban nhân dân phường An Tường)'],
      ['STT', 'Tên nhiệm vụ', 'Cơ quan', null, 'Sản phẩm', 'Thời gian'],
      [null, null, 'Chủ trì', 'Phối hợp'],
    ]);
    expect(grid.merges?.slice(0, 6)).toEqual([
      { top: 3, left: 0, bottom: 4, right: 0 },
      { top: 3, left: 1, bottom: 4, right: 1 },
      { top: 3, left: 2, bottom: 3, right: 3 },
      { top: 3, left: 4, bottom: 4, right: 4 },
      { top: 3, left: 5, bottom: 4, right: 5 },
      { top: 5, left: 1, bottom: 5, right: 5 },
    ]);
    expect(grid.rows[5]).toEqual(['I', 'CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH']);
  });
});

const HEADER = row('STT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Thời gian hoàn thành');
const TITLE = p('KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2026');

describe('readDocx on hand-built Word parts', () => {
  it('reads each paragraph of a cell as a line, with numbering and bullets kept as their markers', async () => {
    const numbering =
      '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%1)"/></w:lvl>' +
      '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2."/></w:lvl></w:abstractNum>' +
      '<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="\uF0B7"/></w:lvl></w:abstractNum>' +
      '<w:num w:numId="3"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="4"><w:abstractNumId w:val="1"/></w:num>';
    const item = (numId: number, ilvl: number, text: string) => `<w:p><w:pPr><w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr></w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`;
    const bytes = docx(
      TITLE +
        tbl(
          4,
          HEADER,
          tr(tc('1'), tc([item(3, 0, 'Rà soát'), item(3, 1, 'Lập danh mục'), item(3, 1, 'Báo cáo'), item(3, 0, 'Công bố')]), tc([item(4, 0, 'Văn phòng'), 'Phòng Kinh tế']), tc('Quý I/2026')),
        ),
      numbering,
    );
    const { grids } = await readGridFile(bytes, 'ke-hoach.docx');
    expect(grids[0]!.rows[2]).toEqual(['1', 'a) Rà soát\na.1. Lập danh mục\na.2. Báo cáo\nb) Công bố', '• Văn phòng\nPhòng Kinh tế', 'Quý I/2026']);
  });

  it('reads content controls, keeps insertions, drops deletions, hidden text and deleted rows', async () => {
    const cell =
      '<w:p><w:r><w:t xml:space="preserve">Cập nhật mẫu </w:t></w:r><w:sdt><w:sdtContent><w:r><w:t>&lt;Tên đơn vị&gt;</w:t></w:r></w:sdtContent></w:sdt>' +
      '<w:del w:id="1" w:author="a"><w:r><w:delText>bỏ đi</w:delText></w:r></w:del><w:ins w:id="2" w:author="a"><w:r><w:t xml:space="preserve"> vào biểu</w:t></w:r></w:ins>' +
      '<w:r><w:rPr><w:vanish/></w:rPr><w:t>ẩn</w:t></w:r></w:p>';
    const bytes = docx(
      TITLE +
        tbl(
          4,
          HEADER,
          `<w:sdt><w:sdtContent>${tr(tc('1'), tc(cell), tc('Văn phòng'), tc('Năm 2026'))}</w:sdtContent></w:sdt>`,
          `<w:tr><w:trPr><w:del w:id="3" w:author="a"/></w:trPr>${tc('2')}${tc('Nhiệm vụ đã xóa')}${tc('X')}${tc('Năm 2026')}</w:tr>`,
          row('2', 'Tổng kết', 'Văn phòng', 'Tháng 12/2026'),
        ),
    );
    const { plan } = await planOf(bytes, 'ke-hoach.docx');
    expect(plan.tasks.map((task) => [task.stt, task.task])).toEqual([
      ['1', 'Cập nhật mẫu <Tên đơn vị> vào biểu'],
      ['2', 'Tổng kết'],
    ]);
  });

  it('flattens a table nested in a cell into that cell, one line per nested row', async () => {
    const nested = tbl(2, row('Kế hoạch', 'Quý I'), row('Báo cáo', 'Quý IV'));
    const bytes = docx(TITLE + tbl(4, HEADER, tr(tc('1'), tc(['Lập và báo cáo:', nested]), tc('Văn phòng'), tc('Năm 2026'))));
    const { grids } = await readGridFile(bytes, 'ke-hoach.docx');
    expect(grids[0]!.rows[2]![1]).toBe('Lập và báo cáo:\nKế hoạch; Quý I\nBáo cáo; Quý IV');
  });

  it('gives a cell merged down its value once, with the range', async () => {
    const bytes = docx(
      TITLE + tbl(4, HEADER, tr(tc('1'), tc('Rà soát'), tc('Văn phòng', '<w:vMerge w:val="restart"/>'), tc('Quý I/2026')), tr(tc('2'), tc('Công bố'), tc('', '<w:vMerge/>'), tc('Quý II/2026'))),
    );
    const { grids } = await readGridFile(bytes, 'ke-hoach.docx');
    expect(grids[0]!.rows.slice(2)).toEqual([
      ['1', 'Rà soát', 'Văn phòng', 'Quý I/2026'],
      ['2', 'Công bố', null, 'Quý II/2026'],
    ]);
    expect(grids[0]!.merges).toEqual([{ top: 2, left: 2, bottom: 3, right: 2 }]);
  });

  it('joins a continuation without a header, but not a later table of other columns', async () => {
    const bytes = docx(
      TITLE +
        tbl(4, HEADER, row('1', 'Rà soát', 'Văn phòng', 'Quý I/2026')) +
        p('') +
        p('(tiếp theo)') +
        tbl(4, row('2', 'Công bố', 'Văn phòng', 'Quý II/2026')) +
        p('Phụ lục II') +
        tbl(3, row('STT', 'Chỉ tiêu', 'Kết quả'), row('1', 'Tỷ lệ hồ sơ trực tuyến', '80%')),
    );
    const { plan, notices } = await planOf(bytes, 'ke-hoach.docx');
    expect(plan.tasks.map((task) => task.task)).toEqual(['Rà soát', 'Công bố']);
    expect(notices.map(renderMessage)).toEqual(['Văn bản “ke-hoach.docx” có 3 bảng; đã đọc bảng 1 làm bảng nhiệm vụ, nối 2 phần của bảng (Word tách bảng khi sang trang) thành một.']);
  });

  it('says a document without a task table has none', async () => {
    const loaded = await readPlanFile(docx(TITLE + p('Căn cứ Quyết định số 1735/QĐ-UBND, Ủy ban nhân dân phường ban hành kế hoạch.')), 'ke-hoach-ha-dong.docx', options);
    expect(loaded.kind).toBe('no-table');
    if (loaded.kind === 'no-table') expect(renderMessages(loaded.messages)).toContain('Không tìm thấy bảng nhiệm vụ trong tệp “ke-hoach-ha-dong.docx”');
  });

  it('calls a cut-short .docx damaged', async () => {
    const bytes = docx(TITLE + tbl(4, HEADER));
    const error = await readGridFile(bytes.subarray(0, bytes.length - 30), 'ke-hoach.docx').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(FileReadError);
    expect((error as FileReadError).code).toBe('CORRUPT_DOCUMENT');
    expect((error as FileReadError).message).toContain('không mở được như một văn bản Word');
  });

  it('calls a .docx whose document part is not well-formed XML damaged, without throwing anything else', async () => {
    const broken = docx('<w:p><w:r><w:t>Kế hoạch</w:r></w:p>');
    const error = await readGridFile(broken, 'ke-hoach.docx').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(FileReadError);
    expect((error as FileReadError).code).toBe('CORRUPT_DOCUMENT');
    const deep = docx(`${'<w:sdt><w:sdtContent>'.repeat(20_000)}${p('x')}${'</w:sdtContent></w:sdt>'.repeat(20_000)}`);
    const loaded = await readPlanFile(deep, 'sau.docx', options);
    expect(['unreadable', 'no-table']).toContain(loaded.kind);
  });
});
