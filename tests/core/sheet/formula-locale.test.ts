import { describe, expect, it } from 'vitest';
import { canonicalFormula, formulaConventionOf, localizeFormula } from '../../../src/sheet/formula-locale.js';

describe('formulaConventionOf', () => {
  it.each([
    ['vi_VN', 'semicolon'],
    ['vi', 'semicolon'],
    ['de_DE', 'semicolon'],
    ['fr_FR', 'semicolon'],
    ['pt_BR', 'semicolon'],
    ['fr_CA', 'semicolon'],
    ['', 'semicolon'],
    ['en_US', 'comma'],
    ['en_GB', 'comma'],
    ['en', 'comma'],
    ['ja_JP', 'comma'],
    ['de_CH', 'comma'],
    ['es_MX', 'comma'],
    ['es_ES', 'semicolon'],
    ['en-AU', 'comma'],
  ])('%s writes formulas with %s separators', (locale, convention) => {
    expect(formulaConventionOf(locale)).toBe(convention);
  });
});

describe('localizeFormula and canonicalFormula', () => {
  const cases: [string, string][] = [
    ['IF(A1>0.5,"a, b; c",{1,2;3,4})', 'IF(A1>0,5;"a, b; c";{1\\2;3\\4})'],
    ["SUM('Kế, hoạch'!A1:A3,NgayNghi,2.5E+3)", "SUM('Kế, hoạch'!A1:A3;NgayNghi;2,5E+3)"],
    ['IF(G5="He said ""x, y""",1,0)', 'IF(G5="He said ""x, y""";1;0)'],
    ['WORKDAY(INT(J5),5,NgayNghi)', 'WORKDAY(INT(J5);5;NgayNghi)'],
    ['{SUM(A1,A2),3.5}', '{SUM(A1;A2)\\3,5}'],
    ["'It''s, here'!B2+1", "'It''s, here'!B2+1"],
    ['TODAY()', 'TODAY()'],
  ];
  it.each(cases)('%s ↔ %s', (canonical, local) => {
    expect(localizeFormula(canonical, 'semicolon')).toBe(local);
    expect(canonicalFormula(local, 'semicolon')).toBe(canonical);
    expect(localizeFormula(canonical, 'comma')).toBe(canonical);
    expect(canonicalFormula(canonical, 'comma')).toBe(canonical);
  });

  it('keeps a Vietnamese text with commas, semicolons and digits as it is', () => {
    const formula = 'IF($L5="Hoàn thành, đúng hạn; 1.5",TRUE,FALSE)';
    expect(localizeFormula(formula, 'semicolon')).toBe('IF($L5="Hoàn thành, đúng hạn; 1.5";TRUE;FALSE)');
  });
});
