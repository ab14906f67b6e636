// The guard the server applies to every request, demo and bridged alike: the Host must be one the
// server answers to (DNS rebinding) and state-changing requests must not come from a foreign origin (CSRF).
import type { IncomingMessage } from 'node:http';
import os from 'node:os';
import type { Status } from '../../k8s/meta';
import { refusedStatus } from './bridge-status';

// Every method but these may change state (POST, PUT, PATCH, DELETE, and whatever else Node's
// parser accepts, e.g. WebDAV's), so the Origin rule applies to all of them.
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

const bracket = (h: string): string => (h.includes(':') && !h.startsWith('[') ? `[${h}]` : h);

/**
 * The Host values a server listening on `host:port` answers to. A loopback listener also answers
 * to `localhost`; a wildcard listener (0.0.0.0, ::) to every local address and the machine's name.
 * Names an attacker controls (the point of DNS rebinding) are never among them.
 */
export function servedHosts(host: string, port: number): string[] {
  const out = new Set([`${bracket(host)}:${port}`.toLowerCase()]);
  const loopback = ['127.0.0.1', 'localhost', '[::1]'];
  if (host === '127.0.0.1' || host === 'localhost' || host === '::1') {
    for (const name of loopback) out.add(`${name}:${port}`);
  }
  if (host === '0.0.0.0' || host === '::' || host === '') {
    const addrs = Object.values(os.networkInterfaces()).flatMap((list) => (list ?? []).map((a) => bracket(a.address)));
    for (const name of [...loopback, ...addrs, os.hostname()]) out.add(`${name}:${port}`.toLowerCase());
  }
  return [...out];
}

/**
 * Returns null when the request may proceed, or the 403 Status to answer with.
 * `allowedHosts` are `host:port` values (case-insensitive) the server is reached at.
 */
export function checkRequestSecurity(req: IncomingMessage, allowedHosts: readonly string[]): Status | null {
  const allowed = new Set(allowedHosts.map((h) => h.toLowerCase()));
  const host = withDefaultPort((req.headers.host ?? '').toLowerCase());
  if (!allowed.has(host)) {
    return refusedStatus(
      `requests for host ${JSON.stringify(req.headers.host ?? '')} are refused: this server answers only to ${[...allowed].join(', ')} (DNS rebinding protection)`,
    );
  }
  if (SAFE_METHODS.has((req.method ?? 'GET').toUpperCase())) return null;
  const origin = req.headers.origin;
  if (origin !== undefined) {
    if (!isServedOrigin(origin, allowed)) {
      return refusedStatus(
        `${req.method ?? ''} requests from origin ${JSON.stringify(origin)} are refused: only pages served by this server may change cluster state (CSRF protection)`,
      );
    }
    return null;
  }
  // No Origin (older browsers on same-origin requests, or a non-browser client): a browser's
  // Fetch Metadata still tells a cross-site request apart. Same-site is refused too, because
  // another port on 127.0.0.1 is "same-site" but not this server.
  const site = req.headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin' && site !== 'none') {
    return refusedStatus(
      `${req.method ?? ''} requests with Sec-Fetch-Site ${JSON.stringify(site)} are refused: only pages served by this server may change cluster state (CSRF protection)`,
    );
  }
  return null;
}

/** A browser leaves out the port it would use by default (80 for http): `localhost` is `localhost:80`. */
function withDefaultPort(host: string): string {
  if (host === '') return host;
  // name:port or [ipv6]:port; a bare IPv6 literal (not valid in Host) never matches an allowed value.
  return /^(?:\[[^\]]*\]|[^:]*):\d+$/.test(host) ? host : `${host}:80`;
}

function isServedOrigin(origin: string, allowed: ReadonlySet<string>): boolean {
  let u: URL;
  try {
    u = new URL(origin);
  } catch {
    return false; // includes the opaque origin "null"
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return false;
  if (origin !== u.origin) return false;
  const port = u.port !== '' ? u.port : u.protocol === 'https:' ? '443' : '80';
  return allowed.has(`${u.hostname}:${port}`.toLowerCase());
}

/** True for 127.0.0.0/8 and ::1, also IPv4-mapped (::ffff:127.x.y.z), as Node reports peer addresses. */
export function isLoopbackAddress(address: string | undefined): boolean {
  if (address === undefined) return false;
  const v4 = address.startsWith('::ffff:') ? address.slice(7) : address;
  return v4 === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(v4);
}
