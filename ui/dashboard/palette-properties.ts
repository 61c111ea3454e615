import { RULE_COLOURS, STATUS_COLOURS, TABLE_COLOURS, hashed } from '../../src/sheet-model/palette.js';
import { STATUS_CODES } from '../../src/status/status-codes.js';
import { statusClass } from './dom.js';

/**
 * The core's palette as CSS custom properties (`--status-overdue`, `--header-fill`, `--rule-overdue-fill`…),
 * so that dashboard.css colours the UI as the workbooks are coloured, without a second copy of any colour.
 */
export function paletteProperties(): Record<string, string> {
  const properties: Record<string, string> = {};
  for (const code of STATUS_CODES) properties[`--status-${statusClass(code)}`] = hashed(STATUS_COLOURS[code]);
  for (const [name, rgb] of Object.entries(TABLE_COLOURS)) properties[`--${kebab(name)}`] = hashed(rgb);
  for (const [look, colours] of Object.entries(RULE_COLOURS)) {
    for (const [part, rgb] of Object.entries(colours)) properties[`--rule-${kebab(look)}-${part}`] = hashed(rgb);
  }
  return properties;
}

/** Puts the palette on an element (the document's root, so that the page's own parts see it too). */
export function applyPalette(target: HTMLElement = document.documentElement): void {
  for (const [name, value] of Object.entries(paletteProperties())) target.style.setProperty(name, value);
}

function kebab(name: string): string {
  return name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
}
