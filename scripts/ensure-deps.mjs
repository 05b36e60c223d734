// Runs before `npm start`, `npm test` and the other scripts, on whatever Node the machine has (>= 18).
// Installs the locked dependencies (among them the pinned Node 24) when they are missing or older than
// package-lock.json, so both commands work as the very first command on a fresh clone.
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const lockFile = join(root, 'package-lock.json');
const stampFile = join(root, 'node_modules', '.install-stamp');
const pinnedNode = join(root, 'node_modules', '.bin', 'node');

/**
 * npm checks every package's `engines` against the Node it runs on. Run by the machine's own Node (20), it
 * warns (EBADENGINE) about every package that wants Node 22+, although they all run on the pinned Node 24.
 * So npm runs on the pinned Node: the one in node_modules, or on a fresh clone a copy fetched first into a
 * temporary folder (the same registry package, so npm's cache serves the second install).
 */
function runNpm(args) {
  const npmCli = process.env.npm_execpath;
  if (!npmCli || !/npm-cli\.js$/.test(npmCli)) return spawnSync('npm', args, { cwd: root, stdio: 'inherit' });
  if (existsSync(pinnedNode)) return spawnSync(pinnedNode, [npmCli, ...args], { cwd: root, stdio: 'inherit' });
  const version = lockedNodeVersion();
  const scratch = mkdtempSync(join(tmpdir(), 'gk-node-'));
  console.log(`[setup] fetching Node ${version} to run npm on…`);
  try {
    const fetched = version && spawnSync(process.execPath, [npmCli, 'install', '--prefix', scratch, '--no-save', '--no-package-lock',
      '--no-audit', '--no-fund', '--loglevel=error', `node@${version}`], { stdio: 'inherit' });
    const node = join(scratch, 'node_modules', '.bin', 'node');
    return spawnSync(fetched?.status === 0 && existsSync(node) ? node : process.execPath, [npmCli, ...args], { cwd: root, stdio: 'inherit' });
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

function lockedNodeVersion() {
  try {
    return JSON.parse(readFileSync(lockFile, 'utf8')).packages?.['node_modules/node']?.version ?? null;
  } catch {
    return null;
  }
}

const lockHash = existsSync(lockFile)
  ? createHash('sha256').update(readFileSync(lockFile)).digest('hex')
  : 'no-lock';
const stamp = existsSync(stampFile) ? readFileSync(stampFile, 'utf8').trim() : '';

if (process.argv.includes('--stamp')) {
  // Called as the postinstall hook: npm has just installed exactly the lock file.
  writeFileSync(stampFile, lockHash + '\n');
} else if (stamp !== lockHash || !existsSync(pinnedNode)) {
  const command = existsSync(lockFile) ? 'ci' : 'install';
  console.log(`[setup] installing dependencies (npm ${command})…`);
  const result = runNpm([command, '--no-audit', '--no-fund']);
  if (result.status !== 0) {
    console.error('[setup] npm could not install the dependencies; see the messages above.');
    process.exit(result.status ?? 1);
  }
  writeFileSync(stampFile, lockHash + '\n');
}

// The browser tests drive Debian's Chromium and Firefox ESR (never a downloaded browser build) and the scale-out test runs
// Debian's redis-server. Before `npm test`, install what is missing when this is a Debian machine we
// administer; otherwise say what to do.
const systemPackages = [
  ['chromium', process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'],
  ['firefox-esr', process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr'],
  ['redis-server', '/usr/bin/redis-server'],
].filter(([, path]) => !existsSync(path));
if (process.env.npm_lifecycle_event === 'pretest' && systemPackages.length > 0) {
  const names = systemPackages.map(([name]) => name);
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  if (root && existsSync('/usr/bin/apt-get')) {
    console.log(`[setup] installing ${names.join(' and ')} for the tests (apt-get install)…`);
    spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    const apt = spawnSync('apt-get', ['install', '-y', '-qq', ...names], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    if (apt.status !== 0) console.error(`[setup] ${names.join(', ')} could not be installed: the tests that need them will fail.`);
  } else {
    console.error(`[setup] Some tests need Debian packages that are missing: apt-get install ${names.join(' ')}`);
  }
}
