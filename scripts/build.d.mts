/** Builds the command line and the benchmark for Node into `outdir` (dist/ by default). */
export function buildNode(outdir?: string): Promise<void>;
