import type { FormulaConvention } from './formula-locale.js';

const GROUPED: Readonly<Record<FormulaConvention, { decimal: string; group: RegExp }>> = {
  comma: { decimal: '.', group: /^\d{1,3}(?:,\d{3})+(?=\.|$)/ },
  semicolon: { decimal: ',', group: /^\d{1,3}(?:[. \u00A0]\d{3})+(?=,|$)/ },
};

/**
 * A number typed on the settings sheet as that locale writes numbers: a number cell as it is; a
 * text "7", "7,0" (Việt Nam: decimal comma, "1.000" a thousand) or "7.0" (English), with spaces
 * around. Anything else (a date, "bảy", "7 ngày", an empty cell) is null.
 *
 * @example readSettingNumber('7,0', 'semicolon') → 7; readSettingNumber('7.0', 'semicolon') → null
 */
export function readSettingNumber(value: unknown, convention: FormulaConvention): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value !== 'string') return null;
  let text = value.trim();
  const { decimal, group } = GROUPED[convention];
  const grouped = group.exec(text);
  if (grouped !== null) text = grouped[0].replace(/\D/g, '') + text.slice(grouped[0].length);
  const [whole, fraction, ...rest] = text.split(decimal);
  if (rest.length > 0 || whole === undefined || !/^[+-]?\d+$/.test(whole) || (fraction !== undefined && !/^\d+$/.test(fraction))) return null;
  return Number(fraction === undefined ? whole : `${whole}.${fraction}`);
}
