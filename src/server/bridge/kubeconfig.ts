// Loads one or more kubeconfig files (kubectl's merge rule: the first file to define a name wins)
// with @kubernetes/client-node and turns every context into a RemoteTarget that authenticates with it.
import type { Cluster, Context, KubeConfig, User } from '@kubernetes/client-node';
import { AgentCache } from './agent-cache';
import { kubeconfigTokenFiles, TokenFileSource } from './token-file';
import {
  BridgeConfigError,
  CredentialsError,
  displayUrl,
  type AuthKind,
  type PreparedRequest,
  type RemoteTarget,
} from './types';

const EXEC_RUN_LIMIT_MS = 60_000;

export interface LoadedKubeconfig {
  readonly targets: RemoteTarget[];
  /** The kubeconfig's current-context, when it names an existing context. */
  readonly currentContext: string | undefined;
}

/** The files a kubeconfig option names: an explicit path, else KUBECONFIG split on ':' (empty entries dropped). */
export function kubeconfigFiles(kubeconfigPath: string | undefined, env: NodeJS.ProcessEnv): string[] {
  if (kubeconfigPath !== undefined && kubeconfigPath !== '') return [kubeconfigPath];
  return (env.KUBECONFIG ?? '').split(':').filter((f) => f !== '');
}

function describeLoadError(file: string, err: unknown): string {
  // js-yaml's messages quote the offending lines, which may hold keys or tokens: keep only the reason.
  const e = err as { name?: string; reason?: string; mark?: { line?: number }; code?: string; message?: string };
  if (e.name === 'YAMLException')
    return `${file}: not valid YAML (${e.reason ?? 'parse error'} at line ${(e.mark?.line ?? 0) + 1})`;
  if (e.code === 'ENOENT') return `${file}: no such file`;
  if (e.code === 'EACCES') return `${file}: permission denied`;
  const msg = typeof e.message === 'string' ? e.message.split('\n')[0] : 'unreadable';
  return `${file}: ${msg}`;
}

/** Loads and merges the files; KUBECONFIG entries that do not exist are skipped, as kubectl does. */
export async function loadKubeconfig(files: readonly string[], explicit: boolean): Promise<LoadedKubeconfig> {
  const { KubeConfig } = await import('@kubernetes/client-node');
  const clusters = new Map<string, Cluster>();
  const users = new Map<string, User>();
  const contexts = new Map<string, Context>();
  const tokenFiles = new Map<string, string>();
  let current: string | undefined;
  let loaded = 0;
  for (const file of files) {
    const kc = new KubeConfig();
    try {
      kc.loadFromFile(file);
    } catch (err) {
      if (!explicit && (err as { code?: string }).code === 'ENOENT') continue;
      throw new BridgeConfigError(`could not load kubeconfig ${describeLoadError(file, err)}`);
    }
    loaded++;
    for (const c of kc.getClusters()) if (!clusters.has(c.name)) clusters.set(c.name, c);
    for (const u of kc.getUsers()) if (!users.has(u.name)) users.set(u.name, u);
    for (const [user, tf] of kubeconfigTokenFiles(file)) if (!tokenFiles.has(user)) tokenFiles.set(user, tf);
    for (const x of kc.getContexts()) if (!contexts.has(x.name)) contexts.set(x.name, x);
    const cc = kc.getCurrentContext();
    if (current === undefined && typeof cc === 'string' && cc !== '') current = cc;
  }
  // Like kubectl, a KUBECONFIG whose files are all missing is an empty configuration, not an error.
  if (loaded === 0) return { targets: [], currentContext: undefined };
  const targets = [...contexts.values()].map((ctx) => {
    // One KubeConfig per context, kept for the server's lifetime, so exec plugin results are cached per context.
    const kc = new KubeConfig();
    kc.loadFromOptions({
      clusters: [...clusters.values()],
      users: [...users.values()],
      contexts: [...contexts.values()],
      currentContext: ctx.name,
    });
    const tokenFile = tokenFiles.get(ctx.user);
    return contextTarget(kc, ctx, clusters.get(ctx.cluster), users.get(ctx.user), tokenFile);
  });
  return { targets, currentContext: current !== undefined && contexts.has(current) ? current : undefined };
}

