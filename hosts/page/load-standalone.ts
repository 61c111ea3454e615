/**
 * Switches the task pane page to its standalone mode (no Office host): loads the standalone bundle and
 * its stylesheet from beside the page, as classic files, so that it works from any web server and from
 * disk (file://). Kept out of taskpane.js so that the pane inside Excel does not carry the report writer.
 */
export function loadStandalone(doc: Document = document): void {
  const style = doc.createElement('link');
  style.rel = 'stylesheet';
  style.href = 'standalone.css';
  const script = doc.createElement('script');
  script.src = 'standalone.js';
  doc.head.append(style, script);
}
