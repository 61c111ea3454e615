import type { Page } from 'playwright-core';

/** What a page's layout breaks, measured in the page itself. */
export interface LayoutProblems {
  /** Elements whose visible right edge passes the viewport: "tag.class: right edge / viewport". */
  readonly tooWide: string[];
  /** Line breaks inside a word: the text either side of the break. */
  readonly splitWords: string[];
  /** Chart labels' font sizes in CSS pixels. */
  readonly chartLabelSizes: number[];
  readonly scrollWidth: number;
  readonly viewport: number;
}

/**
 * Measures the page as it is laid out now. An element's visible right edge is its box's, cut by every
 * ancestor that clips or scrolls sideways (a wide table inside a scrolling box does not widen the
 * page). A text node's lines are found character by character with a Range: wherever a character
 * starts a new line, the character before it (visible or collapsed) must be a space or a hyphen.
 */
export function measureLayout(page: Page): Promise<LayoutProblems> {
  return page.evaluate(() => {
    const viewport = document.documentElement.clientWidth;
    const tooWide: string[] = [];
    const clipsSideways = (element: Element) => ['auto', 'scroll', 'hidden', 'clip'].includes(getComputedStyle(element).overflowX);
    for (const element of Array.from(document.body.querySelectorAll('*'))) {
      const box = element.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      let right = box.right + window.scrollX;
      for (let parent = element.parentElement; parent !== null && parent !== document.body; parent = parent.parentElement) {
        if (clipsSideways(parent)) right = Math.min(right, parent.getBoundingClientRect().right + window.scrollX);
      }
      if (right > viewport + 0.5)
        tooWide.push(`${element.tagName.toLowerCase()}${element.id === '' ? '' : `#${element.id}`}.${Array.from(element.classList).join('.')}: ${Math.round(right)} / ${viewport}`);
    }

    const splitWords: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      if (text.trim() === '' || node.parentElement?.closest('script, style, option, select, textarea') != null) continue;
      let lastTop: number | null = null;
      let lastIndex = -1;
      for (let index = 0; index < text.length; index++) {
        range.setStart(node, index);
        range.setEnd(node, index + 1);
        const rects = range.getClientRects();
        if (rects.length === 0 || rects[0]!.width === 0) continue;
        const top = rects[0]!.top;
        if (lastTop !== null && top > lastTop + rects[0]!.height / 2) {
          const between = text.slice(lastIndex, index);
          if (!/[\s\u00ad\-‐–—]/.test(between)) splitWords.push(`${text.slice(Math.max(0, lastIndex - 12), lastIndex + 1)}|${text.slice(index, index + 12)}`);
        }
        lastTop = top;
        lastIndex = index;
      }
    }
    const chartLabelSizes = Array.from(document.querySelectorAll('.dash-chart-label, .dash-chart-count'))
      .filter((label) => label.getClientRects().length > 0)
      .map((label) => parseFloat(getComputedStyle(label).fontSize));
    return { tooWide, splitWords, chartLabelSizes, scrollWidth: document.documentElement.scrollWidth, viewport };
  });
}
