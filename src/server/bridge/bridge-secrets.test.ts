// Credentials never leave the bridge: after requests of every kind (success, remote 401, TLS and
// network failures, plugin failures, refusals, the cluster list), no token, key, certificate or
// kubeconfig content appears in any response body or header, in the bridge's log, or on the console.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { request, type RawResponse } from './testing/harness';
import { b64 } from './testing/pki';
import { startFixture, type Fixture } from './testing/fixture';

let fx: Fixture;
beforeAll(async () => {
  fx = await startFixture();
});
afterAll(async () => {
  await fx.close();
});

/** Every secret, also as fragments long enough to identify it (PEM bodies, base64 forms). */
function secrets(): string[] {
  const pemBody = (pem: string): string[] =>
    pem
      .split('\n')
      .filter((l) => l !== '' && !l.startsWith('-----'))
      .filter((l) => l.length >= 16);
  const kubeconfig = readFileSync(fx.kubeconfigPath, 'utf8');
  return [
    fx.token,
    fx.execToken,
    ...pemBody(fx.pki.clientKey),
    ...pemBody(fx.pki.clientCert),
    b64(fx.pki.clientKey).slice(0, 40),
    b64(fx.pki.clientCert).slice(0, 40),
    kubeconfig.slice(0, 60),
    'client-key-data',
    'BEGIN EC PRIVATE KEY',
    'BEGIN PRIVATE KEY',
  ];
}

describe('credentials stay in the bridge', () => {
  it('appear in no response, header, log line or console output', async () => {
    const consoleOut: string[] = [];
    const spies = (['log', 'info', 'warn', 'error', 'debug'] as const).map((m) =>
      vi.spyOn(console, m).mockImplementation((...args: unknown[]) => {
        consoleOut.push(args.map(String).join(' '));
      }),
    );
    const port = fx.bridge.port;
    const np = (c: string): string => `/clusters/${c}/apis/networking.k8s.io/v1/namespaces/default/networkpolicies`;
    const body = {
      apiVersion: 'networking.k8s.io/v1',
      kind: 'NetworkPolicy',
      metadata: { name: 's' },
      spec: { podSelector: {} },
    };
    const responses: RawResponse[] = [];
    try {
      for (const c of [
        'prod',
        'certs',
        'certs-data',
        'exec',
        'exec-fails',
        'wrong-token',
        'wrong-ca',
        'insecure',
        'down',
      ]) {
        responses.push(await request(port, 'GET', `/clusters/${c}/version`));
        responses.push(await request(port, 'GET', np(c)));
      }
      responses.push(await request(port, 'POST', np('prod'), { body }));
      responses.push(
        await request(port, 'PUT', `${np('prod')}/s`, {
          body: { ...body, metadata: { name: 's', resourceVersion: '1' } },
        }),
      );
      responses.push(await request(port, 'GET', '/clusters'));
      responses.push(await request(port, 'GET', '/clusters/prod/api/v1/namespaces/default/secrets'));
      responses.push(await request(port, 'GET', '/clusters/prod/version', { headers: { Host: 'evil.example' } }));
      responses.push(await request(port, 'POST', np('prod'), { body, headers: { Origin: 'https://evil.example' } }));
    } finally {
      for (const s of spies) s.mockRestore();
    }
    expect(responses.map((r) => r.status)).toContain(401);
    expect(responses.map((r) => r.status)).toContain(502);
    expect(fx.bridge.logs.length).toBeGreaterThan(10);
    const haystacks: [string, string][] = [
      ...responses.map((r, i): [string, string] => [`response ${i}`, `${r.rawHeaders.join('\n')}\n${r.text}`]),
      ['bridge log', fx.bridge.logs.join('\n')],
      ['console', consoleOut.join('\n')],
    ];
    for (const secret of secrets()) {
      for (const [where, text] of haystacks) {
        expect(text.includes(secret), `${where} contains ${secret.slice(0, 12)}...`).toBe(false);
      }
    }
  });
});
