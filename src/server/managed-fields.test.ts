// managedFields of Update operations, as structured-merge-diff computes them for NetworkPolicy's
// schema: which paths a create records (an empty podSelector is no change), how a later update
// takes changed fields from other managers, drops removed ones, and leaves a no-op alone.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSeedFile } from './seed';
import { Store } from './store';
import { EMPTY_NETWORK_POLICY, parseFieldsV1, toFieldsV1, updateManagedFields } from './managed-fields';
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
const T0 = '2026-11-24T10:00:00Z';

describe('fieldsV1 of a create', () => {
  it('a deny-all with podSelector {} records only the defaulted policyTypes', () => {
    const np = { metadata: { name: 'deny' }, spec: { podSelector: {}, policyTypes: ['Ingress'] } };
    expect(updateManagedFields(EMPTY_NETWORK_POLICY, np, 'kubectl-create', T0)).toEqual([
      {
        manager: 'kubectl-create',
        operation: 'Update',
        apiVersion: 'networking.k8s.io/v1',
        time: T0,
        fieldsType: 'FieldsV1',
        fieldsV1: { 'f:spec': { 'f:policyTypes': {} } },
      },
    ]);
  });

  it('maps and sets of metadata get "." and their members; list items by key; system fields never', async () => {
    const body = policy(
      '',
      { podSelector: { matchLabels: { app: 'db' } }, egress: [{}] },
      {
        generateName: 'gen-',
        uid: 'client-uid',
        labels: { b: '2', a: '1' },
        annotations: { note: 'x' },
        finalizers: ['example.com/keep'],
        ownerReferences: [{ apiVersion: 'v1', kind: 'ConfigMap', name: 'owner', uid: 'u-1' }],
      },
    );
    const r = await postPolicy(srv.url, 'default', body, '?fieldManager=tester');
    expect(r.status).toBe(201);
    expect(managed(r)).toEqual([
      {
        manager: 'tester',
        operation: 'Update',
        apiVersion: 'networking.k8s.io/v1',
        time: T0,
        fieldsType: 'FieldsV1',
        fieldsV1: {
          'f:metadata': {
            'f:annotations': { '.': {}, 'f:note': {} },
            'f:finalizers': { '.': {}, 'v:"example.com/keep"': {} },
            'f:generateName': {},
            'f:labels': { '.': {}, 'f:a': {}, 'f:b': {} },
            'f:ownerReferences': {
              '.': {},
              'k:{"uid":"u-1"}': { '.': {}, 'f:apiVersion': {}, 'f:kind': {}, 'f:name': {}, 'f:uid': {} },
            },
          },
          'f:spec': { 'f:egress': {}, 'f:podSelector': {}, 'f:policyTypes': {} },
        },
      },
    ]);
    // Key order in the JSON text too: "." first, then the children sorted.
    expect(JSON.stringify(managed(r)?.[0]?.fieldsV1)).toMatch(/^\{"f:metadata":\{"f:annotations":\{"\.":\{\},"f:note"/);
  });

  it('fieldsV1 parses back to the same paths and serialises in PathElement order', () => {
    const tree = {
      'f:metadata': { 'f:labels': { '.': {}, 'f:x': {} }, 'f:finalizers': { '.': {}, 'v:"b"': {}, 'v:"a"': {} } },
      'f:spec': { 'f:podSelector': {} },
    };
    const paths = parseFieldsV1(tree);
    expect([...paths.values()].map((p) => p.join(' '))).toEqual([
      'f:metadata f:labels',
      'f:metadata f:labels f:x',
      'f:metadata f:finalizers',
      'f:metadata f:finalizers v:"b"',
      'f:metadata f:finalizers v:"a"',
      'f:spec f:podSelector',
    ]);
    expect(JSON.stringify(toFieldsV1(paths.values()))).toBe(
      '{"f:metadata":{"f:finalizers":{".":{},"v:\\"a\\"":{},"v:\\"b\\"":{}},"f:labels":{".":{},"f:x":{}}},"f:spec":{"f:podSelector":{}}}',
    );
  });
});

describe('fieldsV1 across updates by several managers', () => {
  const url = `${NP_PATH}/default/networkpolicies/shared`;
  const patch = (manager: string, body: unknown) =>
    request(srv.url, `${url}?fieldManager=${manager}`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/merge-patch+json' },
      body: JSON.stringify(body),
    });

  it('changed fields move to the updater, removed ones leave everyone, a no-op keeps all', async () => {
    clock = Date.parse('2026-11-24T10:00:00Z');
    const created = await postPolicy(
      srv.url,
      'default',
      policy('shared', { podSelector: { matchLabels: { app: 'web' } } }, { labels: { a: '1', b: '2' } }),
      '?fieldManager=alice',
    );
    expect(created.status).toBe(201);
    clock += 60_000;
    // bob changes label a, adds an ingress rule, leaves the rest.
    const bob = await patch('bob', { metadata: { labels: { a: 'changed' } }, spec: { ingress: [{}] } });
    expect(bob.status).toBe(200);
    expect(managed(bob)).toEqual([
      {
        manager: 'alice',
        operation: 'Update',
        apiVersion: 'networking.k8s.io/v1',
        time: '2026-11-24T10:00:00Z',
        fieldsType: 'FieldsV1',
        fieldsV1: {
          'f:metadata': { 'f:labels': { '.': {}, 'f:b': {} } },
          'f:spec': { 'f:podSelector': {}, 'f:policyTypes': {} },
        },
      },
      {
        manager: 'bob',
        operation: 'Update',
        apiVersion: 'networking.k8s.io/v1',
        time: '2026-11-24T10:01:00Z',
        fieldsType: 'FieldsV1',
        fieldsV1: { 'f:metadata': { 'f:labels': { 'f:a': {} } }, 'f:spec': { 'f:ingress': {} } },
      },
    ]);
    clock += 60_000;
    // alice removes label b and the labels map stays (a remains): alice keeps only the map itself.
    const removeB = await patch('alice', { metadata: { labels: { b: null } } });
    expect(managed(removeB)?.map((e) => [e.manager, e.time, e.fieldsV1])).toEqual([
      [
        'alice',
        '2026-11-24T10:00:00Z',
        { 'f:metadata': { 'f:labels': {} }, 'f:spec': { 'f:podSelector': {}, 'f:policyTypes': {} } },
      ],
      ['bob', '2026-11-24T10:01:00Z', { 'f:metadata': { 'f:labels': { 'f:a': {} } }, 'f:spec': { 'f:ingress': {} } }],
    ]);
    clock += 60_000;
    // Removing the ingress leaves bob with label a only; bob's time does not move (he took nothing).
    const dropIngress = await patch('carol', { spec: { ingress: null } });
    expect(managed(dropIngress)?.map((e) => [e.manager, e.time, e.fieldsV1])).toEqual([
      [
        'alice',
        '2026-11-24T10:00:00Z',
        { 'f:metadata': { 'f:labels': {} }, 'f:spec': { 'f:podSelector': {}, 'f:policyTypes': {} } },
      ],
      ['bob', '2026-11-24T10:01:00Z', { 'f:metadata': { 'f:labels': { 'f:a': {} } } }],
    ]);
    clock += 60_000;
    // bob again: his previous fields plus the new ones, with a new time; a no-op after changes nothing.
    const again = await patch('bob', { spec: { podSelector: { matchLabels: { app: 'api' } } } });
    const afterBob = managed(again);
    expect(afterBob?.map((e) => [e.manager, e.time, e.fieldsV1])).toEqual([
      ['alice', '2026-11-24T10:00:00Z', { 'f:metadata': { 'f:labels': {} }, 'f:spec': { 'f:policyTypes': {} } }],
      [
        'bob',
        '2026-11-24T10:04:00Z',
        { 'f:metadata': { 'f:labels': { 'f:a': {} } }, 'f:spec': { 'f:podSelector': {} } },
      ],
    ]);
    clock += 60_000;
    const noop = await patch('dave', { spec: { podSelector: { matchLabels: { app: 'api' } } } });
    expect(noop.status).toBe(200);
    expect(managed(noop)).toEqual(afterBob);
    expect((noop.json as { metadata: Rec }).metadata.resourceVersion).toBe(
      (again.json as { metadata: Rec }).metadata.resourceVersion,
    );
  });
});

describe('managedFields sent by the client', () => {
  it('[{}] strips them; a PUT that omits them keeps the live ones', async () => {
    clock = Date.parse('2026-11-24T13:00:00Z');
    const url = `${NP_PATH}/default/networkpolicies/strip`;
    const created = await postPolicy(srv.url, 'default', policy('strip', { podSelector: {} }), '?fieldManager=maker');
    expect(managed(created)).toHaveLength(1);
    const live = created.json as { metadata: Rec; spec: Rec };
    const { managedFields: _drop, ...withoutManaged } = live.metadata;
    const put = await request(srv.url, `${url}?fieldManager=putter`, {
      method: 'PUT',
      body: JSON.stringify({ ...live, metadata: { ...withoutManaged, labels: { x: 'y' } } }),
    });
    expect(managed(put)?.map((e) => e.manager)).toEqual(['maker', 'putter']);
    const stripped = await request(srv.url, url, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/merge-patch+json' },
      body: JSON.stringify({ metadata: { managedFields: [{}] } }),
    });
    expect(stripped.status).toBe(200);
    expect(managed(stripped)).toBeUndefined();
    expect(Number((stripped.json as { metadata: Rec }).metadata.resourceVersion)).toBeGreaterThan(
      Number((put.json as { metadata: Rec }).metadata.resourceVersion),
    );
  });
});

describe('managedFields sent with a create', () => {
  it('are the starting point: the creator takes the fields it set from them; [{}] leaves only its own entry', async () => {
    clock = Date.parse('2026-11-24T14:00:00Z');
    const sent = [
      {
        manager: 'importer',
        operation: 'Update',
        apiVersion: 'networking.k8s.io/v1',
        time: '2026-01-01T00:00:00Z',
        fieldsType: 'FieldsV1',
        fieldsV1: { 'f:metadata': { 'f:annotations': { '.': {}, 'f:note': {} } }, 'f:spec': { 'f:policyTypes': {} } },
      },
    ];
    const r = await postPolicy(
      srv.url,
      'default',
      policy('imported', { podSelector: {} }, { managedFields: sent }),
      '?fieldManager=creator',
    );
    expect(r.status).toBe(201);
    expect(managed(r)?.map((e) => [e.manager, e.time, e.fieldsV1])).toEqual([
      ['importer', '2026-01-01T00:00:00Z', { 'f:metadata': { 'f:annotations': { '.': {}, 'f:note': {} } } }],
      ['creator', '2026-11-24T14:00:00Z', { 'f:spec': { 'f:policyTypes': {} } }],
    ]);
    const reset = await postPolicy(
      srv.url,
      'default',
      policy('reset', { podSelector: {} }, { managedFields: [{}] }),
      '?fieldManager=creator',
    );
    expect(reset.status).toBe(201);
    expect(managed(reset)?.map((e) => e.manager)).toEqual(['creator']);
  });
});
