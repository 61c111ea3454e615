import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../../src/grid/cell-value.js';
import { readPlan } from '../../../src/plan/read-plan.js';
import { buildSummary } from '../../../src/summary/build-summary.js';
import { assessForPeriod } from '../../../src/summary/assess-for-period.js';
import { calendarQuarter } from '../../../src/summary/report-periods.js';
import { COMMON_UNITS } from '../../../src/units/common-units.js';
import { groupUnits } from '../../../src/units/group-units.js';
import { splitUnits } from '../../../src/units/split-units.js';
import { unitKey } from '../../../src/units/unit-key.js';

const names = (groups: ReturnType<typeof groupUnits>) => groups.map((group) => group.name);

describe('lead units of a scanned plan', () => {
  // As a scanner without diacritics gives a plan's three lead units, row after row.
  const scanned = [
    'Phong Van hoa — Xa hoi',
    'Phong Van hoa - Xa hoi',
    'Phong Vin hod - X2 hoi',
    'Phong Van hoa - Xa hoi phuong',
    'Phong Van hoa-Xa hol',
    'Phong Van lioa - Xa hoi',
    'Phòng Văn hóa - Xã hội',
    'Van phong HDND& UBND Phudng',
    'Van phong HDND va UBND',
    'Van phong HDND va U8ND phuong',
    'Van phong HĐND và UBND',
    'Vin phong HDND va UBND',
    'Phong Kinh te, Ha tang va Do thi',
    'Phong Kinh te, Ha tang va Do thl',
    'Phong Kinh te. Ha tang va Do thi',
    'Phong Kinh tc, Ha tang va D0 thi',
    'Phòng Kinh tế, Hạ tầng và Đô thị',
  ];

  it('groups the damaged spellings to the true number of units', () => {
    const groups = groupUnits(scanned);
    expect(groups).toHaveLength(3);
    expect(groups.map((group) => group.spellings.length)).toEqual([7, 5, 5]);
  });

  it("shows each unit in a spelling with diacritics, the plan's own when it has one", () => {
    expect(names(groupUnits(scanned))).toEqual(['Phòng Văn hóa - Xã hội', 'Van phong HĐND và UBND', 'Phòng Kinh tế, Hạ tầng và Đô thị']);
  });

  it("shows the common unit's spelling when the plan never writes diacritics", () => {
    const withoutDiacritics = scanned.filter((name) => !/[\u00c0-\u1ef9]/.test(name));
    expect(withoutDiacritics).toHaveLength(14);
    expect(names(groupUnits(withoutDiacritics))).toEqual(['Phòng Văn hóa - Xã hội', 'Văn phòng HĐND và UBND phường', 'Phòng Kinh tế, Hạ tầng và Đô thị']);
    expect(names(groupUnits(['Cong an xa', 'Cong an xa', 'Tram Y te xa']))).toEqual(['Công an xã', 'Trạm Y tế xã']);
  });

  it('keys each unit as the common unit it is', () => {
    expect(groupUnits(scanned).map((group) => group.key)).toEqual(['phong van hoa xa hoi', 'van phong hoi dong nhan dan va uy ban nhan dan', 'phong kinh te ha tang va do thi']);
  });

  it("groups a damaged spelling with the plan's own spelling of a unit that is not on the common list", () => {
    const groups = groupUnits(['Tổ công tác chuyển đổi số phường', 'To cong tac chuyen doi so phuong', 'To cong tac chuyen d0i s0 phudng']);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.name).toBe('Tổ công tác chuyển đổi số phường');
  });
});

