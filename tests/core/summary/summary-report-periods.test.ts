import { describe, expect, it } from 'vitest';
import { ACCEPTED_PERIODS, calendarQuarters, defaultReportPeriod, DEFAULT_BOUNDARIES, ministryPeriods, parseReportPeriod } from '../../../src/summary/report-periods.js';

describe('the Ministry reporting periods (Công văn 581/BNV-CCHC)', () => {
  it('cuts off on the 14th and is due by the 20th, by default', () => {
    expect(DEFAULT_BOUNDARIES).toEqual({ dataStartDay: 15, cutOffDay: 14, reportDueDay: 20 });
  });

  it('lays out the four reports of 2026', () => {
    expect(ministryPeriods(2026)).toEqual([
      { kind: 'ministry', label: 'Quý I/2026', shortTitle: 'Quý I-2026', dataStart: '2025-12-15', cutOff: '2026-03-14', reportDue: '2026-03-20' },
      { kind: 'ministry', label: '6 tháng/2026', shortTitle: '6 tháng-2026', dataStart: '2025-12-15', cutOff: '2026-06-14', reportDue: '2026-06-20' },
      { kind: 'ministry', label: 'Quý III/2026', shortTitle: 'Quý III-2026', dataStart: '2026-06-15', cutOff: '2026-09-14', reportDue: '2026-09-20' },
      { kind: 'ministry', label: 'Năm 2026', shortTitle: 'Năm 2026', dataStart: '2025-12-15', cutOff: '2026-12-14', reportDue: '2026-12-20' },
    ]);
  });

  it('lays out the four reports of the leap year 2028, the first starting in December 2027', () => {
    expect(ministryPeriods(2028)).toEqual([
      { kind: 'ministry', label: 'Quý I/2028', shortTitle: 'Quý I-2028', dataStart: '2027-12-15', cutOff: '2028-03-14', reportDue: '2028-03-20' },
      { kind: 'ministry', label: '6 tháng/2028', shortTitle: '6 tháng-2028', dataStart: '2027-12-15', cutOff: '2028-06-14', reportDue: '2028-06-20' },
      { kind: 'ministry', label: 'Quý III/2028', shortTitle: 'Quý III-2028', dataStart: '2028-06-15', cutOff: '2028-09-14', reportDue: '2028-09-20' },
      { kind: 'ministry', label: 'Năm 2028', shortTitle: 'Năm 2028', dataStart: '2027-12-15', cutOff: '2028-12-14', reportDue: '2028-12-20' },
    ]);
  });

  it('follows boundaries the province sets otherwise: data from the 16th, cut off on the 15th, due by the 25th', () => {
    const periods = ministryPeriods(2026, { dataStartDay: 16, cutOffDay: 15, reportDueDay: 25 });
    expect(periods.map(({ dataStart, cutOff, reportDue }) => [dataStart, cutOff, reportDue])).toEqual([
      ['2025-12-16', '2026-03-15', '2026-03-25'],
      ['2025-12-16', '2026-06-15', '2026-06-25'],
      ['2026-06-16', '2026-09-15', '2026-09-25'],
      ['2025-12-16', '2026-12-15', '2026-12-25'],
    ]);
  });

  it('reads the 31st as the last day of a month of 30 days', () => {
    const periods = ministryPeriods(2026, { dataStartDay: 31, cutOffDay: 31, reportDueDay: 31 });
    expect(periods.map(({ dataStart, cutOff }) => [dataStart, cutOff])).toEqual([
      ['2025-12-31', '2026-03-31'],
      ['2025-12-31', '2026-06-30'],
      ['2026-06-30', '2026-09-30'],
      ['2025-12-31', '2026-12-31'],
    ]);
  });

  it('refuses a boundary that is not a day of the month, saying which', () => {
    expect(() => ministryPeriods(2026, { ...DEFAULT_BOUNDARIES, cutOffDay: 0 })).toThrow(/cutOffDay/);
    expect(() => ministryPeriods(2026, { ...DEFAULT_BOUNDARIES, reportDueDay: 32 })).toThrow(RangeError);
    expect(() => ministryPeriods(2026, { ...DEFAULT_BOUNDARIES, dataStartDay: 14.5 })).toThrow(/dataStartDay/);
  });
});

