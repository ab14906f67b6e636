// The one-line way for the server to use the bridge: a synchronous `before` hook that guards every
// request (Host, Origin), sends /clusters/demo/x to the demo cluster as /x, and answers /clusters/...
import type { IncomingMessage, ServerResponse } from 'node:http';
import { internalStatus, sendStatus } from './bridge-status';
import { createBridgeHandler, stripClusterPrefix, type BridgeHandlerOptions } from './handler';
import { DEMO_CLUSTER, type ClusterRegistry } from './registry';
import { checkRequestSecurity } from './security';

/**
 * Returns `before(req, res)`: true when it answered (a refusal, GET /clusters, a bridged cluster),
 * false when the demo cluster should handle the request, with /clusters/demo stripped from req.url.
 */
export function createBridgeBefore(
  registry: ClusterRegistry,
  options: Omit<BridgeHandlerOptions, 'demo'>,
): (req: IncomingMessage, res: ServerResponse) => boolean {
  const bridge = createBridgeHandler(registry, options);
  const hosts = (): readonly string[] =>
    typeof options.allowedHosts === 'function' ? options.allowedHosts() : options.allowedHosts;
  return (req, res) => {
    const refused = checkRequestSecurity(req, hosts());
    if (refused !== null) {
      sendStatus(res, refused);
      return true;
    }
    const url = req.url ?? '/';
    const path = url.split('?', 1)[0] ?? '/';
    if (path !== '/clusters' && !path.startsWith('/clusters/')) return false;
    const split = stripClusterPrefix(url);
    if (split !== null && split.cluster === DEMO_CLUSTER) {
      req.url = split.rest;
      return false;
    }
    bridge(req, res).catch(() => {
      if (!res.headersSent) sendStatus(res, internalStatus('the bridge failed to answer'));
      else res.destroy();
    });
    return true;
  };
}
