// The shapes shared by the bridge's modules: what GET /clusters shows, and what a remote target
// gives the proxy for one request (an agent with the TLS material and the auth headers).
import type { Agent, RequestOptions } from 'node:https';

export type ClusterKind = 'demo' | 'kubeconfig' | 'cce';
export type AuthKind = 'token' | 'client-certificate' | 'exec' | 'basic' | 'auth-provider' | 'iam-token' | 'none';

/** What GET /clusters answers per cluster. Contains no credentials: the server URL is not secret. */
export interface ClusterInfo {
  readonly name: string;
  readonly kind: ClusterKind;
  /** The API server URL without user info, query or fragment; null for the built-in demo cluster. */
  readonly server: string | null;
  /** The context's default namespace ('default' when the context names none). */
  readonly namespace: string;
  readonly current: boolean;
  readonly authKind: AuthKind;
  /** True only when the kubeconfig itself says insecure-skip-tls-verify. */
  readonly insecureSkipTLSVerify: boolean;
  /** Set when the entry cannot be used (for example a context naming a cluster that does not exist). */
  readonly problem?: string;
}

/** Options for one upstream request: https.request options with agent, TLS material and auth headers. */
export type PreparedRequest = RequestOptions & { agent: Agent | import('node:http').Agent };

/** A cluster the bridge forwards to. */
export interface RemoteTarget {
  readonly info: Omit<ClusterInfo, 'current'>;
  /** The server URL as configured (may have a path prefix); credentials never in it. */
  readonly server: string;
  /** Builds the options for one request; re-reads tokens and runs exec plugins as needed. Throws CredentialsError. */
  prepare(): Promise<PreparedRequest>;
  /** Closes the target's pooled connections. */
  close(): void;
}

/** Thrown by prepare() when credentials cannot be obtained; the message is safe to show. */
export class CredentialsError extends Error {
  override readonly name = 'CredentialsError';
}

/** Thrown by loadClusters for a configuration the server must not start with; the message is safe to print. */
export class BridgeConfigError extends Error {
  override readonly name = 'BridgeConfigError';
}

/** Where the bridge writes its log lines; never given credential material. */
export interface BridgeLogger {
  info(message: string): void;
  warn(message: string): void;
}

/** Warnings to stderr; the per-request lines only with NETPOL_BRIDGE_LOG=1 (a watch-heavy UI is chatty). */
export const consoleLogger: BridgeLogger = {
  info: (m) => {
    if (process.env.NETPOL_BRIDGE_LOG === '1') console.error(m);
  },
  warn: (m) => console.error(m),
};

/** Removes user info, query and fragment from a URL for display; returns the input when unparsable. */
export function displayUrl(server: string): string {
  try {
    const u = new URL(server);
    u.username = '';
    u.password = '';
    u.search = '';
    u.hash = '';
    return u.toString().replace(/\/$/, '');
  } catch {
    return '(invalid URL)';
  }
}