describe('similar units that are different units', () => {
  it('keeps "Phòng Kinh tế" and "Phòng Kinh tế, Hạ tầng và Đô thị" apart, damaged spellings of each with their own', () => {
    const groups = groupUnits(['Phòng Kinh tế', 'Phòng Kinh tế, Hạ tầng và Đô thị', 'Phong Kinh te', 'Phong Kinh tc', 'Phong Kinh te Ha tang va Do thl']);
    expect(groups.map((group) => [group.name, group.spellings.length])).toEqual([
      ['Phòng Kinh tế', 3],
      ['Phòng Kinh tế, Hạ tầng và Đô thị', 2],
    ]);
  });

  it('keeps units whose names differ in a word apart, however long the rest', () => {
    const groups = groupUnits([
      'các đơn vị sự nghiệp công lập trong lĩnh vực y tế',
      'các đơn vị sự nghiệp công lập trong lĩnh vực GD và ĐT',
      'Tổ dân phố 1',
      'Tổ dân phố 2',
      'Trung tâm Dịch vụ công',
      'Trung tâm Phục vụ hành chính công',
    ]);
    expect(groups).toHaveLength(6);
  });

  it('keeps two names typed with diacritics apart, though a scanner could have made one of the other', () => {
    expect(groupUnits(['Trường THCS Lê Lợi', 'Trường THCS Lê Lai'])).toHaveLength(2);
  });

  it('does not join two typed names through a scanned spelling close to both', () => {
    const groups = groupUnits(['Trường Lê Lợi', 'Trường Lê Lợi', 'Truong Le Lol', 'Trường Lê Lai']);
    expect(groups.map((group) => group.spellings)).toEqual([['Trường Lê Lợi', 'Truong Le Lol'], ['Trường Lê Lai']]);
  });

  it('takes "Công an phường" and "Công an xã" for one unit: a plan belongs to one ward or one commune', () => {
    const groups = groupUnits(['Công an phường', 'Công an xã', 'Cong an phuong']);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.name).toBe('Công an phường');
  });

  const entries = COMMON_UNITS.map((spellings, entry) => ({ entry, spellings }));

  it('has common units of distinct keys, the spellings of each sharing one', () => {
    const keys = entries.map(({ spellings }) => new Set(spellings.map(unitKey)));
    expect(keys.every((set) => set.size === 1)).toBe(true);
    expect(new Set(keys.map((set) => [...set][0])).size).toBe(COMMON_UNITS.length);
  });

  it('never merges two different common units, whatever else the plan names and in whatever order', () => {
    const noise = fc.constantFrom(
      'Phong Van hoa — Xa hoi',
      'Phong Vin hod - X2 hoi',
      'Van phong HDND& UBND Phudng',
      'Phong Kinh te Ha tang',
      'Phong Kinh te, Ha tang',
      'Phong Kinh',
      'Cong an',
      'Trung tam Dich vu',
      'Trung tam Phuc vu',
      'Uy ban nhan dan',
      'Hoi',
      'Doan',
      'Phong',
      'Van phong',
      'Ban Chi huy',
    );
    const damage = (name: string, seed: number) =>
      name
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .replace(/[đĐ]/g, seed % 2 === 0 ? 'd' : 'D')
        .replace(/a/, seed % 3 === 0 ? '4' : 'a');
    const named = fc.record({
      entry: fc.integer({ min: 0, max: entries.length - 1 }),
      spelling: fc.nat(),
      damaged: fc.boolean(),
      seed: fc.nat(),
    });
    fc.assert(
      fc.property(fc.array(named, { minLength: 2, maxLength: 12 }), fc.array(noise, { maxLength: 6 }), fc.nat(), (picked, extra, shift) => {
        const entryOf = new Map<string, number>();
        const listed = picked.map(({ entry, spelling, damaged, seed }) => {
          const spellings = entries[entry]!.spellings;
          const exact = spellings[spelling % spellings.length]!;
          const name = damaged ? damage(exact, seed) : exact;
          if (!damaged) entryOf.set(name, entry);
          return name;
        });
        const all = [...listed, ...extra];
        const order = all.map((_, i) => all[(i + shift) % all.length]!);
        for (const group of groupUnits(order)) {
          const exactEntries = new Set(group.spellings.flatMap((spelling) => (entryOf.has(spelling) ? [entryOf.get(spelling)] : [])));
          expect(exactEntries.size).toBeLessThanOrEqual(1);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('unit names broken over two lines', () => {
  it('are joined back when the first line cannot end a name or the second goes on in lower case', () => {
    expect(splitUnits('Văn phòng HĐND\nvà UBND')).toEqual(['Văn phòng HĐND và UBND']);
    expect(splitUnits('Phòng Văn hóa -\nXã hội')).toEqual(['Phòng Văn hóa - Xã hội']);
    expect(splitUnits('Phòng Kinh tế, Hạ tầng\nvà Đô thị')).toEqual(['Phòng Kinh tế, Hạ tầng và Đô thị']);
    expect(splitUnits('Phòng Văn hóa - Xã\nhội')).toEqual(['Phòng Văn hóa - Xã hội']);
  });

  it('are joined back when together they are a common unit and the second line alone is none', () => {
    expect(splitUnits('Phong Van hoa - Xa\nHoi')).toEqual(['Phong Van hoa - Xa Hoi']);
    expect(splitUnits('Phòng Kinh tế\nHạ tầng và Đô thị')).toEqual(['Phòng Kinh tế Hạ tầng và Đô thị']);
    expect(splitUnits('Phòng VHXH, Trung tâm Phục vụ\nHành chính công')).toEqual(['Phòng VHXH', 'Trung tâm Phục vụ Hành chính công']);
  });

  it('stay two units when the second line starts one', () => {
    expect(splitUnits('Phòng VHXH\nCông an phường')).toEqual(['Phòng VHXH', 'Công an phường']);
    expect(splitUnits('Phòng VHXH\ncác đơn vị liên quan')).toEqual(['Phòng VHXH', 'các đơn vị liên quan']);
    expect(splitUnits('Trung tâm Phục vụ HCC;\nCông an phường')).toEqual(['Trung tâm Phục vụ HCC', 'Công an phường']);
    expect(splitUnits('Phòng Kinh tế\nCông an phường')).toEqual(['Phòng Kinh tế', 'Công an phường']);
  });
});

describe('unit keys', () => {
  it('ignore invisible marks and mend a scanned abbreviation or trailing "phường"', () => {
    expect(unitKey('Ph\u200bòng Văn\u00ad hóa - Xã hội\u200e')).toBe('phong van hoa xa hoi');
    expect(unitKey('Van phong HDND& U8ND Phudng')).toBe(unitKey('Văn phòng HĐND và UBND phường'));
    expect(unitKey('Chánh Văn phòng')).toBe('chanh van phong');
  });
});

describe('the summary of a scanned plan', () => {
  it('counts each lead unit once under its best spelling', () => {
    const leads = ['Phong Van hoa — Xa hoi', 'Phong Vin hod - X2 hoi', 'Phòng Văn hóa - Xã hội', 'Van phong HDND& UBND Phudng', 'Van phong HDND va UBND'];
    const rows: CellValue[][] = [['STT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Thời gian'], ...leads.map((lead, i) => [String(i + 1), `Nhiệm vụ ${i + 1}`, lead, 'Quý I/2026'])];
    const result = readPlan({ sheet: 'Phụ lục', rows, merges: [] }, { fallbackYear: 2026, year: 2026 });
    if (!result.found) throw new Error(result.issue.message);
    expect(result.plan.units.map((unit) => unit.name)).toEqual(['Phòng Văn hóa - Xã hội', 'Văn phòng HĐND và UBND phường']);
    const period = calendarQuarter(2026, 1);
    const summary = buildSummary(assessForPeriod(result.plan, period, { asOf: '2026-03-20' }), period);
    expect(summary.units.map((unit) => [unit.unit, unit.total])).toEqual([
      ['Phòng Văn hóa - Xã hội', 3],
      ['Văn phòng HĐND và UBND phường', 2],
    ]);
  });
});