describe('calendar quarters', () => {
  it('lays out the four quarters of 2026, with no report due date', () => {
    expect(calendarQuarters(2026)).toEqual([
      { kind: 'quarter', label: 'Q1/2026', shortTitle: 'Q1-2026', dataStart: '2026-01-01', cutOff: '2026-03-31', reportDue: null },
      { kind: 'quarter', label: 'Q2/2026', shortTitle: 'Q2-2026', dataStart: '2026-04-01', cutOff: '2026-06-30', reportDue: null },
      { kind: 'quarter', label: 'Q3/2026', shortTitle: 'Q3-2026', dataStart: '2026-07-01', cutOff: '2026-09-30', reportDue: null },
      { kind: 'quarter', label: 'Q4/2026', shortTitle: 'Q4-2026', dataStart: '2026-10-01', cutOff: '2026-12-31', reportDue: null },
    ]);
  });

  it('lays out the quarters of the leap year 2028 the same way', () => {
    expect(calendarQuarters(2028).map(({ label, dataStart, cutOff }) => [label, dataStart, cutOff])).toEqual([
      ['Q1/2028', '2028-01-01', '2028-03-31'],
      ['Q2/2028', '2028-04-01', '2028-06-30'],
      ['Q3/2028', '2028-07-01', '2028-09-30'],
      ['Q4/2028', '2028-10-01', '2028-12-31'],
    ]);
  });
});

describe('parseReportPeriod', () => {
  const labelOf = (text: string) => parseReportPeriod(text)?.label ?? null;

  it.each([
    ['Quý I/2026', 'Quý I/2026'],
    ['quy I/2026', 'Quý I/2026'],
    ['QUÝ I - 2026', 'Quý I/2026'],
    ['Quý I năm 2026', 'Quý I/2026'],
    ['Quý I-2026', 'Quý I/2026'],
    ['Báo cáo quý I/2026', 'Quý I/2026'],
    ['Quý 1/2026', 'Quý I/2026'],
    ['quý I năm 2026', 'Quý I/2026'],
    ['Quý 1 năm 2026', 'Quý I/2026'],
    ['quy 1-2026', 'Quý I/2026'],
    ['Quý 3/2026', 'Quý III/2026'],
    ['Quý III/2026', 'Quý III/2026'],
    ['quy iii 2026', 'Quý III/2026'],
    ['6 tháng/2026', '6 tháng/2026'],
    ['6 thang/2026', '6 tháng/2026'],
    ['6 tháng đầu năm 2026', '6 tháng/2026'],
    ['06 tháng năm 2026', '6 tháng/2026'],
    ['6 tháng-2026', '6 tháng/2026'],
    ['Năm 2026', 'Năm 2026'],
    ['Nam 2026', 'Năm 2026'],
    ['năm/2026', 'Năm 2026'],
    ['Cả năm 2026', 'Năm 2026'],
  ])('reads "%s" as the Ministry report %s', (text, label) => {
    expect(parseReportPeriod(text)).toMatchObject({ kind: 'ministry', label });
  });

  it.each([
    ['Q1/2026', 'Q1/2026'],
    ['q2-2026', 'Q2/2026'],
    ['Q3 2026', 'Q3/2026'],
    ['Q4-2026', 'Q4/2026'],
    ['Q IV/2026', 'Q4/2026'],
    ['q1 năm 2026', 'Q1/2026'],
  ])('reads "%s" as the calendar quarter %s', (text, label) => {
    expect(parseReportPeriod(text)).toMatchObject({ kind: 'quarter', label });
  });

  it('reads "Quý 1/2026", "Quý I/2026" and "quý I năm 2026" as one report period', () => {
    const [arabic, roman, words] = ['Quý 1/2026', 'Quý I/2026', 'quý I năm 2026'].map((text) => parseReportPeriod(text));
    expect(arabic).toEqual(ministryPeriods(2026)[0]);
    expect(roman).toEqual(arabic);
    expect(words).toEqual(arabic);
    expect(parseReportPeriod('Q1/2026')).not.toEqual(arabic);
  });

  it('lists every kind of period it reads, for the message that answers one it cannot', () => {
    for (const example of ['Quý I/2026', 'Quý 1/2026', '6 tháng/2026', 'Quý III/2026', 'Năm 2026', 'Q1/2026', 'Q4/2026']) {
      expect(ACCEPTED_PERIODS).toContain(`“${example}”`);
      expect(parseReportPeriod(example)).not.toBeNull();
    }
  });

  it('reads text in decomposed Unicode (NFD) as typed in NFC', () => {
    expect(labelOf('Quý III/2026'.normalize('NFD'))).toBe('Quý III/2026');
    expect(labelOf('6 tháng đầu năm 2026'.normalize('NFD'))).toBe('6 tháng/2026');
  });

  it.each(['', 'Quý 2/2026', 'Quý II/2026', 'Quý IV/2026', 'Quý 4-2026', 'Quý 5/2026', 'Quý V/2026', 'Quý I', '2026', '6 tháng cuối năm 2026', 'Tháng 3/2026', 'Q1/26', 'Quý I/2026 và Quý III/2026'])(
    'names no period for "%s"',
    (text) => {
      expect(parseReportPeriod(text)).toBeNull();
    },
  );

  it('reads back every label and short title it gives', () => {
    for (const period of [...ministryPeriods(2026), ...calendarQuarters(2026)]) {
      expect(parseReportPeriod(period.label)).toEqual(period);
      expect(parseReportPeriod(period.shortTitle)).toEqual(period);
    }
  });

  it('lays out the period with the boundaries given', () => {
    expect(parseReportPeriod('Quý I/2026', { dataStartDay: 16, cutOffDay: 15, reportDueDay: 25 })).toMatchObject({
      dataStart: '2025-12-16',
      cutOff: '2026-03-15',
      reportDue: '2026-03-25',
    });
  });
});

