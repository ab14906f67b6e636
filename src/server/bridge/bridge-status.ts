// Status bodies the bridge itself answers with (refusals, unreachable clusters, missing credentials)
// and the one function that writes them, so every answer is a Kubernetes Status and never a stack trace.
import type { ServerResponse } from 'node:http';
import type { Status, StatusCause } from '../../k8s/meta';

function failure(code: number, reason: string, message: string, cluster?: string, causes?: StatusCause[]): Status {
  const s: Status = { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message, reason };
  if (cluster !== undefined || causes !== undefined) {
    s.details = {};
    if (cluster !== undefined) s.details.name = cluster;
    if (cluster !== undefined) s.details.kind = 'clusters';
    if (causes !== undefined) s.details.causes = causes;
  }
  s.code = code;
  return s;
}

/** 403 for a path or verb outside the bridge's allow-list. */
export const notForwardedStatus = (what: string): Status =>
  failure(403, 'Forbidden', `the NetworkPolicy Studio bridge does not forward ${what}`);

/** 403 for a request refused by the Host/Origin rules. */
export const refusedStatus = (message: string): Status => failure(403, 'Forbidden', message);

export const clusterNotFoundStatus = (name: string): Status =>
  failure(404, 'NotFound', `cluster ${JSON.stringify(name)} not found`, name);

/** 502 when the cluster could not be reached or its TLS identity was not accepted. */
export const unreachableStatus = (cluster: string, server: string, detail: string, code?: string): Status =>
  failure(
    502,
    'ServiceUnavailable',
    `Could not reach cluster ${JSON.stringify(cluster)} at ${server}: ${detail}`,
    cluster,
    code === undefined ? undefined : [{ reason: code, message: detail }],
  );

/** 502 for a configured cluster that cannot be used (e.g. its context names a missing cluster). */
export const unusableStatus = (cluster: string, problem: string): Status =>
  failure(502, 'ServiceUnavailable', `Cluster ${JSON.stringify(cluster)} cannot be used: ${problem}`, cluster);

/** 504 when the cluster accepted the connection but did not answer in time. */
export const timeoutStatus = (cluster: string, server: string, ms: number): Status =>
  failure(
    504,
    'Timeout',
    `Could not reach cluster ${JSON.stringify(cluster)} at ${server}: no answer within ${ms / 1000}s`,
    cluster,
    [{ reason: 'ETIMEDOUT', message: `no answer within ${ms / 1000}s` }],
  );

/** 401 when the bridge could not obtain credentials (exec plugin failed, token file missing). */
export const credentialsStatus = (cluster: string, detail: string): Status =>
  failure(401, 'Unauthorized', `Could not get credentials for cluster ${JSON.stringify(cluster)}: ${detail}`, cluster);

export const internalStatus = (message: string): Status => failure(500, 'InternalError', message);

/** Writes a Status as JSON with its code (headers only when none were sent yet). */
export function sendStatus(res: ServerResponse, status: Status): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  const body = JSON.stringify(status);
  const headers: Record<string, string | number> = {
    'Content-Type': 'application/json',
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    // Lets the UI tell the bridge's own answers (refusals, unreachable, no credentials) from the cluster's.
    'X-Netpol-Source': 'bridge',
  };
  // A refused request's body is never read: discard it and close the connection, so a keep-alive
  // client does not send its next request on a socket the server is about to drop.
  const req = res.req as ServerResponse['req'] | undefined;
  if (req !== undefined && !req.complete) {
    headers.Connection = 'close';
    req.resume();
  }
  res.writeHead(status.code ?? 500, headers);
  res.end(body);
}
