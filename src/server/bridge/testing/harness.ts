// Test-only: the bridge composed the way the server composes it (the `before` hook, then a demo
// stub), a captured logger, a raw HTTP client that can set Host and Origin, and kubeconfig writers.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { createBridgeBefore } from '../compose';
import type { ClusterRegistry } from '../registry';
import { servedHosts } from '../security';
import type { BridgeLogger } from '../types';

export interface BridgeServer {
  readonly port: number;
  readonly host: string;
  readonly logs: string[];
  close(): Promise<void>;
}

export async function startBridge(registry: ClusterRegistry, timeoutMs = 5_000): Promise<BridgeServer> {
  const logs: string[] = [];
  const logger: BridgeLogger = { info: (m) => logs.push(m), warn: (m) => logs.push(m) };
  let hosts: string[] = [];
  const demo = (req: http.IncomingMessage, res: http.ServerResponse): void => {
    res.writeHead(200, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify({ demo: true, url: req.url }));
  };
  // Composed exactly as createApp composes its `before` hook: the hook first, the demo cluster otherwise.
  const before = createBridgeBefore(registry, { allowedHosts: () => hosts, logger, timeoutMs });
  const server = http.createServer((req, res) => {
    if (!before(req, res)) demo(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  hosts = servedHosts('127.0.0.1', port);
  return {
    port,
    host: `127.0.0.1:${port}`,
    logs,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export interface RawResponse {
  readonly status: number;
  readonly headers: http.IncomingHttpHeaders;
  readonly rawHeaders: string[];
  readonly text: string;
  json<T = Record<string, unknown>>(): T;
}

/** One request with full control over the headers (fetch cannot set Host). */
export function request(
  port: number,
  method: string,
  urlPath: string,
  opts: { headers?: Record<string, string>; body?: unknown } = {},
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const body = opts.body === undefined ? undefined : JSON.stringify(opts.body);
    const headers: Record<string, string> = { Host: `127.0.0.1:${port}`, Accept: 'application/json', ...opts.headers };
    if (body !== undefined) headers['Content-Type'] ??= 'application/json';
    const req = http.request({ host: '127.0.0.1', port, method, path: urlPath, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          rawHeaders: res.rawHeaders,
          text,
          json: <T>() => JSON.parse(text) as T,
        });
      });
    });
    req.on('error', reject);
    req.end(body);
  });
}

export interface KubeconfigEntry {
  readonly name: string;
  readonly cluster: Record<string, unknown>;
  readonly user: Record<string, unknown>;
  readonly namespace?: string;
}

/** Writes a kubeconfig (JSON is valid YAML) with one cluster and user per context. */
export function writeKubeconfig(
  dir: string,
  file: string,
  entries: readonly KubeconfigEntry[],
  current?: string,
): string {
  const cfg = {
    apiVersion: 'v1',
    kind: 'Config',
    clusters: entries.map((e) => ({ name: `${e.name}-cluster`, cluster: e.cluster })),
    users: entries.map((e) => ({ name: `${e.name}-user`, user: e.user })),
    contexts: entries.map((e) => ({
      name: e.name,
      context: {
        cluster: `${e.name}-cluster`,
        user: `${e.name}-user`,
        ...(e.namespace ? { namespace: e.namespace } : {}),
      },
    })),
    'current-context': current ?? entries[0]?.name ?? '',
  };
  const p = path.join(dir, file);
  writeFileSync(p, JSON.stringify(cfg, null, 2));
  return p;
}
