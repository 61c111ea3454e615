/**
 * What the browser bundle gets for the two Node built-ins the report writer imports for its Node-only
 * paths (the streaming writer's `node:stream`, its data-bar patch's `node:module`). The standalone page
 * writes through exceljs' in-memory workbook, which never calls them; if it ever did, it says so.
 */
const unavailable = (what: string) => (): never => {
  throw new Error(`${what} không có trong trình duyệt.`);
};

export class PassThrough {
  constructor() {
    unavailable('node:stream')();
  }
}

export const createRequire = unavailable('node:module');
