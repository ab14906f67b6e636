// Support for bench/editor.bench.ts: start the real server on a free port, gzip sizes, the
// react+react-dom baseline bundle, and big policies.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export const gzipBytes = (buf: Uint8Array): number => gzipSync(buf, { level: 9 }).length;
export const fmtKB = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr !== null ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

/** Starts `node scripts/start.js --port P --in-memory` (it builds dist/ when stale) and waits for it. */
export async function startServer(): Promise<{ url: string; stop: () => void }> {
  const port = await freePort();
  const child: ChildProcess = spawn(
    process.execPath,
    [path.join(root, 'scripts', 'start.js'), '--port', String(port), '--in-memory'],
    { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 180_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      const res = await fetch(`${url}/version`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill();
      throw new Error('server did not start within 180 s');
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  const stop = () => {
    if (child.exitCode !== null) return;
    child.kill('SIGTERM');
    // A server that does not stop on SIGTERM within 5 s is killed outright.
    setTimeout(() => {
      if (child.exitCode === null) child.kill('SIGKILL');
    }, 5000).unref();
  };
  return { url, stop };
}

/** Script and modulepreload URLs of dist/index.html: the static graph the page needs before React runs. */
export function staticEntryAssets(): Set<string> {
  const html = readFileSync(path.join(root, 'dist', 'index.html'), 'utf8');
  const out = new Set<string>();
  for (const m of html.matchAll(/<(?:script|link)[^>]+(?:src|href)="([^"]+\.js)"/g)) if (m[1]) out.add(m[1]);
  return out;
}

/** gzip bytes of react + react-dom alone, built by Vite from a two-line entry (same minifier). */
export async function reactBaselineGzip(): Promise<number> {
  const dir = path.join(root, 'node_modules', '.cache', 'netpol-bench-react-baseline');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    path.join(dir, 'index.html'),
    '<!doctype html><div id="r"></div><script type="module" src="./main.js"></script>',
  );
  writeFileSync(
    path.join(dir, 'main.js'),
    "import { createElement } from 'react';\nimport { createRoot } from 'react-dom/client';\ncreateRoot(document.getElementById('r')).render(createElement('p', null, 'x'));\n",
  );
  const { build } = await import('vite');
  const out = await build({
    root: dir,
    configFile: false,
    logLevel: 'silent',
    build: { outDir: path.join(dir, 'dist'), write: false, target: 'es2022' },
  });
  const outputs = Array.isArray(out) ? out : [out];
  let total = 0;
  for (const o of outputs) {
    if (!('output' in o)) continue;
    for (const chunk of o.output) if (chunk.type === 'chunk') total += gzipBytes(Buffer.from(chunk.code));
  }
  rmSync(dir, { recursive: true, force: true });
  return total;
}

/** A valid policy whose one ingress rule has `peers` peers (pod selectors with one label each). */
export function policyWithPeers(peers: number): Record<string, unknown> {
  return {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'NetworkPolicy',
    metadata: { name: 'bench', namespace: 'default' },
    spec: {
      podSelector: { matchLabels: { app: 'db' } },
      ingress: [
        {
          from: Array.from({ length: peers }, (_, i) => ({ podSelector: { matchLabels: { app: `client-${i}` } } })),
          ports: [{ protocol: 'TCP', port: 5432 }],
        },
      ],
    },
  };
}
