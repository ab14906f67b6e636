// The demo cluster's node:http server with bounds on slow clients: a request (headers and body)
// must arrive within a time limit, or it is answered 408 and its connection closed.
import http from 'node:http';
import type { RequestHandler } from './app';

export interface ServerLimits {
  /** Time to receive a whole request, headers and body (kube-apiserver's default request timeout is 60 s). */
  requestTimeoutMs?: number;
  /** Time to receive the headers alone. */
  headersTimeoutMs?: number;
  /** How often node checks the two limits above (its default, 30 s, would stretch them). */
  checkIntervalMs?: number;
}

/**
 * A server whose stalled or trickling clients cannot hold a connection and its buffers forever.
 * The limits cover receiving the request only: a watch streams its answer for as long as it
 * likes once its request has arrived.
 */
export function createHttpServer(handler: RequestHandler, limits: ServerLimits = {}): http.Server {
  const requestTimeout = limits.requestTimeoutMs ?? 60_000;
  const server = http.createServer(
    {
      requestTimeout,
      headersTimeout: Math.min(limits.headersTimeoutMs ?? 60_000, requestTimeout),
      connectionsCheckingInterval: limits.checkIntervalMs ?? 5_000,
    },
    handler,
  );
  server.keepAliveTimeout = 65_000;
  return server;
}
