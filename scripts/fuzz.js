#!/usr/bin/env node
// `npm run fuzz [-- ROUNDS]`: runs every fast-check suite ROUNDS times (default 10) with fresh random
// seeds instead of CI's fixed one (src/testing/fast-check-seed.ts). A failure prints fast-check's
// seed and counterexample; replay it with `FC_SEED=<seed> npx vitest run <file>` and keep it as a test.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const rounds = Number(process.argv[2] ?? 10);
if (!Number.isSafeInteger(rounds) || rounds < 1) {
  console.error(`usage: npm run fuzz -- [ROUNDS]   (ROUNDS a positive integer, not ${process.argv[2]})`);
  process.exit(2);
}

/** Test files that use fast-check. */
function propertyFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return propertyFiles(p);
    return /\.test\.tsx?$/.test(e.name) && readFileSync(p, 'utf8').includes("from 'fast-check'") ? [p] : [];
  });
}

const files = propertyFiles(path.join(root, 'src')).map((f) => path.relative(root, f));
console.error(`fuzz: ${files.length} property suites × ${rounds} rounds, random seeds`);
let failed = 0;
for (let i = 1; i <= rounds; i++) {
  const r = spawnSync(process.execPath, [path.join(root, 'node_modules/vitest/vitest.mjs'), 'run', ...files], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
    env: { ...process.env, FC_SEED: 'random', FUZZ_SEED: String(Date.now() % 2 ** 31) },
  });
  const out = `${r.stdout}${r.stderr}`;
  if (r.status === 0) {
    console.error(`round ${i}: passed`);
    continue;
  }
  failed++;
  console.error(`round ${i}: FAILED`);
  for (const line of out.split('\n')) {
    if (/FAIL|seed:|Counterexample|Property failed/.test(line)) console.error(`  ${line}`);
  }
}
console.error(failed === 0 ? `fuzz: all ${rounds} rounds passed` : `fuzz: ${failed} of ${rounds} rounds failed`);
process.exit(failed === 0 ? 0 : 1);
