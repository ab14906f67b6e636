// Server-side apply as structured-merge-diff does it on NetworkPolicy's schema: the applier owns its
// configuration's own fields, finalizers merge as a set and ownerReferences by uid, fields it stops
// applying are pruned, and changed fields of other managers are conflicts unless forced.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSeedFile } from './seed';
import { Store } from './store';
import {
  managedFieldsOf as managed,
  NP_PATH,
  policy,
  postPolicy,
  request,
  startTestServer,
  type TestServer,
} from './test-support';

type Rec = Record<string, unknown>;
let clock = Date.parse('2026-11-24T10:00:00Z');
let srv: TestServer;
beforeAll(async () => {
  srv = await startTestServer(Store.inMemory(loadSeedFile()), { now: () => new Date(clock) });
});
afterAll(async () => {
  await srv.close();
});

describe('fieldsV1 of server-side apply', () => {
  it('the applier owns its configuration as sent: no "." for maps, no defaulted policyTypes; Apply entries first', async () => {
    clock = Date.parse('2026-11-24T12:00:00Z');
    const url = `${NP_PATH}/default/networkpolicies/ssa`;
    const apply = (manager: string, config: unknown) =>
      request(srv.url, `${url}?fieldManager=${manager}`, {
        method: 'PATCH',
        headers: { 'Content-Type': 'application/apply-patch+yaml' },
        body: JSON.stringify(config),
      });
    const created = await apply('ssa-tool', policy('ssa', { podSelector: {} }, { labels: { a: '1' } }));
    expect(created.status).toBe(201);
    expect((created.json as { spec: Rec }).spec).toEqual({ podSelector: {}, policyTypes: ['Ingress'] });
    expect(managed(created)?.map((e) => [e.manager, e.operation, e.fieldsV1])).toEqual([
      ['ssa-tool', 'Apply', { 'f:metadata': { 'f:labels': { 'f:a': {} } }, 'f:spec': { 'f:podSelector': {} } }],
    ]);
    clock += 60_000;
    const edited = await request(srv.url, `${url}?fieldManager=editor`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/merge-patch+json' },
      body: JSON.stringify({ metadata: { labels: { b: '2' } } }),
    });
    clock += 60_000;
    expect(managed(edited)?.map((e) => e.manager)).toEqual(['ssa-tool', 'editor']);
    const reapplied = await apply('ssa-tool', policy('ssa', { podSelector: {}, egress: [{}] }, { labels: { a: '1' } }));
    expect(reapplied.status).toBe(200);
    expect(managed(reapplied)?.map((e) => [e.manager, e.operation, e.fieldsV1])).toEqual([
      [
        'ssa-tool',
        'Apply',
        { 'f:metadata': { 'f:labels': { 'f:a': {} } }, 'f:spec': { 'f:egress': {}, 'f:podSelector': {} } },
      ],
      ['editor', 'Update', { 'f:metadata': { 'f:labels': { 'f:b': {} } } }],
    ]);
  });
});

describe('server-side apply on metadata sets and keyed lists', () => {
  it('merges finalizers as a set and ownerReferences by uid, prunes what it stops applying, and reports conflicts by path', async () => {
    clock = Date.parse('2026-11-24T15:00:00Z');
    const url = `${NP_PATH}/default/networkpolicies/ssa-meta`;
    const apply = (config: unknown, q = '') =>
      request(srv.url, `${url}?fieldManager=ssa${q}`, {
        method: 'PATCH',
        headers: { 'Content-Type': 'application/apply-patch+yaml' },
        body: JSON.stringify(config),
      });
    const owner = { apiVersion: 'v1', kind: 'ConfigMap', name: 'o', uid: 'u1' };
    await postPolicy(
      srv.url,
      'default',
      policy('ssa-meta', { podSelector: {} }, { labels: { a: '1' }, finalizers: ['keep/me'] }),
      '?fieldManager=creator',
    );
    const full = await apply(
      policy(
        'ssa-meta',
        { podSelector: {} },
        { finalizers: ['x/y'], ownerReferences: [owner], annotations: { n: 'v' } },
      ),
    );
    expect(full.status).toBe(200);
    const m = (full.json as { metadata: Rec }).metadata;
    expect(m.finalizers).toEqual(['keep/me', 'x/y']);
    expect(m.ownerReferences).toEqual([owner]);
    expect(m.annotations).toEqual({ n: 'v' });
    expect(m.labels).toEqual({ a: '1' });
    expect(managed(full)?.find((e) => e.manager === 'ssa')?.fieldsV1).toEqual({
      'f:metadata': {
        'f:annotations': { 'f:n': {} },
        'f:finalizers': { 'v:"x/y"': {} },
        'f:ownerReferences': {
          'k:{"uid":"u1"}': { '.': {}, 'f:apiVersion': {}, 'f:kind': {}, 'f:name': {}, 'f:uid': {} },
        },
      },
      'f:spec': { 'f:podSelector': {} },
    });
    // Applying less prunes what only this manager owned; the creator's finalizer and label stay.
    const less = await apply(policy('ssa-meta', { podSelector: {} }, { ownerReferences: [owner] }));
    const m2 = (less.json as { metadata: Rec }).metadata;
    expect(m2.finalizers).toEqual(['keep/me']);
    expect(m2.annotations).toBeUndefined();
    expect(m2.ownerReferences).toEqual([owner]);
    // Changing the creator's label conflicts, by SMD path; forced, the creator loses it.
    const clash = await apply(policy('ssa-meta', { podSelector: {} }, { labels: { a: '2' } }));
    expect(clash.status).toBe(409);
    expect((clash.json as { message: string }).message).toBe(
      'Apply failed with 1 conflict: conflict with "creator" using networking.k8s.io/v1: .metadata.labels.a',
    );
    const forced = await apply(policy('ssa-meta', { podSelector: {} }, { labels: { a: '2' } }), '&force=true');
    expect(forced.status).toBe(200);
    expect((forced.json as { metadata: Rec }).metadata.labels).toEqual({ a: '2' });
    expect(managed(forced)?.find((e) => e.manager === 'creator')?.fieldsV1).toEqual({
      // The labels map itself stays the creator's: a member with nothing under it is `{}`.
      'f:metadata': { 'f:finalizers': { '.': {}, 'v:"keep/me"': {} }, 'f:labels': {} },
      'f:spec': { 'f:policyTypes': {} },
    });
  });
});
