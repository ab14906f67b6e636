// Test helpers for the server: an app on an ephemeral 127.0.0.1 port and a raw HTTP client that
// gives full control over headers and bodies (fetch would add or normalise some).
import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { createApp, type AppOptions } from './app';
import { loadSeedFile } from './seed';
import { Store } from './store';

export interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  /** Header names and values as sent, alternating (repeated headers kept apart). */
  rawHeaders: string[];
  text: string;
  /** The parsed JSON body (undefined when it is not JSON). */
  json: unknown;
}

export interface TestServer {
  url: string;
  port: number;
  store: Store;
  close(): Promise<void>;
}

export async function startTestServer(
  store: Store = Store.inMemory(loadSeedFile()),
  opts: AppOptions = {},
): Promise<TestServer> {
  const server = http.createServer(createApp(store, opts));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    store,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
      await store.close();
    },
  };
}

export interface RequestOptions {
  method?: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
  agent?: http.Agent;
}

export function request(base: string, path: string, opts: RequestOptions = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      `${base}${path}`,
      {
        method: opts.method ?? 'GET',
        // Framing by Content-Length: node sends no chunked encoding for DELETE bodies by default.
        headers:
          opts.body === undefined
            ? (opts.headers ?? {})
            : { 'Content-Length': String(Buffer.byteLength(opts.body)), ...opts.headers },
        agent: opts.agent ?? false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let json: unknown;
          try {
            json = JSON.parse(text);
          } catch {
            json = undefined;
          }
          resolve({ status: res.statusCode ?? 0, headers: res.headers, rawHeaders: res.rawHeaders, text, json });
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    if (opts.body !== undefined) req.write(opts.body);
    req.end();
  });
}

/** The metadata.managedFields of a reply's object. */
export const managedFieldsOf = (r: { json: unknown }): Record<string, unknown>[] | undefined =>
  (r.json as { metadata: { managedFields?: Record<string, unknown>[] } }).metadata.managedFields;

export const NP_PATH = '/apis/networking.k8s.io/v1/namespaces';

/** POST a JSON body to a namespace's networkpolicies. */
export function postPolicy(
  base: string,
  ns: string,
  body: unknown,
  query = '',
  headers: Record<string, string> = {},
): Promise<Reply> {
  return request(base, `${NP_PATH}/${ns}/networkpolicies${query}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

export const policy = (
  name: string,
  spec: Record<string, unknown> = { podSelector: {} },
  extraMeta: Record<string, unknown> = {},
) => ({
  apiVersion: 'networking.k8s.io/v1',
  kind: 'NetworkPolicy',
  metadata: { name, ...extraMeta },
  spec,
});

export interface Spawned {
  url: string;
  proc: ChildProcess;
  /** Everything the process printed so far (stdout and stderr). */
  output(): string;
  /** Resolves with the exit code (or signal name) once the process has ended. */
  exited: Promise<number | string>;
}

const MAIN = fileURLToPath(new URL('./main.ts', import.meta.url));

/** Runs the real server process (node + tsx) and waits for its "listening on" line (generously: tsx compiles on start, and CI machines are loaded). */
export function spawnServer(args: readonly string[], timeoutMs = 60_000): Promise<Spawned> {
  const proc = spawn(process.execPath, ['--import', 'tsx', MAIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  const exited = new Promise<number | string>((resolve) =>
    proc.on('exit', (code, signal) => resolve(code ?? signal ?? -1)),
  );
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      proc.kill('SIGKILL');
      reject(new Error(`server did not start in ${timeoutMs} ms:\n${out}`));
    }, timeoutMs);
    const onData = (c: Buffer) => {
      out += c.toString();
      const m = /listening on (http:\/\/\S+)/.exec(out);
      if (m?.[1] !== undefined) {
        clearTimeout(timer);
        resolve({ url: m[1], proc, output: () => out, exited });
      }
    };
    proc.stdout.on('data', onData);
    proc.stderr.on('data', onData);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`server exited (${code}) before listening:\n${out}`));
    });
  });
}
