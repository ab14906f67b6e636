#!/usr/bin/env node
// `npm test`: every check CI relies on, in order, failing on the first failure:
// type check, lint, format, unit tests (Vitest), build, browser tests (Playwright in Debian's Chromium).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = (pkg, file) => path.join(root, 'node_modules', pkg, file);
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function run(title, cmd, args, env = {}) {
  console.error(`\n=== ${title} ===`);
  const started = Date.now();
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  const secs = ((Date.now() - started) / 1000).toFixed(1);
  if (r.status !== 0) {
    console.error(`\n✗ ${title} failed (exit ${r.status ?? r.signal}) after ${secs}s`);
    process.exit(r.status || 1);
  }
  console.error(`✓ ${title} (${secs}s)`);
}

function ensureChromium() {
  if (existsSync(CHROMIUM)) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    run('install Debian chromium (browser tests need it)', 'sh', [
      '-c',
      'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium',
    ]);
    if (existsSync(CHROMIUM)) return;
  }
  console.error(
    `\nThe browser tests need Chromium at ${CHROMIUM}, and it is missing.\n` +
      'Install it with:  sudo apt-get update && sudo apt-get install -y chromium\n' +
      '(or set CHROMIUM_PATH to another Chromium binary). Playwright cannot download browsers here.',
  );
  process.exit(1);
}

const only = process.argv.slice(2);
const want = (step) => only.length === 0 || only.includes(step);

if (want('typecheck'))
  run('type check (tsc)', process.execPath, [bin('typescript', 'bin/tsc'), '-p', 'tsconfig.json', '--noEmit']);
if (want('lint')) run('lint (eslint)', process.execPath, [bin('eslint', 'bin/eslint.js'), '.', '--max-warnings', '0']);
if (want('format'))
  run('format (prettier --check)', process.execPath, [
    bin('prettier', 'bin/prettier.cjs'),
    '--check',
    '--log-level',
    'warn',
    '.',
  ]);
if (want('unit')) run('unit tests (vitest)', process.execPath, [bin('vitest', 'vitest.mjs'), 'run'], { CI: '1' });
if (want('e2e')) {
  ensureChromium();
  run('build (vite)', process.execPath, [bin('vite', 'bin/vite.js'), 'build', '--logLevel', 'warn']);
  run('browser tests (playwright)', process.execPath, [bin('@playwright/test', 'cli.js'), 'test'], {
    CI: '1',
    NETPOL_SKIP_BUILD: '1',
  });
}
console.error('\nAll checks passed.');
