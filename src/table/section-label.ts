const ROMAN_VALUES: Readonly<Record<string, number>> = { I: 1, V: 5, X: 10 };

/** A Roman numeral's value, or null: "IV" → 4, "XII" → 12, "IIII" → null. */
function romanValue(numeral: string): number | null {
  let total = 0;
  for (let i = 0; i < numeral.length; i++) {
    const value = ROMAN_VALUES[numeral[i]!]!;
    const next = ROMAN_VALUES[numeral[i + 1] ?? ''] ?? 0;
    total += value < next ? -value : value;
  }
  const canonical = ['', 'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX'];
  const tens = ['', 'X', 'XX', 'XXX'];
  const written = (tens[Math.floor(total / 10)] ?? '') + (canonical[total % 10] ?? '');
  return written === numeral && total > 0 ? total : null;
}

const LEADING_NUMERAL = /^(?:PHẦN|Phần|MỤC|Mục|Phan|Muc)?\s*([IVX1l]{1,5})(?=$|[\s.):\-–—])[\s.):\-–—]*(.*)$/s;

/**
 * The section a cell opens, if it starts with a Roman numeral: "II CẢI CÁCH THỂ CHẾ" → II and its title,
 * "I." → I with no title, "1V." (a scan's IV) → IV. Arabic numbers are tasks, not sections.
 */
export function readSectionLabel(text: string): { label: string; title: string } | null {
  const match = LEADING_NUMERAL.exec(text.trim());
  if (!match) return null;
  const raw = match[1]!;
  if (!/[IVX]/.test(raw)) return null;
  const numeral = raw.replace(/[1l]/g, 'I');
  if (romanValue(numeral) === null) return null;
  return {
    label: numeral,
    title: match[2]!
      .trim()
      .replace(/\s*\n\s*/g, ' ')
      .replace(/[.:]$/, ''),
  };
}
