// Test-only "remote cluster": an HTTPS server on 127.0.0.1 that authenticates like a kube-apiserver
// (bearer token or client certificate, or a CCE gateway's X-Auth-Token), records what reached it,
// and answers with the built-in demo cluster's own handler (createApp) on an in-memory store.
import https from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { TLSSocket } from 'node:tls';
import type { TestPki } from './pki';
import { createApp } from '../../app';
import { Store, type Obj } from '../../store';

export interface SeenRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: IncomingMessage['headers'];
  /** The client certificate's CN when one was presented and verified. */
  readonly certCN: string | undefined;
}

export interface FakeRemote {
  readonly url: string;
  readonly port: number;
  readonly seen: SeenRequest[];
  /** Requests whose response has not closed yet (e.g. open watches). */
  open(): number;
  /** TLS connections accepted so far. */
  connections(): number;
  close(): Promise<void>;
}

export interface FakeRemoteOptions {
  /** 'kube': a bearer token or a client certificate signed by the test CA; 'cce': X-Auth-Token only. */
  readonly mode: 'kube' | 'cce';
  /** The bearer tokens (or the one X-Auth-Token) the remote accepts. */
  readonly tokens: readonly string[];
  /** Bearer tokens of a read-only user: writes get the 403 Forbidden Status RBAC gives. */
  readonly viewerTokens?: readonly string[];
  /** Seed objects for the remote's store (default: just the namespace "default"). */
  readonly seed?: Obj[];
  /** Port to listen on (default 0: a free one). */
  readonly port?: number;
  readonly handler?: (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;
}

const unauthorized = (res: ServerResponse, message = 'Unauthorized'): void => {
  const body = JSON.stringify({
    kind: 'Status',
    apiVersion: 'v1',
    metadata: {},
    status: 'Failure',
    message,
    reason: 'Unauthorized',
    code: 401,
  });
  res.writeHead(401, {
    'Content-Type': 'application/json',
    'Set-Cookie': 'session=remote-cookie',
    'Www-Authenticate': 'Bearer',
  });
  res.end(body);
};

const VERBS: Record<string, string> = { POST: 'create', PUT: 'update', PATCH: 'patch', DELETE: 'delete' };

/** The 403 an RBAC-denied write gets from kube-apiserver (the authorizer's wording). */
const forbidden = (req: IncomingMessage, res: ServerResponse): void => {
  req.resume();
  const m = /\/namespaces\/([^/]+)\/networkpolicies(?:\/([^/?]+))?/.exec(req.url ?? '');
  const verb = VERBS[req.method ?? ''] ?? 'update';
  const name = m?.[2] ?? '';
  const message = `networkpolicies.networking.k8s.io ${JSON.stringify(name)} is forbidden: User "viewer" cannot ${verb} resource "networkpolicies" in API group "networking.k8s.io" in the namespace ${JSON.stringify(m?.[1] ?? 'default')}`;
  const body = JSON.stringify({
    kind: 'Status',
    apiVersion: 'v1',
    metadata: {},
    status: 'Failure',
    message,
    reason: 'Forbidden',
    details: { name, group: 'networking.k8s.io', kind: 'networkpolicies' },
    code: 403,
  });
  res.writeHead(403, { 'Content-Type': 'application/json' });
  res.end(body);
};

export async function startFakeRemote(pki: TestPki, opts: FakeRemoteOptions): Promise<FakeRemote> {
  const seen: SeenRequest[] = [];
  let open = 0;
  const store = Store.inMemory(opts.seed ?? [{ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'default' } }]);
  const inner = opts.handler ?? createApp(store);
  const server = https.createServer(
    {
      key: pki.serverKey,
      cert: pki.serverCert,
      ca: pki.caCert,
      requestCert: opts.mode === 'kube',
      rejectUnauthorized: false,
    },
    (req, res) => {
      open++;
      res.on('close', () => open--);
      const socket = req.socket as TLSSocket;
      const peer = socket.authorized ? socket.getPeerCertificate() : undefined;
      const certCN = peer?.subject?.CN;
      seen.push({
        method: req.method ?? '',
        url: req.url ?? '',
        headers: req.headers,
        certCN: typeof certCN === 'string' ? certCN : undefined,
      });
      if (opts.mode === 'cce') {
        if (req.headers.authorization !== undefined) return unauthorized(res, 'unexpected Authorization header');
        if (!opts.tokens.includes(String(req.headers['x-auth-token']))) return unauthorized(res);
      } else if (opts.viewerTokens?.some((t) => req.headers.authorization === `Bearer ${t}`) === true) {
        if (req.method !== 'GET') return forbidden(req, res);
      } else if (certCN === undefined && !opts.tokens.some((t) => req.headers.authorization === `Bearer ${t}`)) {
        return unauthorized(res);
      }
      void Promise.resolve(inner(req, res)).catch(() => res.destroy());
    },
  );
  let connections = 0;
  server.on('secureConnection', () => connections++);
  await new Promise<void>((resolve) => server.listen(opts.port ?? 0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `https://127.0.0.1:${port}`,
    port,
    seen,
    open: () => open,
    connections: () => connections,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => void store.close().then(resolve));
      }),
  };
}
