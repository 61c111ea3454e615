import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { manifestErrors } from '../../scripts/validate-manifest.mjs';

/** `npm run validate` offline: manifest.xml against Microsoft's XSDs vendored in hosts/excel/schemas/office-addin-manifest */
const manifest = readFileSync(new URL('../../hosts/excel/manifest.xml', import.meta.url), 'utf8');

/** The manifest with one exact piece of it replaced; fails when the piece is not there, so no case passes vacuously. */
const broken = (from: string, to: string): string => {
  expect(manifest).toContain(from);
  return manifest.replace(from, to);
};

describe('the add-in manifest against the schemas', () => {
  it('is valid as committed', async () => {
    expect(await manifestErrors(manifest)).toEqual([]);
  });

  it('rejects elements out of the schema order', async () => {
    const permissions = '<Permissions>ReadWriteDocument</Permissions>';
    const errors = await manifestErrors(broken(permissions, '').replace('<Version>1.0.0.0</Version>', `<Version>1.0.0.0</Version>${permissions}`));
    expect(errors.join('\n')).toContain('Permissions');
  });

  it.each([
    ['a version that is not dotted numbers', '<Version>1.0.0.0</Version>', '<Version>một</Version>', 'Version'],
    ['a required element missing', '<ProviderName>Văn phòng UBND phường</ProviderName>', '', 'ProviderName'],
    ['the permissions left out', '<Permissions>ReadWriteDocument</Permissions>', '', 'Permissions'],
    ['a permission the schema does not know', '<Permissions>ReadWriteDocument</Permissions>', '<Permissions>Everything</Permissions>', 'Everything'],
    ['an unknown element in the ribbon', '<Action xsi:type="ShowTaskpane">', '<Action xsi:type="ShowTaskpane"><Unknown/>', 'Unknown'],
  ])('rejects %s', async (_case, from, to, named) => {
    const errors = await manifestErrors(broken(from, to));
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.join('\n')).toContain(named);
  });
});
