// Checks an add-in manifest against Microsoft's XSDs vendored in hosts/excel/schemas/office-addin-manifest/, offline
// (libxml2 compiled to WebAssembly). Usage: node scripts/validate-manifest.mjs [manifest.xml]
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateXML } from 'xmllint-wasm';

export const SCHEMA_DIR = fileURLToPath(new URL('../hosts/excel/schemas/office-addin-manifest/', import.meta.url));
const ROOT_SCHEMA = 'OfficeAppManifestV1_1.xsd';

/** Validates the manifest text; returns libxml2's messages, none when it is valid. */
export async function manifestErrors(text, fileName = 'manifest.xml') {
  const read = (name) => ({ fileName: name, contents: readFileSync(join(SCHEMA_DIR, name), 'utf8') });
  const others = readdirSync(SCHEMA_DIR).filter((name) => name.endsWith('.xsd') && name !== ROOT_SCHEMA);
  const result = await validateXML({ xml: [{ fileName, contents: text }], schema: [read(ROOT_SCHEMA)], preload: others.map(read) });
  return result.valid ? [] : result.errors.map((error) => error.rawMessage);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const file = process.argv[2] ?? 'hosts/excel/manifest.xml';
  const errors = await manifestErrors(readFileSync(file, 'utf8'), file);
  if (errors.length > 0) {
    console.error(`${file} does not follow the add-in manifest schemas:\n${errors.join('\n')}`);
    process.exit(1);
  }
  console.log(`${file} follows the add-in manifest schemas.`);
}
