// The bridge's request handler: GET /clusters, /clusters/demo/... handed to the demo cluster, and
// /clusters/{name}/... checked against the security rules and the path allow-list, then forwarded.
import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  clusterNotFoundStatus,
  internalStatus,
  notForwardedStatus,
  refusedStatus,
  sendStatus,
  unusableStatus,
} from './bridge-status';
import { decideForward } from './path-policy';
import { forward } from './proxy';
import { DEMO_CLUSTER, type ClusterRegistry } from './registry';
import { checkRequestSecurity, isLoopbackAddress } from './security';
import { consoleLogger, type BridgeLogger } from './types';
import { badRequestStatus, methodNotSupportedStatus } from '../../k8s/status';

export type RequestHandler = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;

export interface BridgeHandlerOptions {
  /** host:port values the server answers to; a function when the port is known only after listen. */
  readonly allowedHosts: readonly string[] | (() => readonly string[]);
  /** The demo cluster's handler: /clusters/demo/x reaches it as /x. Without it such requests return false. */
  readonly demo?: RequestHandler;
  readonly logger?: BridgeLogger;
  /** Time to wait for a remote's response headers; 30 s by default. */
  readonly timeoutMs?: number;
}

/**
 * Splits `/clusters/{name}/rest?query` into the decoded cluster name and `rest?query` ('/' when empty).
 * Returns null for URLs outside /clusters/{name}. The composing server can use it to route the demo cluster.
 */
export function stripClusterPrefix(url: string): { cluster: string; rest: string } | null {
  const q = url.indexOf('?');
  const path = q === -1 ? url : url.slice(0, q);
  const query = q === -1 ? '' : url.slice(q);
  const m = /^\/clusters\/([^/]+)(\/.*)?$/.exec(path);
  if (m === null || m[1] === undefined) return null;
  let cluster: string;
  try {
    cluster = decodeURIComponent(m[1]);
  } catch {
    return null;
  }
  return { cluster, rest: (m[2] ?? '/') + query };
}

function sendJson(res: ServerResponse, code: number, value: unknown): void {
  const body = JSON.stringify(value);
  res.writeHead(code, {
    'Content-Type': 'application/json',
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  res.end(body);
}

/** Returns a handler that resolves true when it answered the request, false when the URL is not its own. */
export function createBridgeHandler(
  registry: ClusterRegistry,
  options: BridgeHandlerOptions,
): (req: IncomingMessage, res: ServerResponse) => Promise<boolean> {
  const logger = options.logger ?? consoleLogger;
  const timeoutMs = options.timeoutMs ?? 30_000;
  const hosts = (): readonly string[] =>
    typeof options.allowedHosts === 'function' ? options.allowedHosts() : options.allowedHosts;

  return async (req, res) => {
    const url = req.url ?? '/';
    const pathOnly = url.split('?', 1)[0] ?? '/';
    if (pathOnly !== '/clusters' && pathOnly !== '/clusters/' && !pathOnly.startsWith('/clusters/')) return false;
    // Applied here too, so a server that forgets the guard still cannot be used for rebinding or CSRF.
    const refused = checkRequestSecurity(req, hosts());
    if (refused !== null) {
      sendStatus(res, refused);
      return true;
    }
    if (pathOnly === '/clusters' || pathOnly === '/clusters/') {
      if (req.method !== 'GET')
        sendStatus(res, methodNotSupportedStatus({ group: '', resource: 'clusters' }, req.method ?? ''));
      else sendJson(res, 200, { kind: 'ClusterList', current: registry.current, items: registry.list() });
      return true;
    }
    const split = stripClusterPrefix(url);
    if (split === null) {
      sendStatus(res, badRequestStatus('malformed cluster name in the URL'));
      return true;
    }
    if (split.cluster === DEMO_CLUSTER) {
      if (options.demo === undefined) return false;
      req.url = split.rest;
      await options.demo(req, res);
      return true;
    }
    const target = registry.remotes.get(split.cluster);
    if (target === undefined) {
      sendStatus(res, clusterNotFoundStatus(split.cluster));
      return true;
    }
    if (target.info.problem !== undefined) {
      sendStatus(res, unusableStatus(split.cluster, target.info.problem));
      return true;
    }
    // The bridge lends the kubeconfig's credentials: with --host 0.0.0.0 the demo may be shared,
    // but a real cluster only with this machine's users (an SSH tunnel arrives from loopback too).
    const peer = req.socket.remoteAddress;
    if (!isLoopbackAddress(peer)) {
      logger.warn(`bridge: ${split.cluster} ${req.method ?? ''}: refused a client at ${peer ?? 'an unknown address'}`);
      sendStatus(
        res,
        refusedStatus(
          `cluster ${JSON.stringify(split.cluster)} is bridged only for clients on this machine, with its kubeconfig credentials; from another machine use an SSH tunnel to its 127.0.0.1 (ssh -L)`,
        ),
      );
      return true;
    }
    // Reads too: a foreign page's <script src> or <img> would make the bridge use the cluster's
    // credentials for it, and load/error events tell whether a named object exists (a cross-site
    // leak). The app's own requests are same-origin; kubectl sends no Fetch Metadata at all.
    const site = req.headers['sec-fetch-site'];
    if (site === 'cross-site' || site === 'same-site') {
      logger.warn(`bridge: ${split.cluster} ${req.method ?? ''}: refused a ${site} request`);
      sendStatus(
        res,
        refusedStatus(
          `requests to cluster ${JSON.stringify(split.cluster)} from other sites are refused (Sec-Fetch-Site ${JSON.stringify(site)}): only pages served by this server may use the cluster's credentials`,
        ),
      );
      return true;
    }
    const q = split.rest.indexOf('?');
    const rawPath = q === -1 ? split.rest : split.rest.slice(0, q);
    const query = q === -1 ? '' : split.rest.slice(q);
    const decision = decideForward((req.method ?? 'GET').toUpperCase(), rawPath);
    if (!decision.allowed) {
      logger.warn(`bridge: ${split.cluster} ${req.method ?? ''}: refused ${decision.reason}`);
      sendStatus(res, notForwardedStatus(decision.reason));
      return true;
    }
    try {
      await forward(req, res, target, decision.path, query, { logger, timeoutMs });
    } catch {
      logger.warn(`bridge: ${split.cluster} ${req.method ?? ''} ${decision.path}: unexpected failure`);
      if (!res.headersSent) sendStatus(res, internalStatus('the bridge could not forward the request'));
      else res.destroy();
    }
    return true;
  };
}
