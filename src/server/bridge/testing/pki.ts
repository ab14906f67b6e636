// Test-only: a throw-away PKI made with openssl in a temp dir (a CA, a server certificate for
// 127.0.0.1, a client certificate, and an unrelated CA) for the HTTPS "remote cluster".
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface TestPki {
  readonly dir: string;
  readonly caCert: string;
  readonly caFile: string;
  readonly serverKey: string;
  readonly serverCert: string;
  readonly clientKey: string;
  readonly clientCert: string;
  readonly clientKeyFile: string;
  readonly clientCertFile: string;
  /** A CA that did not sign the server certificate. */
  readonly otherCaCert: string;
  cleanup(): void;
}

const openssl = (dir: string, args: string[]): void => {
  execFileSync('openssl', args, { cwd: dir, stdio: 'pipe' });
};

const KEY = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];

function makeCa(dir: string, name: string): void {
  openssl(dir, [
    'req',
    '-x509',
    ...KEY,
    '-keyout',
    `${name}.key`,
    '-out',
    `${name}.crt`,
    '-days',
    '2',
    '-subj',
    `/CN=${name}`,
  ]);
}

function makeLeaf(dir: string, name: string, subject: string, ext: string): void {
  openssl(dir, ['req', ...KEY, '-keyout', `${name}.key`, '-out', `${name}.csr`, '-subj', subject]);
  writeFileSync(path.join(dir, `${name}.ext`), ext);
  openssl(dir, [
    'x509',
    '-req',
    '-in',
    `${name}.csr`,
    '-CA',
    'ca.crt',
    '-CAkey',
    'ca.key',
    '-CAcreateserial',
    '-out',
    `${name}.crt`,
    '-days',
    '2',
    '-extfile',
    `${name}.ext`,
  ]);
}

export function makeTestPki(): TestPki {
  const dir = mkdtempSync(path.join(tmpdir(), 'netpol-bridge-pki-'));
  makeCa(dir, 'ca');
  makeCa(dir, 'other-ca');
  makeLeaf(dir, 'server', '/CN=127.0.0.1', 'subjectAltName=IP:127.0.0.1,DNS:localhost\nextendedKeyUsage=serverAuth\n');
  makeLeaf(dir, 'client', '/O=netpol-testers/CN=alice', 'extendedKeyUsage=clientAuth\n');
  const read = (f: string): string => readFileSync(path.join(dir, f), 'utf8');
  return {
    dir,
    caCert: read('ca.crt'),
    caFile: path.join(dir, 'ca.crt'),
    serverKey: read('server.key'),
    serverCert: read('server.crt'),
    clientKey: read('client.key'),
    clientCert: read('client.crt'),
    clientKeyFile: path.join(dir, 'client.key'),
    clientCertFile: path.join(dir, 'client.crt'),
    otherCaCert: read('other-ca.crt'),
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** base64 of a PEM, as kubeconfig *-data fields hold it. */
export const b64 = (pem: string): string => Buffer.from(pem).toString('base64');
