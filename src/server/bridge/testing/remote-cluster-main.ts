// Test-only, for Playwright and manual tries: runs the HTTPS "remote cluster" (the demo cluster's
// handler behind token/client-cert auth) and writes a kubeconfig for it, until SIGTERM/SIGINT.
//   node --import tsx src/server/bridge/testing/remote-cluster-main.ts --port 6443 --kubeconfig-out FILE
// Contexts: remote (valid token), remote-viewer (writes answer 403), remote-expired (401),
// remote-wrong-ca (TLS refused), remote-down (nothing listens).
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { loadSeedFile } from '../../seed';
import { startFakeRemote } from './fake-remote';
import { writeKubeconfig } from './harness';
import { b64, makeTestPki } from './pki';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i === -1 ? undefined : process.argv[i + 1];
}

const out = arg('--kubeconfig-out');
if (out === undefined) {
  console.error('usage: remote-cluster-main.ts [--port N] --kubeconfig-out FILE');
  process.exit(2);
}
const pki = makeTestPki();
const token = `tok-${randomBytes(16).toString('hex')}`;
const viewer = `viewer-${randomBytes(16).toString('hex')}`;
const remote = await startFakeRemote(pki, {
  mode: 'kube',
  tokens: [token],
  viewerTokens: [viewer],
  seed: loadSeedFile(),
  port: Number(arg('--port') ?? 0),
});
const ca = { server: remote.url, 'certificate-authority-data': b64(pki.caCert) };
const file = writeKubeconfig(path.dirname(path.resolve(out)), path.basename(out), [
  { name: 'remote', cluster: ca, user: { token }, namespace: 'default' },
  { name: 'remote-viewer', cluster: ca, user: { token: viewer } },
  { name: 'remote-expired', cluster: ca, user: { token: 'expired-token' } },
  {
    name: 'remote-wrong-ca',
    cluster: { server: remote.url, 'certificate-authority-data': b64(pki.otherCaCert) },
    user: { token },
  },
  {
    name: 'remote-down',
    cluster: { server: 'https://127.0.0.1:1', 'certificate-authority-data': b64(pki.caCert) },
    user: { token },
  },
]);
console.log(`remote cluster listening on ${remote.url}; kubeconfig written to ${file}`);
const stop = (): void => {
  void remote.close().then(() => {
    pki.cleanup();
    process.exit(0);
  });
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
