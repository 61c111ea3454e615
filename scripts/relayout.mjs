// One-off: moves the repository into the layout of docs/ARCHITECTURE.md, then rewrites every path that
// pointed into the old one. Run from the repository root on a clean tree, commit, then delete this file.
//   node scripts/relayout.mjs --dry-run   # prints the moves, the tests' homes and the files it would rewrite
//   node scripts/relayout.mjs             # git mv, then rewrite
// Files it does not know move with their folder; tests it does not know get a home by the same rule.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, posix } from 'node:path';

const DRY_RUN = process.argv.includes('--dry-run');
const SELF = 'scripts/relayout.mjs';

/** Folders and files that move whole, the most specific first. */
const FOLDER_MOVES = [
  ['taskpane/standalone/', 'hosts/page/'],
  ['taskpane/', 'hosts/excel/'],
  ['adapters/office/', 'hosts/excel/adapter/'],
  ['schemas/', 'hosts/excel/schemas/'],
  ['apps-script/', 'hosts/sheets/'],
  ['cli/', 'hosts/cli/'],
  ['adapters/files/', 'io/files/'],
  ['adapters/xlsx-report/', 'io/xlsx-report/'],
  ['adapters/consolidate/', 'io/consolidate/'],
];
// The clasp project files stay at the root: clasp refuses a rootDir outside the project file's folder.
const FILE_MOVES = [
  ['manifest.xml', 'hosts/excel/manifest.xml'],
  ['appsscript.json', 'hosts/sheets/appsscript.json'],
];

