import { existsSync, readFileSync } from 'node:fs';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';

/**
 * A structural check of manifest.xml, since Microsoft's validator (office-addin-manifest validate)
 * needs the network: well-formed, elements in the schema's order, every resid and URL resolving,
 * icons present, and the ribbon's function name equal to the id the commands page associates.
 */
const root = new URL('../../', import.meta.url);
const text = readFileSync(new URL('hosts/excel/manifest.xml', root), 'utf8');
type Node = Record<string, unknown>;
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', preserveOrder: true });
const ordered = parser.parse(text) as Node[];

/** Child element names of a preserveOrder node, in document order (comments and text left out). */
const childNames = (node: Node): string[] => {
  const name = Object.keys(node).find((key) => key !== ':@')!;
  return (node[name] as Node[]).map((child) => Object.keys(child).find((key) => key !== ':@')!).filter((key) => key !== '#text' && key !== '#comment');
};
const child = (node: Node, name: string): Node => {
  const own = Object.keys(node).find((key) => key !== ':@')!;
  const found = (node[own] as Node[]).find((c) => name in c);
  if (found === undefined) throw new Error(`no <${name}> in <${own}>`);
  return found;
};
const all = (nodes: Node[], visit: (name: string, attributes: Record<string, string>, node: Node) => void) => {
  for (const node of nodes) {
    const name = Object.keys(node).find((key) => key !== ':@')!;
    visit(name, (node[':@'] ?? {}) as Record<string, string>, node);
    if (Array.isArray(node[name])) all(node[name] as Node[], visit);
  }
};
/** Elements in the order the schema requires: the ones present must appear in this order. */
const inSchemaOrder = (names: string[], schema: string[]) => {
  const positions = names.map((name) => schema.indexOf(name));
  expect(
    positions.every((position) => position >= 0),
    `unknown element among ${names.join(', ')}`,
  ).toBe(true);
  expect(positions).toEqual([...positions].sort((a, b) => a - b));
};

const officeApp = ordered.find((node) => 'OfficeApp' in node)!;

describe('manifest.xml', () => {
  it('is well-formed XML with an OfficeApp of type TaskPaneApp for Excel workbooks', () => {
    expect(XMLValidator.validate(text)).toBe(true);
    expect((officeApp[':@'] as Record<string, string>)['@xsi:type']).toBe('TaskPaneApp');
    expect(text).toMatch(/<Host Name="Workbook"\/>/);
    expect(text).toMatch(/<DefaultLocale>vi-VN<\/DefaultLocale>/);
    expect(text).toMatch(/<Set Name="ExcelApi" MinVersion="1\.7"\/>/);
    expect(text).toMatch(/<Id>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}<\/Id>/);
  });

  it('has its elements in schema order', () => {
    inSchemaOrder(childNames(officeApp), [
      'Id',
      'AlternateId',
      'Version',
      'ProviderName',
      'DefaultLocale',
      'DisplayName',
      'Description',
      'IconUrl',
      'HighResolutionIconUrl',
      'SupportUrl',
      'AppDomains',
      'Hosts',
      'Requirements',
      'DefaultSettings',
      'Permissions',
      'VersionOverrides',
    ]);
    const overrides = child(officeApp, 'VersionOverrides');
    inSchemaOrder(childNames(overrides), ['Description', 'Requirements', 'Hosts', 'Resources']);
    const host = child(child(overrides, 'Hosts'), 'Host');
    const desktop = child(host, 'DesktopFormFactor');
    inSchemaOrder(childNames(desktop), ['GetStarted', 'FunctionFile', 'ExtensionPoint']);
    inSchemaOrder(childNames(child(desktop, 'GetStarted')), ['Title', 'Description', 'LearnMoreUrl']);
    const group = child(child(child(desktop, 'ExtensionPoint'), 'OfficeTab'), 'Group');
    inSchemaOrder(childNames(group), ['Label', 'Icon', 'Control']);
    all([group], (name, _attributes, node) => {
      if (name === 'Control') inSchemaOrder(childNames(node), ['Label', 'Supertip', 'Icon', 'Action']);
    });
    inSchemaOrder(childNames(child(overrides, 'Resources')), ['bt:Images', 'bt:Urls', 'bt:ShortStrings', 'bt:LongStrings']);
  });

  it('resolves every resid to a resource of the right kind, and every URL to https://localhost:3000 with existing files', () => {
    const resources = new Map<string, string>();
    const resids: { element: string; resid: string }[] = [];
    const urls: string[] = [];
    all(ordered, (name, attributes) => {
      if (attributes['@id'] !== undefined && ['bt:Image', 'bt:Url', 'bt:String'].includes(name)) resources.set(attributes['@id'], name);
      if (attributes['@resid'] !== undefined) resids.push({ element: name, resid: attributes['@resid'] });
      for (const [key, value] of Object.entries(attributes)) if (!key.startsWith('@xmlns') && /^\w+:\/\//.test(value)) urls.push(value);
    });
    expect(resids.length).toBeGreaterThan(10);
    for (const [, domain] of text.matchAll(/<AppDomain>([^<]+)<\/AppDomain>/g)) expect(domain).toBe('https://localhost:3000');
    for (const { element, resid } of resids) {
      const kind = resources.get(resid);
      expect(kind, `resid ${resid}`).toBeDefined();
      if (element === 'bt:Image') expect(kind).toBe('bt:Image');
      if (['SourceLocation', 'FunctionFile', 'LearnMoreUrl'].includes(element)) expect(kind).toBe('bt:Url');
      if (['Label', 'Title', 'Description'].includes(element)) expect(kind).toBe('bt:String');
    }
    const shortStrings = [...text.matchAll(/<bt:ShortStrings>([\s\S]*?)<\/bt:ShortStrings>/g)].join('');
    for (const [, value] of shortStrings.matchAll(/DefaultValue="([^"]*)"/g)) expect(value!.length).toBeLessThanOrEqual(125);
    for (const url of urls) {
      expect(url).toMatch(/^https:\/\/localhost:3000\//);
      const path = new URL(url).pathname.slice(1);
      const file = path.startsWith('assets/') ? path : path === '' ? 'hosts/excel/taskpane.html' : `hosts/excel/${path}`;
      expect(existsSync(new URL(file, root)), `${url} → ${file}`).toBe(true);
    }
    for (const size of [16, 32, 64, 80, 128]) expect(existsSync(new URL(`assets/icon-${size}.png`, root))).toBe(true);
    expect(text).toContain('<SourceLocation DefaultValue="https://localhost:3000/taskpane.html"/>');
  });

  it('names the ribbon buttons in Vietnamese on the Home tab', () => {
    expect(text).toMatch(/<OfficeTab id="TabHome">/);
    expect(text).toContain('DefaultValue="CCHC"');
    expect(text).toContain('DefaultValue="Bảng điều khiển"');
    expect(text).toContain('DefaultValue="Tổng hợp quý"');
    expect(text).toMatch(/<Action xsi:type="ShowTaskpane">/);
  });

  it('runs the function the commands page associates', () => {
    const names = [...text.matchAll(/<FunctionName>([^<]+)<\/FunctionName>/g)].map((match) => match[1]);
    const commands = readFileSync(new URL('hosts/excel/commands.ts', root), 'utf8');
    const associated = [...commands.matchAll(/Office\.actions\.associate\(\s*'([^']+)'/g)].map((match) => match[1]);
    expect(names).toEqual(['tongHopQuy']);
    expect(associated).toEqual(names);
    expect(text).toContain('<bt:Url id="Commands.Url" DefaultValue="https://localhost:3000/commands.html"/>');
  });
});
