import type ExcelJS from 'exceljs';
import type { CellLook, CellRange, DetailedSheetModel, LookVariant } from '../../src/sheet-model/sheet-model.js';
import { STYLES } from './report-styles.js';

type Style = Partial<ExcelJS.Style>;

/** The style of a look, refined by its variant; an empty cell of a section row is only bold on grey. */
export function styleOf(look: CellLook, variant: LookVariant | undefined, empty: boolean): Style {
  switch (look) {
    case 'title':
      return STYLES.title;
    case 'subtitle':
      return STYLES.subtitle;
    case 'header':
      return STYLES.header;
    case 'helper':
      return STYLES.helperHeader;
    case 'section':
      if (variant === 'band') return STYLES.band;
      if (variant === 'centred') return STYLES.sectionLabel;
      return empty ? STYLES.sectionCell : STYLES.sectionTitle;
    case 'body':
      return variant === 'centred' ? STYLES.centred : STYLES.text;
    case 'date':
      return variant === 'input' ? STYLES.inputDate : STYLES.date;
    case 'number':
      return variant === 'input' ? STYLES.input : variant === 'bold' ? STYLES.totalCount : STYLES.count;
    case 'percent':
      return variant === 'bold' ? STYLES.totalPercent : STYLES.percent;
    case 'note':
      return variant === 'small' ? STYLES.smallNote : variant === 'bold' ? STYLES.label : STYLES.note;
    case 'total':
      return STYLES.totalText;
  }
}

/**
 * A row's cell styles by column (null: none), from the looks and variants over it, for rows asked in
 * order (a sweep down the sheet). Rows under the same looks, with the same cells empty, share one
 * array, so a long table costs little a row.
 */
export function rowStyles(model: DetailedSheetModel): (row: number) => readonly (Style | null)[] {
  const looks = sweep(model.looks.map((item, id) => ({ ...item, id })));
  const variants = sweep(model.lookVariants.map((item, id) => ({ ...item, id })));
  // By the looks over the row (a new array each time they change), then by which cells are empty.
  let cachedLooks: unknown = null;
  let cachedVariants: unknown = null;
  let cache = new Map<string, (Style | null)[]>();
  return (row) => {
    const rowLooks = looks(row);
    const rowVariants = variants(row);
    if (rowLooks !== cachedLooks || rowVariants !== cachedVariants) {
      cachedLooks = rowLooks;
      cachedVariants = rowVariants;
      cache = new Map();
    }
    const cells = model.rows[row] ?? [];
    let key = '';
    for (const content of cells) key += content === null ? '0' : '1';
    let styles = cache.get(key);
    if (styles === undefined) {
      const width = Math.max(cells.length, ...rowLooks.map(({ range }) => range.right + 1));
      styles = Array.from({ length: width }, () => null);
      for (const { range, look } of rowLooks) {
        for (let column = range.left; column <= range.right; column++) {
          const variant = rowVariants.find((item) => item.range.left <= column && column <= item.range.right)?.variant;
          styles[column] = styleOf(look, variant, cells[column] === null || cells[column] === undefined);
        }
      }
      cache.set(key, styles);
    }
    return styles;
  };
}

/** The items over each row, for rows asked in increasing order. */
function sweep<T extends { range: CellRange; id: number }>(items: readonly T[]): (row: number) => T[] {
  const pending = [...items].sort((a, b) => a.range.top - b.range.top || a.id - b.id);
  let next = 0;
  let active: T[] = [];
  return (row) => {
    // A new array whenever the items change, so that callers may cache by it.
    const starting = next;
    while (next < pending.length && pending[next]!.range.top <= row) next++;
    const ended = active.some((item) => item.range.bottom < row);
    if (next > starting || ended) {
      active = [...active.filter((item) => item.range.bottom >= row), ...pending.slice(starting, next)].sort((a, b) => a.id - b.id);
    }
    return active;
  };
}
