// Test-only: one remote cluster over HTTPS, a kubeconfig with a context per authentication case,
// the loaded registry and a running bridge; everything in a temp dir removed by close().
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadClusters, type ClusterRegistry } from '../registry';
import { startBridge, writeKubeconfig, type BridgeServer } from './harness';
import { b64, makeTestPki, type TestPki } from './pki';
import { startFakeRemote, type FakeRemote } from './fake-remote';

export interface Fixture {
  readonly pki: TestPki;
  readonly remote: FakeRemote;
  readonly token: string;
  readonly execToken: string;
  readonly viewerToken: string;
  /** How many times the exec credential plugin has run. */
  execRuns(): number;
  readonly kubeconfigPath: string;
  readonly registry: ClusterRegistry;
  readonly bridge: BridgeServer;
  close(): Promise<void>;
}

/** Context names: prod (token + CA data), certs (client cert files + CA file), exec (plugin), and the failing cases. */
export async function startFixture(opts: { timeoutMs?: number } = {}): Promise<Fixture> {
  const pki = makeTestPki();
  const token = `tok-${randomBytes(16).toString('hex')}`;
  const execToken = `exec-${randomBytes(16).toString('hex')}`;
  const viewerToken = `viewer-${randomBytes(16).toString('hex')}`;
  const remote = await startFakeRemote(pki, { mode: 'kube', tokens: [token, execToken], viewerTokens: [viewerToken] });
  // The plugin counts its runs (one line each in exec-runs.log) and, like real plugins, says when
  // its credential expires, so it need not run for every request.
  const plugin = path.join(pki.dir, 'plugin.cjs');
  const execRuns = path.join(pki.dir, 'exec-runs.log');
  writeFileSync(
    plugin,
    `require('fs').appendFileSync(${JSON.stringify(execRuns)}, 'run\\n');\n` +
      `const expirationTimestamp = new Date(Date.now() + 3600e3).toISOString();\n` +
      `process.stdout.write(JSON.stringify({ apiVersion: 'client.authentication.k8s.io/v1', kind: 'ExecCredential', status: { token: ${JSON.stringify(execToken)}, expirationTimestamp } }));\n`,
  );
  const hanging = path.join(pki.dir, 'hanging-plugin.cjs');
  writeFileSync(hanging, `setTimeout(() => process.exit(1), 3000);\n`); // never prints a credential
  const failing = path.join(pki.dir, 'failing-plugin.cjs');
  writeFileSync(failing, `process.stderr.write('login expired for ${token}\\n'); process.exit(1);\n`);
  const ca = { server: remote.url, 'certificate-authority-data': b64(pki.caCert) };
  const exec = (script: string): Record<string, unknown> => ({
    exec: {
      apiVersion: 'client.authentication.k8s.io/v1',
      command: process.execPath,
      args: [script],
      interactiveMode: 'Never',
    },
  });
  const kubeconfigPath = writeKubeconfig(pki.dir, 'kubeconfig', [
    { name: 'prod', cluster: ca, user: { token }, namespace: 'shop' },
    {
      name: 'certs',
      cluster: { server: remote.url, 'certificate-authority': pki.caFile },
      user: { 'client-certificate': pki.clientCertFile, 'client-key': pki.clientKeyFile },
    },
    {
      name: 'certs-relative', // paths relative to the kubeconfig's directory, as kubectl resolves them
      cluster: { server: remote.url, 'certificate-authority': 'ca.crt' },
      user: { 'client-certificate': 'client.crt', 'client-key': 'client.key' },
    },
    {
      name: 'certs-data',
      cluster: ca,
      user: { 'client-certificate-data': b64(pki.clientCert), 'client-key-data': b64(pki.clientKey) },
    },
    { name: 'exec', cluster: ca, user: exec(plugin) },
    { name: 'exec-fails', cluster: ca, user: exec(failing) },
    { name: 'exec-hangs', cluster: ca, user: exec(hanging) },
    { name: 'wrong-token', cluster: ca, user: { token: 'not-the-token' } },
    { name: 'viewer', cluster: ca, user: { token: viewerToken } },
    { name: 'arn:aws:eks:eu-west-1:123456789012:cluster/shop', cluster: ca, user: { token } },
    {
      name: 'wrong-ca',
      cluster: { server: remote.url, 'certificate-authority-data': b64(pki.otherCaCert) },
      user: { token },
    },
    { name: 'insecure', cluster: { server: remote.url, 'insecure-skip-tls-verify': true }, user: { token } },
    {
      name: 'down',
      cluster: { server: 'https://127.0.0.1:1', 'certificate-authority-data': b64(pki.caCert) },
      user: { token },
    },
  ]);
  const registry = await loadClusters({ kubeconfigPath, env: {} });
  const bridge = await startBridge(registry, opts.timeoutMs);
  return {
    pki,
    remote,
    token,
    execToken,
    viewerToken,
    execRuns: () =>
      existsSync(execRuns)
        ? readFileSync(execRuns, 'utf8')
            .split('\n')
            .filter((l) => l !== '').length
        : 0,
    kubeconfigPath,
    registry,
    bridge,
    close: async () => {
      await bridge.close();
      registry.close();
      await remote.close();
      pki.cleanup();
    },
  };
}
