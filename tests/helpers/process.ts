// The real server as a child process (npm start's entry point), for restart and crash tests.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';

export interface ServerProcess {
  url: string;
  child: ChildProcess;
  output: () => string;
  kill(signal?: NodeJS.Signals): Promise<number | null>;
}

// The arguments `npm start` gives node (its V8 flags and the entry point), so tests run the server as people do.
const startScript = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { scripts: { start: string } }).scripts.start;
const startArgs = startScript.split(/\s+/).slice(1);

/** Longer than a clean shutdown takes, well inside a test hook's time. */
const KILL_AFTER_MS = 4000;

/** entry: another script to run with the same Node flags (a benchmark's stand-in server). */
export async function spawnServer(port: number, dataDir: string, env: Record<string, string> = {}, nodeArgs: string[] = [], entry?: string): Promise<ServerProcess> {
  const args = entry ? [...startArgs.slice(0, -1), entry] : startArgs;
  const child = spawn(process.execPath, [...nodeArgs, ...args], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, BOT_DELAY_MS: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const url = `http://127.0.0.1:${port}`;
  const started = Date.now();
  // Ready once it says so: after listening and restoring the stored sessions.
  while (!output.includes('is running')) {
    if (child.exitCode !== null) throw new Error(`server exited: ${output}`);
    if (Date.now() - started > 20_000) {
      child.kill('SIGKILL'); // never leave a half-started server holding the port
      throw new Error(`server did not start: ${output}`);
    }
    await new Promise((r) => setTimeout(r, 25));
  }
  return {
    url, child, output: () => output,
    kill: (signal = 'SIGKILL') => new Promise((resolve) => {
      if (child.exitCode !== null) return resolve(child.exitCode);
      // A server that does not stop in time is killed, so a failed test never leaves it holding its port.
      const hard = setTimeout(() => child.kill('SIGKILL'), KILL_AFTER_MS);
      child.once('exit', (code) => {
        clearTimeout(hard);
        resolve(code);
      });
      child.kill(signal);
    }),
  };
}
