/** A new element with its class and text: every user's text goes in with textContent, never as markup. */
export function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className !== undefined) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** The CSS name of a status code: OVERDUE → "overdue", DUE_SOON → "due-soon". */
export function statusClass(code: string): string {
  return code.toLowerCase().replace(/_/g, '-');
}
