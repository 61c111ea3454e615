// Bundles the command line and the benchmark for Node; npm packages stay external.
import { build } from 'esbuild';

await build({
  entryPoints: { cchc: 'cli/main.ts', bench: 'bench/main.ts' },
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
});
