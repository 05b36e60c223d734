import { spawnSync } from 'node:child_process';

/** Runs one of the project's scripts with the Node that runs the tests. */
export function runScript(script: string, args: string[]) {
  const result = spawnSync(process.execPath, [`scripts/${script}`, ...args], { encoding: 'utf8', timeout: 120_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