/** Where a product file sits, as a test's home (null: not product code). */
function areaOf(path) {
  if (path.startsWith('src/')) return `core/${path.split('/')[1]}`;
  if (/^(adapters\/(files|xlsx-report|consolidate)|io)\//.test(path)) return 'io';
  if (path.startsWith('taskpane/standalone/') || path === 'bench/standalone-browser.ts') return 'page';
  if (/^(taskpane|adapters\/office)\//.test(path) || path === 'manifest.xml' || path.startsWith('schemas/') || path === 'scripts/validate-manifest.mjs') return 'excel';
  if (path.startsWith('apps-script/') || path === 'appsscript.json' || path.startsWith('.clasp') || path === 'scripts/build-apps-script.mjs') return 'sheets';
  if (path.startsWith('cli/') || path.startsWith('bin/')) return 'cli';
  if (path.startsWith('ui/')) return 'ui';
  if (path === 'scripts/release.mjs') return 'release';
  if (path === 'scripts/deadline-phrases.ts') return 'core/deadline';
  return null;
}

const git = (...args) => execFileSync('git', args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
const tracked = git('ls-files', '-z')
  .split('\0')
  .filter((path) => path !== '' && existsSync(path));
const trackedSet = new Set(tracked);
const folders = new Set(
  tracked.flatMap((path) =>
    path
      .split('/')
      .slice(0, -1)
      .map((_, i, parts) => `${parts.slice(0, i + 1).join('/')}/`),
  ),
);

/** An existing tracked file or folder for a path as code writes it ('x.js' may mean x.ts); null if none. */
function existing(path) {
  const clean = posix.normalize(path).replace(/\/$/, '');
  if (clean === '.' || clean === '') return './';
  if (trackedSet.has(clean)) return clean;
  for (const [from, to] of [
    ['.js', '.ts'],
    ['.mjs', '.mts'],
    ['.js', '.tsx'],
  ])
    if (clean.endsWith(from) && trackedSet.has(clean.slice(0, -from.length) + to)) return clean.slice(0, -from.length) + to;
  if (folders.has(`${clean}/`)) return `${clean}/`;
  return null;
}

// ---- where every tracked file goes -------------------------------------------------------------

const moves = new Map();
for (const path of tracked) {
  const rule = FOLDER_MOVES.find(([from]) => path.startsWith(from));
  if (rule) moves.set(path, rule[1] + path.slice(rule[0].length));
}
for (const [from, to] of FILE_MOVES) if (trackedSet.has(from)) moves.set(from, to);
const leftInAdapters = tracked.filter((path) => path.startsWith('adapters/') && !moves.has(path));

// Tests: flat files directly under tests/ (helpers and tests); tests/files and tests/fixtures stay as they are.
const testSources = tracked.filter((path) => /^tests\/[^/]+\.(ts|mts|mjs)$/.test(path));
const relativeStrings = (text) => [...text.matchAll(/(['"`])(\.{1,2}\/[^'"`$\n]*)\1/g)].map((match) => match[2]);
const filesUsed = (file) =>
  relativeStrings(readFileSync(file, 'utf8'))
    .map((spec) => existing(posix.join(posix.dirname(file), spec)))
    .filter((path) => path !== null && !path.endsWith('/'));

/** Scores of the areas a test file uses: its own imports count 1, a helper's imports half as much per level. */
function areaScores(file, weight = 1, scores = new Map(), seen = new Set()) {
  if (seen.has(file)) return scores;
  seen.add(file);
  for (const used of filesUsed(file)) {
    const area = areaOf(used);
    if (area !== null) scores.set(area, (scores.get(area) ?? 0) + weight);
    else if (/^tests\/[^/]+\.ts$/.test(used)) areaScores(used, weight / 2, scores, seen);
  }
  // What it reads by root-relative name: the manifest, the add-on's manifest, the clasp projects.
  const text = readFileSync(file, 'utf8');
  for (const [pattern, area] of [
    [/['"`]manifest\.xml['"`]/, 'excel'],
    [/['"`](appsscript\.json|\.clasp[\w.]*\.json)['"`]/, 'sheets'],
  ])
    if (pattern.test(text)) scores.set(area, (scores.get(area) ?? 0) + weight);
  return scores;
}

/** Name prefixes that say a test's home outright: the project names tests `<host or core area>-<topic>.test.ts`. */
const HOST_PREFIXES = [
  ['consolidate-cli', 'cli'],
  ['cli', 'cli'],
  ['excel', 'excel'],
  ['sheets', 'sheets'],
  ['standalone', 'page'],
  ['release', 'release'],
  ['ui', 'ui'],
  ['dashboard', 'ui'],
];
const CORE_AREAS = [...new Set(tracked.filter((path) => /^src\/[^/]+\//.test(path)).map((path) => path.split('/')[1]))].sort((a, b) => b.length - a.length);
const LAYERS = [(area) => area === 'release', (area) => ['excel', 'sheets', 'page', 'cli', 'ui'].includes(area), (area) => area === 'io', (area) => area.startsWith('core/')];

/**
 * A test's home: its name's host or core-area prefix if it has one; else what it imports, the outermost
 * layer first (the release, a host, io, the core) and within it the area it uses most; a test of the
 * repository itself, using no product code, goes with the release (or io when it reads tests/files).
 */
function testHome(file) {
  const name = basename(file);
  const host = HOST_PREFIXES.find(([prefix]) => name.startsWith(`${prefix}-`) || name === `${prefix}.test.ts`);
  if (host) return host[1];
  const core = CORE_AREAS.find((area) => name.startsWith(`${area}-`));
  if (core) return `core/${core}`;
  const scores = [...areaScores(file)].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  for (const inLayer of LAYERS) {
    const best = scores.find(([area]) => inLayer(area));
    if (best) return best[0];
  }
  return /files\//.test(readFileSync(file, 'utf8')) ? 'io' : 'release';
}

const testHomes = new Map();
const helperUsers = new Map();
for (const file of testSources) {
  if (file.endsWith('.test.ts')) {
    const home = testHome(file);
    testHomes.set(file, home);
    moves.set(file, `tests/${home}/${basename(file)}`);
    for (const used of filesUsed(file)) if (/^tests\/[^/]+\.ts$/.test(used) && !used.endsWith('.test.ts')) helperUsers.set(used, [...(helperUsers.get(used) ?? []), home]);
  }
}
for (const file of testSources) if (!file.endsWith('.test.ts')) moves.set(file, `tests/helpers/${basename(file)}`);
moves.delete(SELF);

/** The new place of an old path (file or folder); unmoved paths stay. */
function newPlace(path) {
  if (path === './') return './';
  if (moves.has(path)) return moves.get(path);
  if (path.endsWith('/')) {
    const rule = FOLDER_MOVES.find(([from]) => path.startsWith(from));
    if (rule) return rule[1] + path.slice(rule[0].length);
  }
  return path;
}

/** Every new folder holding what was under an old folder (a folder split by the moves has several). */
function newFoldersOf(folder) {
  const inside = [...moves.keys()].filter((path) => folder === './' || path.startsWith(folder));
  const targets = new Set(inside.map((path) => posix.dirname(moves.get(path)) + '/'));
  const own = tracked.some((path) => (folder === './' || path.startsWith(folder)) && !moves.has(path));
  if (own) targets.add(folder);
  // Collapse siblings into their parent when everything under the parent came from this folder.
  let list = [...targets];
  for (let changed = true; changed;) {
    changed = false;
    const parents = new Set(list.map((path) => posix.dirname(path.replace(/\/$/, '')) + '/'));
    for (const parent of parents) {
      if (parent === './' || list.includes(parent)) continue;
      const under = tracked.map((path) => newPlace(path)).filter((path) => path.startsWith(parent));
      const fromHere = under.every((path) => list.some((target) => path.startsWith(target)));
      if (fromHere && list.filter((path) => path.startsWith(parent)).length > 1) {
        list = [...list.filter((path) => !path.startsWith(parent)), parent];
        changed = true;
      }
    }
  }
  list = list.filter((path) => !list.some((other) => other !== path && path.startsWith(other)));
  return list.sort();
}

// ---- rewriting ---------------------------------------------------------------------------------

/** `target` written from `fromFolder` as the code wrote `written`: './' kept or left out alike, a trailing '/' kept. */
const relativeFrom = (fromFolder, target, written) => {
  let path = posix.relative(fromFolder === '.' ? '' : fromFolder, target === './' ? '' : target.replace(/\/$/, '')) || '.';
  if (!path.startsWith('.') && written.startsWith('.')) path = `./${path}`;
  return written.endsWith('/') && !path.endsWith('/') ? `${path}/` : path;
};

/** Keeps the extension the code wrote ('.js' for a '.ts' file). */
const keepWrittenExtension = (newPath, oldResolved, written) => {
  const writtenExt = extname(written);
  const realExt = extname(oldResolved);
  return writtenExt !== '' && writtenExt !== realExt && !oldResolved.endsWith('/') ? newPath.slice(0, -realExt.length) + writtenExt : newPath;
};

/** A path written relative to the file (old place `file`) as it must read from the file's new place. */
function rewriteRelative(file, written) {
  const resolved = existing(posix.join(posix.dirname(file), written));
  if (resolved === null) return written;
  const target = newPlace(resolved);
  const from = posix.dirname(newPlace(file));
  if (target === resolved && from === posix.dirname(file)) return written;
  return keepWrittenExtension(relativeFrom(from, target, written), resolved, written);
}

const globToRegExp = (glob) =>
  new RegExp(
    `^${glob
      .replace(/[.+^${}()|[\]\\]/g, '\\$&')
      .replace(/\*\*\/?/g, '%GLOBSTAR%')
      .replace(/\*/g, '[^/]*')
      .replace(/%GLOBSTAR%/g, '(?:.*/)?')}$`,
  );

/** A root-relative path token as it must read after the moves; null when it names nothing moved. */
function rewriteRootToken(token) {
  if (token.includes('*')) {
    const pattern = globToRegExp(token);
    const matched = tracked.filter((path) => pattern.test(path));
    if (matched.length === 0 || matched.every((path) => pattern.test(newPlace(path)))) return null;
    const folders = [...new Set(matched.map((path) => posix.dirname(newPlace(path))))].sort();
    return folders.map((folder) => `${folder}/${basename(token)}`);
  }
  const resolved = existing(token);
  if (resolved === null || resolved === './') {
    // A file-name prefix (`vitest run tests/sheets-`): the folder all its tests moved to.
    const prefixed = token.startsWith('tests/') ? tracked.filter((path) => path.startsWith(token) && path.endsWith('.test.ts')) : [];
    const targets = [...new Set(prefixed.map((path) => posix.dirname(moves.get(path) ?? path)))];
    return prefixed.length > 0 && targets.length === 1 ? [`${targets[0]}/${basename(token)}`] : null;
  }
  const target = newPlace(resolved);
  if (target === resolved) return null;
  return [keepWrittenExtension(token.endsWith('/') || !target.endsWith('/') ? target : target.replace(/\/$/, ''), resolved, token)];
}

const TEXT_FILE = /\.(ts|mts|cts|mjs|cjs|js|json|html|md|css|sh|ya?ml)$|^\.(ci\/run|prettierignore|gitignore|editorconfig)$/;
const PATH_TOKEN = /(?<![\w./$@*-])((?:[\w.@*-]+\/)+(?:[\w.@*-]+)?|[\w-]+\.(?:xml|json))(?![\w/*-])/g;
const ROOT_FILES = new Set(FILE_MOVES.map(([from]) => from));
/** What comes before a bare file name that is read or copied (not an output's name): `readFileSync('manifest.xml'`. */
const READS_A_PATH = /(?:readFileSync|readFile|cpSync|copyFileSync|existsSync|statSync|createReadStream|new URL)\(\s*$|\?\?\s*$/;

function rewriteText(file, text) {
  const isTsconfig = /(^|\/)tsconfig[\w.-]*\.json$/.test(file);
  let out = text;
  if (isTsconfig) {
    // Each include/exclude/files entry names a folder or file relative to the tsconfig: it becomes every new place of what was there.
    const from = posix.dirname(newPlace(file));
    out = out.replace(/("(?:include|exclude|files)"\s*:\s*)(\[[^\]]*\])/g, (whole, head, list) => {
      const entries = JSON.parse(list).flatMap((entry) => {
        const base = entry.replace(/\/?\*.*$/, '');
        const rest = entry.slice(base.length);
        const resolved = existing(posix.join(posix.dirname(file), base));
        if (resolved === null) return [entry];
        const targets = resolved.endsWith('/') ? newFoldersOf(resolved) : [newPlace(resolved)];
        return targets.map((target) => (posix.relative(from === '.' ? '' : from, target === './' ? '' : target.replace(/\/$/, '')) || '.') + rest);
      });
      const unique = [...new Set(entries)];
      const within = (path, other) => other !== path && (other === '.' ? !path.startsWith('..') : path.startsWith(`${other}/`));
      return `${head}${JSON.stringify(unique.filter((path) => !unique.some((other) => within(path, other)))).replace(/","/g, '", "')}`;
    });
    return out.replace(/("extends"\s*:\s*")(\.[^"]*)"/, (whole, head, written) => `${head}${rewriteRelative(file, written)}"`);
  }
  // 1. Paths written relative to the file: './x', '../x' in quotes, `new URL('x', import.meta.url)`, Markdown links.
  out = out.replace(/(['"`])(\.{1,2}\/[^'"`$\n]*)\1/g, (whole, quote, written) => `${quote}${rewriteRelative(file, written)}${quote}`);
  // A template's fixed folder before its first `${`: `./fixtures/plans/${name}.txt`.
  out = out.replace(/(`)(\.{1,2}\/(?:[^`$\n/]*\/)+)(?=\$\{)/g, (whole, quote, folder) => `${quote}${rewriteRelative(file, folder)}`);
  out = out.replace(
    /(new URL\(\s*)(['"`])((?!\.{1,2}\/)[^'"`$\n]+)\2(\s*,\s*import\.meta\.url)/g,
    (whole, head, quote, written, tail) => `${head}${quote}${rewriteRelative(file, written)}${quote}${tail}`,
  );
  if (file.endsWith('.md')) out = out.replace(/(\]\()([^)\s#:]+)([)#])/g, (whole, head, written, tail) => `${head}${rewriteRelative(file, written)}${tail}`);
  // 2. Root-relative paths anywhere (strings, scripts, comments, docs): `cli/main.ts`, tests/deadline-*.test.ts.
  out = out.replace(PATH_TOKEN, (token, _path, offset, whole) => {
    if (ROOT_FILES.has(token)) {
      // A bare root file name is a path only as a whole string or a shell word: 'manifest.xml', `start manifest.xml`.
      const before = whole[offset - 1];
      const after = whole[offset + token.length];
      const quoted = /['"`]/.test(before ?? '') && before === after && READS_A_PATH.test(whole.slice(Math.max(0, offset - 40), offset - 1));
      const shellWord = file === 'package.json' && /[\s"]/.test(before ?? '') && /[\s"]/.test(after ?? '');
      return quoted || shellWord ? (rewriteRootToken(token) ?? [token])[0] : token;
    }
    if (!token.includes('/')) return token;
    // `cli/` alone in a code comment may name an output folder (release/apps-script/); only quoted, or in Markdown, is it this repository's.
    if (/^[^/]+\/$/.test(token) && !file.endsWith('.md') && !/['"`]/.test(whole[offset - 1] ?? '')) return token;
    const next = rewriteRootToken(token);
    if (next === null) return token;
    if (next.length === 1) return next[0];
    const quote = whole[offset - 1];
    if (/['"]/.test(quote) && whole[offset + token.length] === quote) return next.join(`${quote}, ${quote}`);
    console.warn(`  ! ${file}: ${token} now spans ${next.join(' ')}; left as it was`);
    return token;
  });
  // 3. package.json scripts name whole moved folders as shell words: `tsc -p taskpane`.
  if (file === 'package.json') {
    for (const [from, to] of FOLDER_MOVES.filter(([from]) => /^[^/]+\/$/.test(from))) {
      out = out.replace(new RegExp(`(?<=[\\s"])${from.slice(0, -1).replace(/[.-]/g, '\\$&')}(?=[\\s"])`, 'g'), to.slice(0, -1));
    }
  }
  return out;
}

// ---- report, then act --------------------------------------------------------------------------

const byFolder = new Map();
for (const [from, to] of moves) {
  const rule = FOLDER_MOVES.find(([source]) => from.startsWith(source));
  const key = rule ? `${rule[0]} → ${rule[1]}` : from.startsWith('tests/') ? null : `${from} → ${to}`;
  if (key) byFolder.set(key, (byFolder.get(key) ?? 0) + 1);
}
console.log('Moves:');
for (const [key, count] of byFolder) console.log(`  ${key} (${count} files)`);
console.log('Tests (home decided by what each imports):');
const homes = [...new Set(testHomes.values())].sort();
for (const home of homes)
  console.log(
    `  tests/${home}/: ${[...testHomes]
      .filter(([, h]) => h === home)
      .map(([file]) => basename(file))
      .join(', ')}`,
  );
console.log('Helpers → tests/helpers/ (used by):');
for (const file of testSources.filter((path) => !path.endsWith('.test.ts')))
  console.log(`  ${basename(file)}: ${[...new Set(helperUsers.get(file) ?? ['scripts or other helpers'])].sort().join(', ')}`);
if (leftInAdapters.length > 0) console.warn(`  ! left in adapters/ (no rule): ${leftInAdapters.join(', ')}`);

const rewrites = [];
for (const file of tracked) {
  if (file === SELF || file === 'package-lock.json' || file.startsWith('tests/fixtures/') || !TEXT_FILE.test(basename(file) === 'run' ? '.ci/run' : file)) continue;
  if (file.startsWith('tests/files/') && !/\.(ts|mts|mjs|js|md)$/.test(file)) continue;
  const text = readFileSync(file, 'utf8');
  const next = rewriteText(file, text);
  if (next !== text) rewrites.push([file, next]);
}
console.log(`Rewrites paths in ${rewrites.length} files:`);
for (const [file] of rewrites) console.log(`  ${newPlace(file)}${newPlace(file) === file ? '' : ` (was ${file})`}`);

if (DRY_RUN) {
  if (process.argv.includes('--diff')) for (const [file, next] of rewrites) console.log(`\n=== ${file}\n${diffLines(readFileSync(file, 'utf8'), next)}`);
  process.exit(0);
}

for (const [from, to] of moves) {
  if (from === to) continue;
  mkdirSync(dirname(to), { recursive: true });
  git('mv', from, to);
}
for (const [file, next] of rewrites) writeFileSync(newPlace(file), next);
// git mv leaves the emptied folders behind.
for (const folder of [...folders].sort((a, b) => b.length - a.length)) {
  if (existsSync(folder) && readdirSync(folder).length === 0) rmdirSync(folder);
}
console.log(`Moved ${moves.size} files, rewrote ${rewrites.length}. Next: npm run build, npm run typecheck, npm run lint, npm test; then commit and delete ${SELF}.`);

function diffLines(before, after) {
  const a = before.split('\n');
  const b = after.split('\n');
  return a.flatMap((line, i) => (line === b[i] ? [] : [`- ${line}`, `+ ${b[i]}`])).join('\n');
}
