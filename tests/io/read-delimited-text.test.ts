import { describe, expect, it } from 'vitest';
import { readGridFile } from '../../io/files/read-grid-file.js';
import { renderMessage } from '../../src/messages/catalogue.js';

const read = async (text: string, fileName: string) => readGridFile(new TextEncoder().encode(text), fileName);

describe('readGridFile on CSV and tab-separated text', () => {
  it('reads a semicolon CSV (Excel with a Vietnamese list separator) without splitting at commas in the text', async () => {
    const csv =
      'STT;Nhiệm vụ;Cơ quan chủ trì;Thời gian\r\n' +
      '1;Ban hành kế hoạch, tổ chức triển khai;Phòng Kinh tế, Hạ tầng và Đô thị;15/01/2026\r\n' +
      '2;Tuyên truyền CCHC;Phòng Văn hóa - Xã hội;Quý I/2026\r\n';
    const { grids, notices } = await read(csv, 'ke-hoach.csv');
    expect(grids).toEqual([
      {
        sheet: 'ke-hoach',
        rows: [
          ['STT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Thời gian'],
          ['1', 'Ban hành kế hoạch, tổ chức triển khai', 'Phòng Kinh tế, Hạ tầng và Đô thị', '15/01/2026'],
          ['2', 'Tuyên truyền CCHC', 'Phòng Văn hóa - Xã hội', 'Quý I/2026'],
        ],
      },
    ]);
    expect(notices.map(renderMessage)).toEqual([]);
  });

  it('keeps a quoted cell that spans lines as one cell, one row per record as Excel shows it', async () => {
    const csv =
      'STT,Nhiệm vụ,Sản phẩm,Thời gian\r\n' +
      '1,Ban hành kế hoạch,"- Kế hoạch\n- Báo cáo",Trước ngày 15/01/2026\r\n' +
      '2,"Tổ chức ""Ngày hội CCHC""","Phòng Văn hóa - Xã hội, Công an phường",Quý II/2026\r\n' +
      ',,,\r\n' +
      '3,Kiểm tra CCHC,Báo cáo,Năm 2026\r\n';
    const { grids } = await read(csv, 'ke-hoach.csv');
    expect(grids[0]!.rows).toEqual([
      ['STT', 'Nhiệm vụ', 'Sản phẩm', 'Thời gian'],
      ['1', 'Ban hành kế hoạch', '- Kế hoạch\n- Báo cáo', 'Trước ngày 15/01/2026'],
      ['2', 'Tổ chức "Ngày hội CCHC"', 'Phòng Văn hóa - Xã hội, Công an phường', 'Quý II/2026'],
      [],
      ['3', 'Kiểm tra CCHC', 'Báo cáo', 'Năm 2026'],
    ]);
  });

  it('keeps the text as written: bullets, HTML, markdown, spaces, leading zeros', async () => {
    const text = '**STT**\t<b>Nhiệm vụ</b>\t Sản phẩm \n01\t• Kế hoạch<br>• Báo cáo\t  \n';
    const { grids } = await read(text, 'ban-sao.txt');
    expect(grids[0]!.rows).toEqual([
      ['**STT**', '<b>Nhiệm vụ</b>', ' Sản phẩm '],
      ['01', '• Kế hoạch<br>• Báo cáo', '  '],
    ]);
  });

  it('keeps empty lines, and adds no row for the final line break', async () => {
    const { grids } = await read('PHỤ LỤC\n\n\nSTT\tNhiệm vụ\n1\tBan hành\n', 'phu-luc.txt');
    expect(grids[0]!.rows).toEqual([['PHỤ LỤC'], [], [], ['STT', 'Nhiệm vụ'], ['1', 'Ban hành']]);
  });

  it('keeps an empty last line that is more than the final line break', async () => {
    const { grids } = await read('STT\tNhiệm vụ\n1\tBan hành\n\n', 'phu-luc.txt');
    expect(grids[0]!.rows).toEqual([['STT', 'Nhiệm vụ'], ['1', 'Ban hành'], []]);
  });

  it('reads Windows, Unix and old Mac line breaks alike', async () => {
    const expected = [['STT', 'Nhiệm vụ'], ['1', 'Ban hành'], [], ['2', 'Kiểm tra']];
    for (const lineBreak of ['\r\n', '\n', '\r']) {
      const text = ['STT\tNhiệm vụ', '1\tBan hành', '', '2\tKiểm tra'].join(lineBreak);
      expect((await read(text, 'phu-luc.txt')).grids[0]!.rows).toEqual(expected);
    }
  });

  it('reads each line as a row, quotes kept, when quotes do not pair up, and says so', async () => {
    const text = 'STT\tNhiệm vụ\n1\t"Ngày hội" CCHC năm 2026\n2\tKiểm tra\n3\t"Tháng hành động\n';
    const { grids, notices } = await read(text, 'phu-luc.txt');
    expect(grids[0]!.rows).toEqual([
      ['STT', 'Nhiệm vụ'],
      ['1', '"Ngày hội" CCHC năm 2026'],
      ['2', 'Kiểm tra'],
      ['3', '"Tháng hành động'],
    ]);
    expect(notices.map(renderMessage)).toEqual([expect.stringContaining('ngoặc kép')]);
    expect(renderMessage(notices[0]!)).toContain('phu-luc.txt');
  });

  it('prefers the tab of a Word copy over commas and semicolons in the text', async () => {
    const text = 'Cơ quan, đơn vị chủ trì\tThời gian\n' + 'Phòng Văn hóa - Xã hội; Công an phường\tQuý I/2026\n' + 'Các phòng, ban, đơn vị có liên quan\tNăm 2026\n';
    const { grids } = await read(text, 'phu-luc.csv');
    expect(grids[0]!.rows[1]).toEqual(['Phòng Văn hóa - Xã hội; Công an phường', 'Quý I/2026']);
    expect(grids[0]!.rows[2]).toEqual(['Các phòng, ban, đơn vị có liên quan', 'Năm 2026']);
  });

  it('reads a .tsv, a file with an unknown extension and one with none as text', async () => {
    for (const name of ['phu-luc.tsv', 'phu-luc.dat', 'phu-luc']) {
      const { grids } = await read('STT\tNhiệm vụ\n1\tBan hành\n', name);
      expect(grids).toEqual([
        {
          sheet: 'phu-luc',
          rows: [
            ['STT', 'Nhiệm vụ'],
            ['1', 'Ban hành'],
          ],
        },
      ]);
    }
  });

  it('reads one column when no separator occurs', async () => {
    const { grids } = await read('DANH MỤC NHIỆM VỤ\nNăm 2026\n', 'tieu-de.txt');
    expect(grids[0]!.rows).toEqual([['DANH MỤC NHIỆM VỤ'], ['Năm 2026']]);
  });
});
