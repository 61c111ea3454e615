// Sorts the test files into the fast unit project and the integration project, by what each file uses,
// itself or through any file it imports: a browser (playwright-core), another process
// (child_process, LibreOffice's soffice), a build (esbuild, scripts/build*.mjs, scripts/release.mjs)
// or its output (dist/) make a test an integration test. Run it to print the split.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const USES_THE_OUTSIDE = [/['"](node:)?child_process['"]/, /['"]playwright-core['"]/, /['"]soffice['"]/, /['"]esbuild['"]/, /scripts\/(build[\w-]*|release)\.mjs/, /['"`][./]*dist\//];
const LOCAL_IMPORT = /(?:from|import\()\s*['"](\.{1,2}\/[^'"]+)['"]/g;

/** Every *.test.ts under `dir` (relative to `root`, with forward slashes). */
export function testFiles(root, dir = 'tests') {
  const found = [];
  const walk = (folder) => {
    for (const entry of readdirSync(join(root, folder), { withFileTypes: true })) {
      const path = `${folder}/${entry.name}`;
      if (entry.isDirectory()) {
        if (entry.name !== 'fixtures' && entry.name !== 'files' && entry.name !== 'node_modules') walk(path);
      } else if (entry.name.endsWith('.test.ts')) found.push(path);
    }
  };
  walk(dir);
  return found.sort();
}

/** True when the file, or a file it imports (however deep), reaches outside the process; memoised over one run. */
function usesTheOutside(root, file, known) {
  if (known.has(file)) return known.get(file);
  known.set(file, false); // an import cycle adds nothing
  const text = readFileSync(join(root, file), 'utf8');
  let outside = USES_THE_OUTSIDE.some((pattern) => pattern.test(text));
  for (const [, specifier] of outside ? [] : text.matchAll(LOCAL_IMPORT)) {
    const target = [resolve(root, dirname(file), specifier).replace(/\.js$/, '.ts'), resolve(root, dirname(file), specifier)].find((path) => existsSync(path) && statSync(path).isFile());
    if (target !== undefined && usesTheOutside(root, relative(root, target).split('\\').join('/'), known)) {
      outside = true;
      break;
    }
  }
  known.set(file, outside);
  return outside;
}

/** The split of the test files under `dir`: `integration` reach outside the process, `unit` do not. */
export function testKinds(root = process.cwd(), dir = 'tests') {
  const unit = [];
  const integration = [];
  const known = new Map();
  for (const file of testFiles(root, dir)) (usesTheOutside(root, file, known) ? integration : unit).push(file);
  return { unit, integration };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { unit, integration } = testKinds();
  console.log(`unit (${unit.length}):\n  ${unit.join('\n  ')}\nintegration (${integration.length}):\n  ${integration.join('\n  ')}`);
}
