// Demo cluster throughput: NetworkPolicy creates per second and p99 latency at 16 concurrent
// clients against the real server process with its durable (fsync'd) store in a temp dir, next to a
// bare node:http server answering a constant, driven by the same client in the same run.
import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, fdatasyncSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { fmtMs, percentile, type BenchRow } from './types';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CLIENTS = 16;
const WARMUP_MS = 500;
const MEASURE_MS = 3000;
const ROUNDS = 6;
const TARGET = 0.3;

const BARE = `require('node:http').createServer((req, res) => {
  req.resume();
  req.on('end', () => { res.writeHead(201, { 'Content-Type': 'application/json' }); res.end('{"kind":"Status"}'); });
}).listen(0, '127.0.0.1', function () { console.log('listening on http://127.0.0.1:' + this.address().port); });`;

async function start(args: string[]): Promise<{ url: string; proc: ChildProcess }> {
  const proc = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no "listening on" line:\n${out}`)), 30_000);
    const on = (c: Buffer) => {
      out += c.toString();
      const m = /listening on (http:\/\/\S+)/.exec(out);
      if (m?.[1] !== undefined) {
        clearTimeout(timer);
        resolve({ url: m[1], proc });
      }
    };
    proc.stdout.on('data', on);
    proc.stderr.on('data', on);
    proc.on('exit', (code) => reject(new Error(`exited ${code}:\n${out}`)));
  });
}

function post(agent: http.Agent, url: string, body: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      {
        method: 'POST',
        agent,
        headers: { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** The seed's example request with a unique name per create. */
const policyBody = (name: string): string =>
  JSON.stringify({
    apiVersion: 'networking.k8s.io/v1',
    kind: 'NetworkPolicy',
    metadata: { name, labels: { app: 'nginx' } },
    spec: {
      podSelector: { matchLabels: { app: 'nginx' } },
      ingress: [
        { from: [{ podSelector: { matchLabels: { app: 'nginx1' } } }], ports: [{ protocol: 'TCP', port: 6379 }] },
      ],
    },
  });

interface Load {
  count: number;
  ms: number;
  latencies: number[];
  errors: number;
}

/**
 * One measuring window: CLIENTS closed-loop clients POST creates for `ms`; only requests that
 * start and finish inside the window count.
 */
async function window(agent: http.Agent, url: string, tag: string, ms: number, into: Load): Promise<void> {
  const target = `${url}/apis/networking.k8s.io/v1/namespaces/default/networkpolicies`;
  const from = performance.now();
  const end = from + ms;
  let n = 0;
  const client = async (c: number) => {
    while (performance.now() < end) {
      const started = performance.now();
      const status = await post(agent, target, policyBody(`${tag}-${c}-${n++}`));
      const done = performance.now();
      if (done > end) break;
      if (status === 201) into.latencies.push(done - started);
      else into.errors++;
    }
  };
  await Promise.all(Array.from({ length: CLIENTS }, (_, c) => client(c)));
  into.count = into.latencies.length;
  into.ms += ms;
}

/**
 * Alternates short windows between the two servers, so that load from other processes on a shared
 * machine hits both alike instead of skewing whichever ran second.
 */
async function measure(bareUrl: string, demoUrl: string): Promise<{ bare: Load; demo: Load }> {
  const bareAgent = new http.Agent({ keepAlive: true, maxSockets: CLIENTS });
  const demoAgent = new http.Agent({ keepAlive: true, maxSockets: CLIENTS });
  const fresh = (): Load => ({ count: 0, ms: 0, latencies: [], errors: 0 });
  await window(bareAgent, bareUrl, 'warm', WARMUP_MS, fresh());
  await window(demoAgent, demoUrl, 'warm', WARMUP_MS, fresh());
  const bare = fresh();
  const demo = fresh();
  for (let round = 0; round < ROUNDS; round++) {
    await window(bareAgent, bareUrl, `b${round}`, MEASURE_MS / ROUNDS, bare);
    await window(demoAgent, demoUrl, `d${round}`, MEASURE_MS / ROUNDS, demo);
  }
  bareAgent.destroy();
  demoAgent.destroy();
  return { bare, demo };
}

const rate = (l: Load): number => l.count / (l.ms / 1000);

/** fdatasync latency of a small append in the data directory's file system: the floor of a durable ack. */
function fsyncMedian(dir: string): number {
  const fd = openSync(path.join(dir, 'fsync-probe'), 'a');
  const samples: number[] = [];
  try {
    for (let i = 0; i < 30; i++) {
      writeSync(fd, `{"probe":${i}}\n`);
      const t = performance.now();
      fdatasyncSync(fd);
      samples.push(performance.now() - t);
    }
  } finally {
    closeSync(fd);
  }
  return percentile(samples, 50);
}

const fmtRate = (r: number): string => `${Math.round(r).toLocaleString('en-US')} req/s`;

export async function run(): Promise<BenchRow[]> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'netpol-bench-'));
  const procs: ChildProcess[] = [];
  try {
    const bare = await start(['-e', BARE]);
    procs.push(bare.proc);
    const demo = await start([
      '--import',
      'tsx',
      path.join(ROOT, 'src/server/main.ts'),
      '--port',
      '0',
      '--data-dir',
      dataDir,
    ]);
    procs.push(demo.proc);
    const fsyncBefore = fsyncMedian(dataDir);
    const { bare: base, demo: got } = await measure(bare.url, demo.url);
    const fsync = (fsyncBefore + fsyncMedian(dataDir)) / 2;
    const ratio = rate(got) / rate(base);
    return [
      {
        name: `demo cluster: NetworkPolicy creates, ${CLIENTS} clients, durable store${got.errors > 0 ? ` (${got.errors} non-201!)` : ''}`,
        result: `${fmtRate(rate(got))}, p99 ${fmtMs(percentile(got.latencies, 99))}`,
        // The disk's fdatasync time, measured around the run, says how much of the gap is the
        // durability itself (each acknowledged create waits for one).
        baseline: `bare node:http ${fmtRate(rate(base))}, p99 ${fmtMs(percentile(base.latencies, 99))} (fdatasync p50 ${fmtMs(fsync)})`,
        ratio: `${ratio.toFixed(2)}x`,
        target: `>= ${TARGET.toFixed(2)}x`,
        met: got.errors === 0 && ratio >= TARGET ? 'yes' : 'no',
      },
    ];
  } finally {
    for (const p of procs) p.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  }
}
