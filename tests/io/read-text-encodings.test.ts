import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readGridFile } from '../../io/files/read-grid-file.js';
import { windows1258 } from '../helpers/windows-1258.js';
import { renderMessage } from '../../src/messages/catalogue.js';

const fixture = readFileSync(new URL('../fixtures/plans/an-tuong-2026.txt', import.meta.url), 'utf8');
const utf8 = (text: string) => new Uint8Array(Buffer.from(text, 'utf8'));
const utf16le = (text: string) => new Uint8Array(Buffer.from(text, 'utf16le'));
const utf16be = (text: string) => utf16le(text).map((_, i, bytes) => bytes[i % 2 === 0 ? i + 1 : i - 1]!);

describe('readGridFile decoding text', () => {
  it('reads a plan saved as UTF-16LE with a byte order mark, as Excel saves "Unicode Text", like the UTF-8 original', async () => {
    const original = await readGridFile(utf8(fixture), 'an-tuong-2026.txt');
    const unicodeText = await readGridFile(utf16le('\ufeff' + fixture), 'an-tuong-2026.txt');
    expect(unicodeText).toEqual(original);
    expect(unicodeText.grids[0]!.rows[7]![0]).toBe('1');
  });

  it('reads UTF-16BE with a byte order mark and UTF-16LE without one', async () => {
    const original = await readGridFile(utf8(fixture), 'an-tuong-2026.txt');
    expect(await readGridFile(utf16be('\ufeff' + fixture), 'an-tuong-2026.txt')).toEqual(original);
    expect(await readGridFile(utf16le(fixture), 'an-tuong-2026.txt')).toEqual(original);
    expect(await readGridFile(utf16be(fixture), 'an-tuong-2026.txt')).toEqual(original);
  });

  it('drops the byte order mark of a UTF-8 CSV from its first cell', async () => {
    const { grids, notices } = await readGridFile(utf8('\ufeffSTT,Nhiệm vụ\n1,Ban hành kế hoạch\n'), 'ke-hoach.csv');
    expect(grids[0]!.rows).toEqual([
      ['STT', 'Nhiệm vụ'],
      ['1', 'Ban hành kế hoạch'],
    ]);
    expect(notices.map(renderMessage)).toEqual([]);
  });

  it('reads a CSV from an old Vietnamese Windows Excel (Windows-1258) as NFC text, with a notice', async () => {
    const csv =
      'STT,Nhiệm vụ,Cơ quan chủ trì,Thời gian\r\n' +
      '1,Triển khai đo lường sự hài lòng của người dân,"Phòng Văn hóa - Xã hội, Công an phường",Quý IV/2026\r\n' +
      '2,Rà soát thủ tục hành chính nội bộ,Văn phòng HĐND và UBND,Trước ngày 15/01/2026\r\n';
    const bytes = windows1258(csv);
    expect(bytes.length).toBeLessThan(utf8(csv).length); // one byte per letter: really not UTF-8
    const { grids, notices } = await readGridFile(bytes, 'ke-hoach-cu.csv');
    expect(grids[0]!.rows).toEqual([
      ['STT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Thời gian'],
      ['1', 'Triển khai đo lường sự hài lòng của người dân', 'Phòng Văn hóa - Xã hội, Công an phường', 'Quý IV/2026'],
      ['2', 'Rà soát thủ tục hành chính nội bộ', 'Văn phòng HĐND và UBND', 'Trước ngày 15/01/2026'],
    ]);
    expect(grids[0]!.rows[1]![1]).toBe('Triển khai đo lường sự hài lòng của người dân'.normalize('NFC'));
    expect(notices).toHaveLength(1);
    expect(renderMessage(notices[0]!)).toContain('Windows-1258');
    expect(renderMessage(notices[0]!)).toContain('ke-hoach-cu.csv');
  });

  it('turns NFD text into NFC', async () => {
    const { grids } = await readGridFile(utf8('Hoa\u0300n tha\u0300nh\tQuy\u0301 I/2026'), 'tien-do.txt');
    expect(grids[0]!.rows).toEqual([['Hoàn thành', 'Quý I/2026']]);
  });
});
