// `npm start` entry (called by scripts/start.js): parses options, opens the demo cluster's store,
// serves the API and the built app, and shuts down cleanly on SIGINT/SIGTERM.
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createApp } from './app';
import { createHttpServer } from './http-server';
// Bridge to real clusters (issue 6; owned by src/server/bridge, see its README-integration.md).
import {
  BridgeConfigError,
  createBridgeBefore,
  extractBridgeArgs,
  loadClusters,
  servedHosts,
  type BridgeArgs,
} from './bridge';
import { closeAllWatches } from './list-watch';
import { loadSeedFile } from './seed';
import { Store } from './store';

export interface ServerOptions {
  port: number;
  host: string;
  dataDir: string;
  inMemory: boolean;
  seed: string | undefined;
}

export const USAGE = `Usage: npm start -- [options]
  --port N          port to listen on (default 8080; 0 picks a free one)
  --host ADDR       address to bind (default 127.0.0.1)
  --data-dir DIR    where the demo cluster keeps its data
                    (default $XDG_DATA_HOME/networkpolicy-studio or ~/.local/share/networkpolicy-studio)
  --in-memory       keep everything in memory; nothing is written to disk
  --seed FILE       YAML/JSON with Namespace and Pod objects to start a new cluster from
                    (default: the shipped web-shop demo)
  --kubeconfig FILE offer every context of FILE as a cluster beside the demo
                    (default: $KUBECONFIG, several files separated by ':')
  --context NAME    the cluster selected at start (default: the kubeconfig's current-context)
  --cce NAME=URL    a Huawei CCE cluster through its API gateway https://{cluster-id}.{endpoint};
                    IAM token from $NETPOL_CCE_TOKEN_FILE (re-read per request) or $NETPOL_CCE_TOKEN
  --cce-token-file F  IAM token file for --cce clusters
  --cce-ca-file F   extra CA bundle for the CCE gateway
  --help            show this help`;

export class UsageError extends Error {}

export function defaultDataDir(env: NodeJS.ProcessEnv = process.env): string {
  const base =
    env.XDG_DATA_HOME !== undefined && env.XDG_DATA_HOME !== ''
      ? env.XDG_DATA_HOME
      : path.join(os.homedir(), '.local', 'share');
  return path.join(base, 'networkpolicy-studio');
}

/** Throws UsageError for anything it does not understand; returns null for --help. */
export function parseArgs(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): ServerOptions | null {
  const o: ServerOptions = {
    port: 8080,
    host: '127.0.0.1',
    dataDir: defaultDataDir(env),
    inMemory: false,
    seed: undefined,
  };
  const args = argv.flatMap((a) =>
    a.startsWith('--') && a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a],
  );
  for (let i = 0; i < args.length; i++) {
    const a = args[i] ?? '';
    const value = (): string => {
      const v = args[++i];
      if (v === undefined || v === '') throw new UsageError(`option ${a} needs a value`);
      return v;
    };
    switch (a) {
      case '--help':
      case '-h':
        return null;
      case '--port': {
        const v = value();
        if (!/^\d+$/.test(v) || Number(v) > 65535)
          throw new UsageError(`--port must be a number from 0 to 65535, not ${JSON.stringify(v)}`);
        o.port = Number(v);
        break;
      }
      case '--host':
        o.host = value();
        break;
      case '--data-dir':
        o.dataDir = path.resolve(value());
        break;
      case '--in-memory':
        o.inMemory = true;
        break;
      case '--seed':
        o.seed = path.resolve(value());
        break;
      default:
        throw new UsageError(a.startsWith('-') ? `unknown option ${a}` : `unexpected argument ${JSON.stringify(a)}`);
    }
  }
  return o;
}

const DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'dist');

export async function main(argv: string[]): Promise<void> {
  let opts: ServerOptions | null;
  let bridgeArgs: BridgeArgs; // bridge: its options are taken out of argv first
  try {
    const split = extractBridgeArgs(argv);
    bridgeArgs = split.bridge;
    opts = parseArgs(split.rest);
  } catch (err) {
    if (!(err instanceof UsageError) && !(err instanceof BridgeConfigError)) throw err;
    console.error(`netpol-studio: ${err.message}\n${USAGE}`);
    process.exit(2);
  }
  if (opts === null) {
    console.log(USAGE);
    return;
  }
  // bridge: kubeconfig contexts and CCE clusters (nothing is loaded when none is configured).
  const registry = await loadClusters({ ...bridgeArgs, env: process.env }).catch((err: unknown) => {
    if (!(err instanceof BridgeConfigError)) throw err;
    console.error(`netpol-studio: ${err.message}`);
    process.exit(2);
  });
  let servedHostList: string[] = [];
  const seed = () => loadSeedFile(opts.seed);
  let store: Store;
  try {
    store = opts.inMemory ? Store.inMemory(seed()) : await Store.open(opts.dataDir, seed);
  } catch (err) {
    console.error(
      `netpol-studio: cannot open the demo cluster's data: ${err instanceof Error ? err.message : String(err)}`,
    );
    process.exit(1);
  }
  const before = createBridgeBefore(registry, { allowedHosts: () => servedHostList }); // bridge + Host/Origin guard
  const server = createHttpServer(createApp(store, { distDir: DIST, before }));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, opts.host, () => resolve());
  }).catch((err: unknown) => {
    console.error(
      `netpol-studio: cannot listen on ${opts.host}:${opts.port}: ${err instanceof Error ? err.message : String(err)}`,
    );
    process.exit(1);
  });
  const addr = server.address();
  const port = typeof addr === 'object' && addr !== null ? addr.port : opts.port;
  servedHostList = servedHosts(opts.host, port); // bridge: the Host values this server answers to
  const shownHost = opts.host.includes(':') ? `[${opts.host}]` : opts.host;
  console.log(`NetworkPolicy Studio listening on http://${shownHost}:${port}`);
  console.log(opts.inMemory ? 'Demo cluster: in memory (nothing is saved)' : `Demo cluster data: ${opts.dataDir}`);
  if (registry.remotes.size > 0) {
    console.log(
      `Clusters: ${registry
        .list()
        .map((c) => c.name)
        .join(', ')} (selected: ${registry.current})`,
    );
  }
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.error(`netpol-studio: ${signal}, shutting down`);
    closeAllWatches();
    registry.close(); // bridge: pooled connections to real clusters
    server.close(() => {
      void store.close().then(() => process.exit(0));
    });
    server.closeIdleConnections();
    // Requests still running get a moment; then the process ends regardless.
    setTimeout(() => process.exit(0), 3000).unref();
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

// Run directly (`node --import tsx src/server/main.ts ...`) as well as through scripts/start.js.
if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main(process.argv.slice(2));
}
