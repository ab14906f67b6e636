// Reuses one keep-alive HTTPS agent per cluster and TLS identity, so the UI's many small requests do
// not each pay a TLS handshake. client-node builds a fresh agent per call; its TLS options are the key.
import { createHash } from 'node:crypto';
import https from 'node:https';
import tls from 'node:tls';
import { CredentialsError, type PreparedRequest } from './types';

const MAX_AGENTS = 4;

/** Per-target cache; a rotated client certificate (exec plugins) gets a new agent and the oldest is closed. */
export class AgentCache {
  private readonly agents = new Map<string, https.Agent>();

  /** Replaces `prepared.agent` with a cached keep-alive agent when it is a plain https.Agent (no proxy). */
  reuse(prepared: PreparedRequest): PreparedRequest {
    const fresh = prepared.agent;
    // Proxy agents (proxy-url) are subclasses: keep those as client-node made them.
    if (!(fresh instanceof https.Agent) || Object.getPrototypeOf(fresh) !== https.Agent.prototype) return prepared;
    const o = fresh.options;
    const tlsOptions = {
      ca: o.ca,
      cert: o.cert,
      key: o.key,
      pfx: o.pfx,
      passphrase: o.passphrase,
      // Explicit, so NODE_TLS_REJECT_UNAUTHORIZED=0 in the environment cannot turn verification off:
      // only the kubeconfig's insecure-skip-tls-verify does (client-node then passes false).
      rejectUnauthorized: o.rejectUnauthorized !== false,
      servername: o.servername,
    };
    // Hashed, so the map never holds key material in a printable form.
    const id = createHash('sha256')
      .update(JSON.stringify(tlsOptions, (_k, v: unknown) => (Buffer.isBuffer(v) ? v.toString('base64') : v)))
      .digest('hex');
    let agent = this.agents.get(id);
    if (agent === undefined) {
      const defined = Object.fromEntries(Object.entries(tlsOptions).filter(([, v]) => v !== undefined && v !== null));
      checkTlsMaterial(defined);
      agent = new https.Agent({ ...defined, keepAlive: true, maxSockets: 16, timeout: 60_000 });
      this.agents.set(id, agent);
      if (this.agents.size > MAX_AGENTS) {
        const [oldest] = this.agents.keys();
        if (oldest !== undefined) {
          this.agents.get(oldest)?.destroy();
          this.agents.delete(oldest);
        }
      }
    }
    fresh.destroy();
    return { ...prepared, agent };
  }

  close(): void {
    for (const a of this.agents.values()) a.destroy();
    this.agents.clear();
  }
}

/**
 * Builds the TLS context once up front, so a broken or mismatched client key or certificate is a
 * clear credentials error rather than a failure deep in the request. Only OpenSSL's reason text
 * ("key values mismatch", "unsupported") is kept: never anything that could quote the material.
 */
function checkTlsMaterial(options: tls.SecureContextOptions): void {
  try {
    tls.createSecureContext(options);
  } catch (err) {
    const message = err instanceof Error ? (err.message.split('\n')[0] ?? '') : '';
    const reason = message.slice(message.lastIndexOf(':') + 1).trim();
    const why = /^[A-Za-z0-9 _-]{1,60}$/.test(reason) ? ` (${reason})` : '';
    throw new CredentialsError(`the client certificate, key or CA data in the kubeconfig could not be used${why}`);
  }
}
