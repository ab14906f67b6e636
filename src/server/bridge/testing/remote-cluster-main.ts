// Test-only, for Playwright and manual tries: runs the HTTPS "remote cluster" (the demo cluster's
// handler behind token/client-cert auth) and writes a kubeconfig for it, until SIGTERM/SIGINT.
//   node --import tsx src/server/bridge/testing/remote-cluster-main.ts --port 6443 --kubeconfig-out FILE
// Contexts: remote (valid token), remote-viewer (writes answer 403), remote-expired (401),
// remote-wrong-ca (TLS refused), remote-down (nothing listens), remote-exec-fails (the exec
// credential plugin exits 1), remote-token-file (the token read from a file next to the kubeconfig).
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
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
const outDir = path.dirname(path.resolve(out));
const failingPlugin = path.join(pki.dir, 'failing-plugin.cjs');
// Like a real plugin whose login expired: a message (with a secret in it) on stderr, exit 1.
writeFileSync(failingPlugin, `process.stderr.write('login expired for ${token}\\n'); process.exit(1);\n`);
writeFileSync(path.join(outDir, 'remote-token'), `${token}\n`);
const file = writeKubeconfig(outDir, path.basename(out), [
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
  {
    name: 'remote-exec-fails',
    cluster: ca,
    user: {
      exec: {
        apiVersion: 'client.authentication.k8s.io/v1',
        command: process.execPath,
        args: [failingPlugin],
        interactiveMode: 'Never',
      },
    },
  },
  { name: 'remote-token-file', cluster: ca, user: { tokenFile: 'remote-token' } },
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
