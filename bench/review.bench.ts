// The review's reachability matrix in headless Chromium: 1,000 pods x 200 policies computed in the
// panel's Web Worker (median of 7), against the naive per-pair evaluation in the same page (scaled
// from a slice of rows) and the same computation in Node; plus main-thread responsiveness while
// the worker computes, against computing on the main thread.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { computeMatrices } from '../src/features/policy-review/model/compute-matrices';
import { root } from './editor-bench-support';
import { syntheticCluster, syntheticPolicies } from './review-synthetic';
import { fmtMs, percentile, type BenchRow } from './types';

const RUNS = 7;
const NAIVE_ROWS = 25;
const RESP_RUNS = 5;
const outDir = path.join(root, 'node_modules', '.cache', 'netpol-review-bench');

interface Harness {
  inWorker(before: boolean): Promise<{ ms: number; workerMs: number; postMs: number }>;
  allowedPairs(): number;
  onMainThread(before: boolean): { ms: number };
  naive(rows: number): { ms: number; rows: number };
  responsiveness(where: 'worker' | 'main'): Promise<{ maxDelay: number; longest: number; ms: number }>;
  pods: number;
  policies: number;
}
type Win = { __reviewBench: Harness };
type Resp = { maxDelay: number; longest: number; ms: number };

/** Builds bench/review-harness with Vite (the same worker bundling as the app). */
async function buildHarness(): Promise<void> {
  const { build } = await import('vite');
  await build({
    root: path.join(root, 'bench', 'review-harness'),
    configFile: false,
    logLevel: 'silent',
    worker: { format: 'es' },
    build: { outDir, emptyOutDir: true, target: 'es2022' },
  });
}

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

function serve(): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    const rel = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = path.join(outDir, rel === '/' ? 'index.html' : rel);
    if (!file.startsWith(outDir) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const a = server.address();
      resolve({ server, url: `http://127.0.0.1:${typeof a === 'object' && a !== null ? a.port : 0}/` });
    }),
  );
}

const median = (xs: number[]): number => percentile(xs, 50);

async function measure(page: Page) {
  await page.evaluate(() => (window as unknown as Win).__reviewBench.inWorker(false)); // warm-up
  const worker: number[] = [];
  const inside: number[] = [];
  const post: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const r = await page.evaluate(() => (window as unknown as Win).__reviewBench.inWorker(false));
    worker.push(r.ms);
    inside.push(r.workerMs);
    post.push(r.postMs);
  }
  const allowed = await page.evaluate(() => (window as unknown as Win).__reviewBench.allowedPairs());
  const main: number[] = [];
  for (let i = 0; i < 3; i++)
    main.push((await page.evaluate(() => (window as unknown as Win).__reviewBench.onMainThread(false))).ms);
  // Responsiveness before the naive run, whose garbage would otherwise be collected meanwhile.
  const respWorker: Resp[] = [];
  const respMain: Resp[] = [];
  for (let i = 0; i < RESP_RUNS; i++) {
    respWorker.push(await page.evaluate(() => (window as unknown as Win).__reviewBench.responsiveness('worker')));
    respMain.push(await page.evaluate(() => (window as unknown as Win).__reviewBench.responsiveness('main')));
  }
  const naive = await page.evaluate((rows) => (window as unknown as Win).__reviewBench.naive(rows), NAIVE_ROWS);
  const size = await page.evaluate(() => ({
    pods: (window as unknown as Win).__reviewBench.pods,
    policies: (window as unknown as Win).__reviewBench.policies,
  }));
  return { worker, inside, post, allowed, main, naive, respWorker, respMain, size };
}

function summarize(rs: Resp[]) {
  return {
    delay: median(rs.map((r) => r.maxDelay)),
    worst: Math.max(...rs.map((r) => r.maxDelay)),
    longest: median(rs.map((r) => r.longest)),
    ms: median(rs.map((r) => r.ms)),
  };
}

function nodeMedian(): number {
  const cluster = syntheticCluster(1000, 20);
  const policies = syntheticPolicies(200, 20);
  const xs: number[] = [];
  for (let i = 0; i < 4; i++) {
    xs.push(
      computeMatrices({ id: i, cluster, before: null, after: policies, probe: { port: 8080, protocol: 'TCP' } }).ms,
    );
  }
  return median(xs.slice(1));
}

export async function run(): Promise<BenchRow[]> {
  await buildHarness();
  const { server, url } = await serve();
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  try {
    const page = await browser.newPage();
    await page.goto(url);
    await page.locator('#ready', { hasText: 'ready' }).waitFor({ timeout: 60_000 });
    const m = await measure(page);
    const workerMs = median(m.worker);
    const naiveFull = (m.naive.ms / m.naive.rows) * m.size.pods;
    const nodeMs = nodeMedian();
    const n = m.size.pods;
    const w = summarize(m.respWorker);
    const mt = summarize(m.respMain);
    return [
      {
        name: `review: full matrix ${n.toLocaleString('en-US')} pods x ${m.size.policies} policies, headless Chromium, Web Worker (median of ${RUNS}, incl. postMessage)`,
        result: `${fmtMs(workerMs)} (in worker ${fmtMs(median(m.inside))}, postMessage ${fmtMs(median(m.post))}; ${m.allowed.toLocaleString('en-US')} of ${(n * n).toLocaleString('en-US')} pairs allowed)`,
        baseline: `naive per-pair in the same page ${fmtMs(naiveFull)} (${m.naive.rows} rows scaled x${n / m.naive.rows}); same matrix on the main thread ${fmtMs(median(m.main))}; in Node ${fmtMs(nodeMs)}`,
        ratio: `${(naiveFull / workerMs).toFixed(1)}x faster than naive`,
        target: '< 500 ms',
        met: workerMs < 500 ? 'yes' : 'no',
      },
      {
        name: `review: main thread while the worker computes before+after matrices (1 ms timer loop + long tasks, median of ${RESP_RUNS})`,
        result: `max event-loop delay ${fmtMs(w.delay)} (worst run ${fmtMs(w.worst)}), longest task ${w.longest === 0 ? 'none (< 50 ms)' : fmtMs(w.longest)}, over ${fmtMs(w.ms)}`,
        baseline: `computed on the main thread: max delay ${fmtMs(mt.delay)}, longest task ${mt.longest === 0 ? 'none (< 50 ms)' : fmtMs(mt.longest)}`,
        ratio: `${(mt.delay / Math.max(w.delay, 0.1)).toFixed(1)}x shorter stall`,
        target: 'no long task (< 50 ms)',
        met: w.delay < 50 ? 'yes' : 'no',
      },
    ];
  } finally {
    await browser.close();
    server.close();
  }
}
