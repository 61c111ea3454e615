// Bundles the command line and the benchmark for Node; npm packages stay external.
import { build } from 'esbuild';

/** Builds into `outdir` (dist/ by default; tests build their own copy). */
export async function buildNode(outdir = 'dist') {
  await build({
    entryPoints: { cchc: 'hosts/cli/main.ts', bench: 'bench/main.ts', 'consolidate-worker': 'hosts/cli/consolidate-worker.ts' },
    outdir,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    sourcemap: true,
    logLevel: 'warning',
  });
}

if (import.meta.url === `file://${process.argv[1]}`) await buildNode();
