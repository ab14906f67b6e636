// Huawei CCE API-gateway targets (https://{cluster-id}.{endpoint}): requests carry an IAM token in
// X-Auth-Token, read from the environment or a file on every request so a refreshed token is used.
import { readFile } from 'node:fs/promises';
import { AgentCache } from './agent-cache';
import { BridgeConfigError, CredentialsError, displayUrl, type PreparedRequest, type RemoteTarget } from './types';

export interface CceClusterOption {
  readonly name: string;
  /** https://{cluster-id}.{endpoint}, e.g. https://0a1b2c3d-....cce.cn-north-4.myhuaweicloud.com */
  readonly url: string;
  /** A file holding this cluster's IAM token (overrides the shared token settings). */
  readonly tokenFile?: string;
  /** Extra CA bundle (PEM) for the gateway; the system CAs are used otherwise. */
  readonly caFile?: string;
  readonly insecureSkipTLSVerify?: boolean;
  readonly namespace?: string;
}

export interface CceOptions {
  readonly clusters?: readonly CceClusterOption[];
  /** Shared token file; NETPOL_CCE_TOKEN_FILE otherwise, then NETPOL_CCE_TOKEN. */
  readonly tokenFile?: string;
  readonly caFile?: string;
}

/** Parses `name=https://...` (the --cce option and each NETPOL_CCE_CLUSTERS entry). */
export function parseCceSpec(spec: string): CceClusterOption {
  const eq = spec.indexOf('=');
  const name = spec.slice(0, eq).trim();
  const url = spec.slice(eq + 1).trim();
  if (eq <= 0 || url === '')
    throw new BridgeConfigError(
      `a CCE cluster must be given as NAME=https://{cluster-id}.{endpoint}, not ${JSON.stringify(spec)}`,
    );
  return { name, url };
}

/** The CCE clusters from options plus NETPOL_CCE_CLUSTERS (entries separated by commas or whitespace). */
export function cceClusters(opts: CceOptions | undefined, env: NodeJS.ProcessEnv): CceClusterOption[] {
  const fromEnv = (env.NETPOL_CCE_CLUSTERS ?? '')
    .split(/[\s,]+/)
    .filter((s) => s !== '')
    .map(parseCceSpec);
  return [...(opts?.clusters ?? []), ...fromEnv];
}

async function readToken(c: CceClusterOption, opts: CceOptions | undefined, env: NodeJS.ProcessEnv): Promise<string> {
  const file = c.tokenFile ?? opts?.tokenFile ?? (env.NETPOL_CCE_TOKEN_FILE || undefined);
  if (file !== undefined) {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (err) {
      const code = (err as { code?: string }).code ?? 'unreadable';
      throw new CredentialsError(`the IAM token file ${JSON.stringify(file)} could not be read (${code})`);
    }
    const token = text.trim();
    if (token === '') throw new CredentialsError(`the IAM token file ${JSON.stringify(file)} is empty`);
    return token;
  }
  const token = (env.NETPOL_CCE_TOKEN ?? '').trim();
  if (token === '') throw new CredentialsError('no IAM token: set NETPOL_CCE_TOKEN or NETPOL_CCE_TOKEN_FILE');
  return token;
}

/** One RemoteTarget per CCE cluster. The TLS agent comes from client-node like every other target. */
export async function cceTargets(opts: CceOptions | undefined, env: NodeJS.ProcessEnv): Promise<RemoteTarget[]> {
  const list = cceClusters(opts, env);
  if (list.length === 0) return [];
  const { KubeConfig } = await import('@kubernetes/client-node');
  return list.map((c) => {
    let url: URL;
    try {
      url = new URL(c.url);
    } catch {
      throw new BridgeConfigError(`CCE cluster ${JSON.stringify(c.name)}: ${JSON.stringify(c.url)} is not a URL`);
    }
    if (url.protocol !== 'https:')
      throw new BridgeConfigError(`CCE cluster ${JSON.stringify(c.name)}: the gateway URL must use https`);
    if (url.username !== '' || url.password !== '')
      throw new BridgeConfigError(`CCE cluster ${JSON.stringify(c.name)}: the URL must not contain credentials`);
    const server = url.toString().replace(/\/$/, '');
    const kc = new KubeConfig();
    const caFile = c.caFile ?? opts?.caFile;
    kc.loadFromClusterAndUser(
      {
        name: c.name,
        server,
        skipTLSVerify: c.insecureSkipTLSVerify === true,
        ...(caFile === undefined ? {} : { caFile }),
      },
      { name: 'cce-iam' },
    );
    const agents = new AgentCache();
    return {
      close: () => agents.close(),
      info: {
        name: c.name,
        kind: 'cce' as const,
        server: displayUrl(server),
        namespace: c.namespace ?? 'default',
        authKind: 'iam-token' as const,
        insecureSkipTLSVerify: c.insecureSkipTLSVerify === true,
      },
      server,
      async prepare(): Promise<PreparedRequest> {
        const token = await readToken(c, opts, env);
        const req: Partial<PreparedRequest> = { headers: {} };
        try {
          await kc.applyToHTTPSOptions(req);
        } catch (err) {
          const code = (err as { code?: string }).code;
          throw new CredentialsError(
            code === 'ENOENT'
              ? `the CA file ${JSON.stringify(caFile)} does not exist`
              : 'the TLS settings could not be used',
          );
        }
        req.headers = { ...(req.headers as Record<string, string>), 'X-Auth-Token': token };
        return agents.reuse(req as PreparedRequest);
      },
    };
  });
}
