export interface StageResult {
  readonly stage: string;
  readonly rows: number;
  readonly ms: number;
  /** The process's peak resident memory so far, in MB (it only grows, stage after stage). */
  readonly peakMB: number;
}

/** Times one stage and reads the process's peak memory once it is over. */
export async function measure<T>(stage: string, rows: number, run: () => T | Promise<T>): Promise<{ result: T; stats: StageResult }> {
  globalThis.gc?.();
  const start = performance.now();
  const result = await run();
  const ms = Math.round(performance.now() - start);
  const peakMB = Math.round(process.resourceUsage().maxRSS / 1024);
  return { result, stats: { stage, rows, ms, peakMB } };
}