export function authKindOf(user: User | undefined, tokenFile?: string): AuthKind {
  if (user === undefined) return 'none';
  if (user.exec) return 'exec';
  if (tokenFile !== undefined) return 'token';
  if (user.authProvider) return user.authProvider.config?.tokenFile ? 'token' : 'auth-provider';
  if (user.token) return 'token';
  if (user.certData || user.certFile) return 'client-certificate';
  if (user.username) return 'basic';
  return 'none';
}

function contextTarget(
  kc: KubeConfig,
  ctx: Context,
  cluster: Cluster | undefined,
  user: User | undefined,
  tokenFile: string | undefined,
): RemoteTarget {
  let problem: string | undefined;
  if (cluster === undefined)
    problem = `context ${JSON.stringify(ctx.name)} names cluster ${JSON.stringify(ctx.cluster)}, which the kubeconfig does not define`;
  else if (user === undefined && ctx.user !== undefined && ctx.user !== '')
    problem = `context ${JSON.stringify(ctx.name)} names user ${JSON.stringify(ctx.user)}, which the kubeconfig does not define`;
  const server = cluster?.server ?? '';
  const info = {
    name: ctx.name,
    kind: 'kubeconfig' as const,
    server: cluster === undefined ? null : displayUrl(server),
    namespace: ctx.namespace !== undefined && ctx.namespace !== '' ? ctx.namespace : 'default',
    authKind: authKindOf(user, tokenFile),
    insecureSkipTLSVerify: cluster?.skipTLSVerify === true,
    ...(problem === undefined ? {} : { problem }),
  };
  const agents = new AgentCache();
  const tokenSource = tokenFile === undefined || user?.exec ? undefined : new TokenFileSource(tokenFile);
  let execRun: Promise<PreparedRequest> | undefined;
  const authenticate = async (): Promise<PreparedRequest> => {
    const opts: Partial<PreparedRequest> = { headers: {} };
    try {
      await kc.applyToHTTPSOptions(opts);
    } catch (err) {
      throw new CredentialsError(describeAuthError(user, err));
    }
    if (opts.agent === undefined) throw new CredentialsError('no connection settings for this cluster');
    // As client-go: a token file, read now, takes precedence over a token given inline.
    if (tokenSource !== undefined) {
      opts.headers = {
        ...(opts.headers as Record<string, string>),
        Authorization: `Bearer ${await tokenSource.token()}`,
      };
    }
    return opts as PreparedRequest;
  };
  return {
    info,
    server,
    close: () => agents.close(),
    async prepare(): Promise<PreparedRequest> {
      if (problem !== undefined) throw new CredentialsError(problem);
      if (!user?.exec) return agents.reuse(await authenticate());
      // The UI sends several requests at once: they share one run of the exec plugin (one browser
      // login, not five). A plugin that never exits is given up on after a minute, so a fixed login
      // gets a new run.
      if (execRun === undefined) {
        const run = authenticate().finally(() => {
          if (execRun === run) execRun = undefined;
        });
        execRun = run;
        setTimeout(() => {
          if (execRun === run) execRun = undefined;
        }, EXEC_RUN_LIMIT_MS).unref();
      }
      return agents.reuse(await execRun);
    },
  };
}

/** A safe description of an authentication failure: never the plugin's output, which may carry secrets. */
function describeAuthError(user: User | undefined, err: unknown): string {
  const exec = (user?.exec ?? undefined) as { command?: unknown } | undefined;
  if (exec !== undefined && typeof exec.command === 'string') {
    const code = (err as { code?: string }).code;
    const plugin = `the exec credential plugin ${JSON.stringify(exec.command)}`;
    if (code === 'ENOENT') return `${plugin} was not found: install it, or fix the command in the kubeconfig`;
    // Its output is not shown (it may hold tokens); the user's own terminal shows it safely.
    return `${plugin} failed; run it yourself to see why (for example an expired login)`;
  }
  const code = (err as { code?: string }).code;
  if (code === 'ENOENT') return 'a certificate, key or token file named in the kubeconfig does not exist';
  if (code === 'EACCES') return 'a certificate, key or token file named in the kubeconfig is not readable';
  const msg = err instanceof Error ? (err.message.split('\n')[0] ?? '') : '';
  // client-node's own configuration errors (e.g. plain http without insecure-skip-tls-verify) are safe to show.
  return /^HTTP protocol is not allowed|^Unsupported proxy type|^No command was specified/.test(msg)
    ? msg
    : 'the kubeconfig credentials could not be used';
}
