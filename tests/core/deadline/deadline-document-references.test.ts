import { describe, expect, it } from 'vitest';
import { maskDocumentReferences } from '../../../src/deadline/mask-document-references.js';
import { parseDeadline } from '../../../src/deadline/parse-deadline.js';

const read = (text: string) => parseDeadline(text, { planYear: 2026 });

describe('dates of the documents a deadline cell cites', () => {
  it('are never the deadline', () => {
    expect(read('Theo Nghị định số 186/2025/NĐ-CP ngày 01/7/2025')).toMatchObject({ kind: 'directive', due: null });
    expect(read('Theo Công văn 581/BNV-CCHC ngày 15 tháng 02 năm 2026')).toMatchObject({ kind: 'directive', due: null });
  });

  it('do not stand in for a deadline on their own', () => {
    expect(read('Kế hoạch số 12/KH-UBND ngày 05/01/2026')).toMatchObject({ kind: 'unknown', due: null });
    expect(read('Nghị quyết 68-NQ/TW ngày 04 tháng 5 năm 2025')).toMatchObject({ kind: 'unknown', due: null });
  });

  it('leave the real deadline beside them alone', () => {
    expect(read('Trước ngày 15/01/2026 theo Kế hoạch số 12/KH-UBND ngày 05/01/2026')).toMatchObject({ kind: 'date', due: '2026-01-14' });
    expect(read('Quý I/2026 (theo Quyết định số 282/QĐ-TTg ngày 12/02/2026)')).toMatchObject({ kind: 'period', due: '2026-03-31' });
  });

  it('are masked with their numbers, template blanks included', () => {
    expect(maskDocumentReferences('theo nghi dinh so 186/2025/nd-cp ngay 01/7/2025')).toBe('theo nghi dinh van-ban');
    expect(maskDocumentReferences('ke hoach so /kh-ubnd ngay /01/2026')).toBe('ke hoach van-ban');
    expect(maskDocumentReferences('quy 1/2026')).toBe('quy 1/2026');
    expect(maskDocumentReferences('2026-2030')).toBe('2026-2030');
  });
});
