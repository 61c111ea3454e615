import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Runs the built command line (`node <bundle> …args`) and returns what it printed and its exit code. */
export async function runCli(bundle: string, ...args: string[]) {
  try {
    const { stdout, stderr } = await run('node', [bundle, ...args], { encoding: 'utf8' });
    return { stdout, stderr, code: 0 };
  } catch (error) {
    const failed = error as { stdout: string; stderr: string; code: number };
    return { stdout: failed.stdout, stderr: failed.stderr, code: failed.code };
  }
}