describe('defaultReportPeriod', () => {
  const labelOn = (today: string) => defaultReportPeriod(today).label;

  it('is the first report of the year in January', () => {
    expect(labelOn('2026-01-01')).toBe('Quý I/2026');
  });

  it('is the Quý I report in the days between its cut-off and its due date', () => {
    expect(labelOn('2026-03-18')).toBe('Quý I/2026');
  });

  it('is still the Quý I report on the 20th, the day it is due', () => {
    expect(labelOn('2026-03-20')).toBe('Quý I/2026');
  });

  it('moves on to the 6-month report on the 21st', () => {
    expect(labelOn('2026-03-21')).toBe('6 tháng/2026');
  });

  it('moves on to Quý III on 21 June and to the year report on 21 September', () => {
    expect(labelOn('2026-06-20')).toBe('6 tháng/2026');
    expect(labelOn('2026-06-21')).toBe('Quý III/2026');
    expect(labelOn('2026-09-20')).toBe('Quý III/2026');
    expect(labelOn('2026-09-21')).toBe('Năm 2026');
  });

  it('is the year report in late November', () => {
    expect(labelOn('2026-11-22')).toBe('Năm 2026');
  });

  it('is the year report on 20 December and the next year’s Quý I from the 21st', () => {
    expect(labelOn('2026-12-20')).toBe('Năm 2026');
    expect(defaultReportPeriod('2026-12-21')).toEqual(ministryPeriods(2027)[0]);
    expect(labelOn('2026-12-31')).toBe('Quý I/2027');
  });

  it('waits for a later due day when the boundaries set one', () => {
    const boundaries = { dataStartDay: 16, cutOffDay: 15, reportDueDay: 25 };
    expect(defaultReportPeriod('2026-03-25', boundaries)).toMatchObject({ label: 'Quý I/2026', cutOff: '2026-03-15' });
    expect(defaultReportPeriod('2026-03-26', boundaries).label).toBe('6 tháng/2026');
  });
});
