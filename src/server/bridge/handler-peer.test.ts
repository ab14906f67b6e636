// Real clusters are bridged only for clients on this machine: with --host 0.0.0.0 a client on the
// network reaches the demo cluster but is refused before any credential is used for it.
import { mkdtempSync, rmSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBridgeHandler } from './handler';
import { loadClusters, type ClusterRegistry } from './registry';
import { isLoopbackAddress } from './security';
import { writeKubeconfig } from './testing/harness';

let dir = '';
let registry: ClusterRegistry;
beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'netpol-peer-'));
  // Nothing listens on port 1: a request that got past the peer check would be a 502, not a 403.
  const kc = writeKubeconfig(dir, 'kc', [
    { name: 'prod', cluster: { server: 'https://127.0.0.1:1' }, user: { token: 'peer-test-token' } },
  ]);
  registry = await loadClusters({ kubeconfigPath: kc, env: {} });
});
afterAll(() => {
  registry.close();
  rmSync(dir, { recursive: true, force: true });
});

interface Answer {
  status: number;
  body: string;
}

/** Runs the handler on a request from `peer` (what Node reports as the socket's remote address). */
async function ask(peer: string, url: string): Promise<Answer> {
  const answer: Answer = { status: 0, body: '' };
  const req = {
    method: 'GET',
    url,
    headers: { host: '0.0.0.0:8080' },
    socket: { remoteAddress: peer },
    complete: true,
  } as unknown as IncomingMessage;
  const fake = {
    headersSent: false,
    req,
    writeHead: (code: number) => {
      answer.status = code;
      fake.headersSent = true;
      return fake;
    },
    end: (body: string) => {
      answer.body = body;
    },
  };
  const res = fake as unknown as ServerResponse;
  const logs: string[] = [];
  const handler = createBridgeHandler(registry, {
    allowedHosts: ['0.0.0.0:8080'],
    logger: { info: (m) => logs.push(m), warn: (m) => logs.push(m) },
    timeoutMs: 2_000,
  });
  expect(await handler(req, res)).toBe(true);
  expect(logs.join('\n')).not.toContain('peer-test-token');
  return answer;
}

describe('bridging for clients on this machine only', () => {
  it.each([
    ['127.0.0.1', true],
    ['127.8.9.10', true],
    ['::1', true],
    ['::ffff:127.0.0.1', true],
    ['10.0.0.5', false],
    ['192.168.1.20', false],
    ['::ffff:10.0.0.5', false],
    ['fe80::1', false],
    ['::', false],
    ['0.0.0.0', false],
    ['128.0.0.1', false],
    ['', false],
  ])('%j is loopback: %s', (address, loopback) => {
    expect(isLoopbackAddress(address)).toBe(loopback);
  });

  it('refuses a real cluster to a client on the network, before using its credentials', async () => {
    for (const peer of ['10.0.0.5', '::ffff:192.168.1.20']) {
      const a = await ask(peer, '/clusters/prod/version');
      expect(a.status, peer).toBe(403);
      expect(JSON.parse(a.body)).toMatchObject({
        kind: 'Status',
        reason: 'Forbidden',
        code: 403,
        message:
          'cluster "prod" is bridged only for clients on this machine, with its kubeconfig credentials; from another machine use an SSH tunnel to its 127.0.0.1 (ssh -L)',
      });
    }
  });

  it('still lists the clusters to it, and lets a loopback client past (every other bridge test is one)', async () => {
    expect((await ask('10.0.0.5', '/clusters')).status).toBe(200);
    for (const peer of ['127.0.0.1', '::1', '::ffff:127.0.0.1']) {
      const local = await ask(peer, '/clusters/prod/version');
      expect(local.status, peer).not.toBe(403);
      expect(local.body).not.toContain('only for clients on this machine');
    }
  });
});
