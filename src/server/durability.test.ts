// The durability promise, tested on the real process: creates are fired at the server, it is
// killed with SIGKILL in the middle of them, restarted on the same data directory, and every
// create that was acknowledged with 201 must be there (and the store must open at all).
import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { NP_PATH, policy, request, spawnServer, type Spawned } from './test-support';

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'netpol-durable-'));
const running: Spawned[] = [];
afterAll(() => {
  for (const s of running) s.proc.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

/** Keeps `clients` create loops going until the server dies; returns the names answered 201. */
async function fireUntilDeath(
  url: string,
  round: number,
  clients: number,
  acked: string[],
): Promise<{ acked: string[]; attempted: number }> {
  let attempted = 0;
  const agent = new http.Agent({ keepAlive: true, maxSockets: clients });
  const loop = async (c: number) => {
    for (let i = 0; ; i++) {
      const name = `r${round}-c${c}-${i}`;
      attempted++;
      try {
        const r = await request(url, `${NP_PATH}/default/networkpolicies`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify(
            policy(name, {
              podSelector: { matchLabels: { round: String(round) } },
              ingress: [{ ports: [{ port: 80 }] }],
            }),
          ),
          agent,
        });
        if (r.status === 201) acked.push(name);
        else throw new Error(`unexpected ${r.status}: ${r.text}`);
      } catch (err) {
        if (err instanceof Error && err.message.startsWith('unexpected')) throw err;
        return; // the connection died with the server
      }
    }
  };
  await Promise.all(Array.from({ length: clients }, (_, c) => loop(c)));
  agent.destroy();
  return { acked, attempted };
}

describe('durability across kill -9', () => {
  it('keeps every acknowledged create over several SIGKILLs mid-stream, and the store stays readable', async () => {
    const allAcked: string[] = [];
    for (let round = 0; round < 3; round++) {
      const srv = await spawnServer(['--port', '0', '--data-dir', dataDir]);
      running.push(srv);
      // The previous rounds' acknowledged objects survived the kill.
      const list = await request(srv.url, `${NP_PATH}/default/networkpolicies`);
      expect(list.status).toBe(200);
      const present = new Set(
        (list.json as { items: { metadata: { name: string } }[] }).items.map((i) => i.metadata.name),
      );
      const missing = allAcked.filter((n) => !present.has(n));
      expect(missing).toEqual([]);
      const ackedNow: string[] = [];
      const firing = fireUntilDeath(srv.url, round, 8, ackedNow);
      // Kill while requests are in flight, after a varying number of acknowledgements (counted
      // rather than timed: a loaded machine may be slow to answer the first ones).
      // The wait is bounded by wall time, generously: on a loaded 2-core machine fsyncs can take tens
      // of milliseconds each, and only "at least one acknowledged" is asserted.
      const want = 20 + round * 40;
      const until = Date.now() + 60_000;
      while (ackedNow.length < want && Date.now() < until) await new Promise((r) => setTimeout(r, 5));
      srv.proc.kill('SIGKILL');
      const { acked, attempted } = await firing;
      expect(await srv.exited).toBe('SIGKILL');
      expect(acked.length).toBeGreaterThan(0);
      expect(attempted).toBeGreaterThan(acked.length); // some were in flight when it died
      allAcked.push(...acked);
    }
    const last = await spawnServer(['--port', '0', '--data-dir', dataDir]);
    running.push(last);
    const list = await request(last.url, `${NP_PATH}/default/networkpolicies`);
    const items = (list.json as { items: { metadata: { name: string; resourceVersion: string } }[] }).items;
    const present = new Set(items.map((i) => i.metadata.name));
    expect(allAcked.filter((n) => !present.has(n))).toEqual([]);
    // resourceVersions stay unique and the store keeps counting up after the restarts.
    expect(new Set(items.map((i) => i.metadata.resourceVersion)).size).toBe(items.length);
    const after = await request(last.url, `${NP_PATH}/default/networkpolicies`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(policy('after-restarts')),
    });
    expect(after.status).toBe(201);
    const maxRv = Math.max(...items.map((i) => Number(i.metadata.resourceVersion)));
    expect(Number((after.json as { metadata: { resourceVersion: string } }).metadata.resourceVersion)).toBeGreaterThan(
      maxRv,
    );
    last.proc.kill('SIGTERM');
    expect(await last.exited).toBe(0);
  }, 400_000);
});
