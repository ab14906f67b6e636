// The durable store: reopen after writes, torn journal tails, interrupted snapshots, compaction,
// the global resourceVersion, and 100 concurrent creates of one name through the HTTP API.
import { appendFileSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadSeedFile } from './seed';
import { Store, type Obj } from './store';
import { policy, postPolicy, startTestServer } from './test-support';

const dirs: string[] = [];
const tmp = () => {
  const d = mkdtempSync(path.join(os.tmpdir(), 'netpol-store-'));
  dirs.push(d);
  return d;
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const np = (ns: string, name: string): Obj => ({
  kind: 'NetworkPolicy',
  apiVersion: 'networking.k8s.io/v1',
  metadata: { name, namespace: ns },
  spec: { podSelector: {} },
});
const seed = (): Obj[] => [{ kind: 'Namespace', apiVersion: 'v1', metadata: { name: 'default' } }];

describe('Store', () => {
  it('seeds a new directory once and keeps every acknowledged write across reopen', async () => {
    const dir = tmp();
    const a = await Store.open(dir, seed);
    await a.transact((tx) => tx.put('networkpolicies', np('default', 'one')));
    await a.transact((tx) => tx.put('networkpolicies', np('default', 'two')));
    await a.transact((tx) => tx.remove('networkpolicies', 'default', 'one'));
    const rv = a.resourceVersion;
    await a.close();
    let seeded = 0;
    const b = await Store.open(dir, () => {
      seeded++;
      return [];
    });
    expect(seeded).toBe(0);
    expect(b.list('networkpolicies').map((o) => o.metadata.name)).toEqual(['two']);
    expect(b.get('namespaces', '', 'default')).toBeDefined();
    expect(b.resourceVersion).toBe(rv);
    const next = await b.transact((tx) => tx.put('networkpolicies', np('default', 'three')));
    expect(Number(next.metadata.resourceVersion)).toBe(Number(rv) + 1);
    await b.close();
  });

  it('drops a torn last journal line and stays writable', async () => {
    const dir = tmp();
    const a = await Store.open(dir, seed);
    await a.transact((tx) => tx.put('networkpolicies', np('default', 'kept')));
    await a.close();
    appendFileSync(
      path.join(dir, 'journal.jsonl'),
      '{"rv":99,"ops":[{"res":"networkpolicies","key":"default/torn","obj":{"metad',
    );
    const b = await Store.open(dir, seed);
    expect(b.list('networkpolicies').map((o) => o.metadata.name)).toEqual(['kept']);
    await b.transact((tx) => tx.put('networkpolicies', np('default', 'after')));
    await b.close();
    expect(
      readFileSync(path.join(dir, 'journal.jsonl'), 'utf8')
        .split('\n')
        .filter((l) => l !== '')
        .every((l) => JSON.parse(l) !== null),
    ).toBe(true);
    const c = await Store.open(dir, seed);
    expect(c.list('networkpolicies').map((o) => o.metadata.name)).toEqual(['after', 'kept']);
    await c.close();
  });

  it('ignores a leftover snapshot tmp file (a snapshot write interrupted before its rename)', async () => {
    const dir = tmp();
    const a = await Store.open(dir, seed);
    await a.transact((tx) => tx.put('networkpolicies', np('default', 'x')));
    await a.close();
    writeFileSync(path.join(dir, 'snapshot.json.1234.tmp'), '{"format":1,"rv":');
    const b = await Store.open(dir, seed);
    expect(b.get('networkpolicies', 'default', 'x')).toBeDefined();
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    await b.close();
  });

  it('compacts the journal into the snapshot without losing anything', async () => {
    const dir = tmp();
    const a = await Store.open(dir, seed);
    // Rewriting 10 objects 1,500 times: the journal outgrows max(1000, 2 x live objects).
    for (let i = 0; i < 1500; i++) await a.transact((tx) => tx.put('networkpolicies', np('default', `p${i % 10}`)));
    await a.close();
    const journal = readFileSync(path.join(dir, 'journal.jsonl'), 'utf8')
      .split('\n')
      .filter((l) => l !== '');
    expect(journal.length).toBeLessThan(1000);
    expect(readFileSync(path.join(dir, 'snapshot.json'), 'utf8')).toContain('"p9"');
    const b = await Store.open(dir, seed);
    expect(b.list('networkpolicies')).toHaveLength(10);
    expect(b.resourceVersion).toBe(String(1 + 1500));
    await b.close();
  });

  it("refuses a data directory another live server holds, and takes over a dead one's lock", async () => {
    const dir = tmp();
    const a = await Store.open(dir, seed);
    writeFileSync(path.join(dir, 'lock'), '1'); // pid 1 always runs
    await expect(Store.open(dir, seed)).rejects.toThrow(
      `${dir} is in use by another NetworkPolicy Studio server (pid 1)`,
    );
    await a.close();
    writeFileSync(path.join(dir, 'lock'), '2147483646'); // no such process
    const b = await Store.open(dir, seed);
    expect(readFileSync(path.join(dir, 'lock'), 'utf8')).toBe(String(process.pid));
    await b.close();
  });

  it('undoes a transaction that throws', async () => {
    const s = Store.inMemory(seed());
    await expect(
      s.transact((tx) => {
        tx.put('networkpolicies', np('default', 'half'));
        throw new Error('no');
      }),
    ).rejects.toThrow('no');
    expect(s.get('networkpolicies', 'default', 'half')).toBeUndefined();
    expect(s.resourceVersion).toBe('1');
  });
});

describe('concurrency', () => {
  it('100 simultaneous creates of one name: exactly one 201 and 99 AlreadyExists (durable store)', async () => {
    const srv = await startTestServer(await Store.open(tmp(), loadSeedFile));
    try {
      const replies = await Promise.all(
        Array.from({ length: 100 }, () => postPolicy(srv.url, 'default', policy('same-name'))),
      );
      const codes = replies.map((r) => r.status);
      expect(codes.filter((c) => c === 201)).toHaveLength(1);
      expect(codes.filter((c) => c === 409)).toHaveLength(99);
      for (const r of replies.filter((x) => x.status === 409)) {
        expect(r.json).toMatchObject({
          reason: 'AlreadyExists',
          message: 'networkpolicies.networking.k8s.io "same-name" already exists',
        });
      }
    } finally {
      await srv.close();
    }
  });

  it('100 simultaneous creates of different names all succeed with distinct resourceVersions', async () => {
    const srv = await startTestServer(await Store.open(tmp(), loadSeedFile));
    try {
      const replies = await Promise.all(
        Array.from({ length: 100 }, (_, i) => postPolicy(srv.url, 'default', policy(`n-${i}`))),
      );
      expect(replies.every((r) => r.status === 201)).toBe(true);
      const rvs = new Set(
        replies.map((r) => (r.json as { metadata: { resourceVersion: string } }).metadata.resourceVersion),
      );
      expect(rvs.size).toBe(100);
    } finally {
      await srv.close();
    }
  });
});
