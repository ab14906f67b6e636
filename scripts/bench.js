#!/usr/bin/env node
// `npm run bench`: runs every bench/*.bench.ts (each exports `run(): Promise<BenchRow[]>`), one
// after another, and prints one table. Benchmarks are scripts that measure and report; they never
// assert. `npm run bench -- NAME` runs only the files whose name contains NAME (and then leaves
// bench/last-results.md, the full table the README quotes, alone).
import { readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { register } from 'tsx/esm/api';

register();
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dir = path.join(root, 'bench');
const filters = process.argv.slice(2);
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => filters.length === 0 || filters.some((x) => f.includes(x)))
  .sort();

const rows = [];
for (const file of files) {
  console.error(`running ${file} ...`);
  const mod = await import(pathToFileURL(path.join(dir, file)).href);
  try {
    rows.push(...(await mod.run()));
  } catch (err) {
    rows.push({
      name: file,
      result: `FAILED: ${err instanceof Error ? err.message : String(err)}`,
      baseline: '',
      ratio: '',
      target: '',
      met: 'no',
    });
  }
}

const cols = [
  ['name', 'benchmark'],
  ['result', 'result'],
  ['baseline', 'baseline (same run)'],
  ['ratio', 'ratio'],
  ['target', 'target'],
  ['met', 'met'],
];
const cell = (r, k) => String(r[k] ?? '');
const widths = cols.map(([k, h]) => Math.max(h.length, ...rows.map((r) => cell(r, k).length)));
const line = (vals) => `| ${vals.map((v, i) => v.padEnd(widths[i])).join(' | ')} |`;
const out = [
  line(cols.map(([, h]) => h)),
  `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`,
  ...rows.map((r) => line(cols.map(([k]) => cell(r, k)))),
].join('\n');
console.log(out);
if (filters.length === 0) writeFileSync(path.join(root, 'bench', 'last-results.md'), `${out}\n`);
