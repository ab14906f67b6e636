// The create endpoint against kube-apiserver-networkpolicy.md: every error path with its exact
// Status body, in the documented order, and the 201 body in the shape of the seed's example.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NP_PATH, policy, postPolicy, request, startTestServer, type TestServer } from './test-support';

const seedRequest = readFileSync(new URL('./fixtures/seed-request.json', import.meta.url), 'utf8');
const seedResponse = JSON.parse(
  readFileSync(new URL('./fixtures/seed-response.json', import.meta.url), 'utf8'),
) as Record<string, unknown>;

let srv: TestServer;
beforeAll(async () => {
  srv = await startTestServer();
});
afterAll(async () => {
  await srv.close();
});

describe('POST networkpolicies: success', () => {
  it('creates the seed example: 201 with defaults, uid, resourceVersion, generation 1, creationTimestamp, managedFields', async () => {
    const before = Date.now();
    const r = await postPolicy(srv.url, 'default', seedRequest, '?fieldManager=studio-test');
    expect(r.status).toBe(201);
    expect(r.headers['content-type']).toBe('application/json');
    const body = r.json as { metadata: Record<string, unknown>; spec: unknown };
    const meta = body.metadata;
    expect(meta.uid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(meta.resourceVersion).toMatch(/^\d+$/);
    expect(meta.creationTimestamp).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(Date.parse(String(meta.creationTimestamp))).toBeGreaterThanOrEqual(Math.floor(before / 1000) * 1000);
    expect(meta.managedFields).toEqual([
      {
        manager: 'studio-test',
        operation: 'Update',
        apiVersion: 'networking.k8s.io/v1',
        time: meta.creationTimestamp,
        fieldsType: 'FieldsV1',
        fieldsV1: {
          'f:metadata': { 'f:labels': { '.': {}, 'f:app': {} } },
          'f:spec': { 'f:ingress': {}, 'f:podSelector': {}, 'f:policyTypes': {} },
        },
      },
    ]);
    // The seed's example response, with the server-chosen values taken over, and two known slips
    // of the seed itself: its request says "naginx1" where the response says "nginx1", and it shows
    // selfLink, which kube-apiserver stopped setting in v1.20.
    const expected = structuredClone(seedResponse) as {
      metadata: Record<string, unknown>;
      spec: Record<string, unknown>;
    };
    delete expected.metadata.selfLink;
    Object.assign(expected.metadata, {
      uid: meta.uid,
      resourceVersion: meta.resourceVersion,
      creationTimestamp: meta.creationTimestamp,
      managedFields: meta.managedFields,
    });
    const ingress = expected.spec.ingress as { from: { podSelector: { matchLabels: { app: string } } }[] }[];
    const peer = ingress[0]?.from[0];
    if (peer !== undefined) peer.podSelector.matchLabels.app = 'naginx1';
    expect(r.json).toEqual(expected);
    // Field order as the apiserver encodes it.
    expect(Object.keys(body)).toEqual(['kind', 'apiVersion', 'metadata', 'spec']);
    expect(Object.keys(meta)).toEqual([
      'name',
      'namespace',
      'uid',
      'resourceVersion',
      'generation',
      'creationTimestamp',
      'labels',
      'managedFields',
    ]);
    const got = await request(srv.url, `${NP_PATH}/default/networkpolicies/test-network-policy`);
    expect(got.json).toEqual(r.json);
  });

  it('takes the manager from the User-Agent up to its first "/" when fieldManager is absent', async () => {
    const r = await postPolicy(srv.url, 'default', policy('ua-manager'), '', {
      'User-Agent': 'kubectl/v1.33.1 (linux/amd64)',
    });
    expect((r.json as { metadata: { managedFields: { manager: string }[] } }).metadata.managedFields[0]?.manager).toBe(
      'kubectl',
    );
  });

  it('treats an empty Content-Type as JSON and accepts application/yaml bodies', async () => {
    const a = await request(srv.url, `${NP_PATH}/default/networkpolicies`, {
      method: 'POST',
      body: JSON.stringify(policy('no-content-type')),
    });
    expect(a.status).toBe(201);
    const yaml =
      'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: from-yaml\nspec:\n  podSelector: {}\n  egress:\n  - ports:\n    - port: 53\n';
    const b = await request(srv.url, `${NP_PATH}/default/networkpolicies`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/yaml' },
      body: yaml,
    });
    expect(b.status).toBe(201);
    expect((b.json as { spec: unknown }).spec).toEqual({
      podSelector: {},
      egress: [{ ports: [{ protocol: 'TCP', port: 53 }] }],
      policyTypes: ['Ingress', 'Egress'],
    });
  });

  it('answers YAML when Accept asks for it, and pretty JSON for ?pretty=true', async () => {
    const y = await postPolicy(srv.url, 'default', policy('yaml-out'), '', { Accept: 'application/yaml' });
    expect(y.status).toBe(201);
    expect(y.headers['content-type']).toBe('application/yaml');
    expect(y.text).toMatch(/^kind: NetworkPolicy\napiVersion: networking.k8s.io\/v1\nmetadata:\n {2}name: yaml-out\n/);
    const p = await postPolicy(srv.url, 'default', policy('pretty-out'), '?pretty=true');
    expect(p.text.startsWith('{\n  "kind": "NetworkPolicy",\n  "apiVersion": "networking.k8s.io/v1",\n')).toBe(true);
    const plain = await postPolicy(srv.url, 'default', policy('plain-out'), '?pretty=nonsense');
    expect(plain.text.startsWith('{"kind":"NetworkPolicy"')).toBe(true);
  });

  it('dryRun=All answers 201 with uid and creationTimestamp but no resourceVersion, and stores nothing', async () => {
    const r = await postPolicy(srv.url, 'default', policy('dry'), '?dryRun=All');
    expect(r.status).toBe(201);
    const meta = (r.json as { metadata: Record<string, unknown> }).metadata;
    expect(meta.uid).toBeTypeOf('string');
    expect(meta.creationTimestamp).toBeTypeOf('string');
    expect(meta).not.toHaveProperty('resourceVersion');
    expect((await request(srv.url, `${NP_PATH}/default/networkpolicies/dry`)).status).toBe(404);
  });

  it('generateName: the prefix plus 5 random characters; generation is 1 whatever the client sent; uid is replaced', async () => {
    const r = await postPolicy(
      srv.url,
      'default',
      policy('', { podSelector: {} }, { name: undefined, generateName: 'web-', generation: 7, uid: 'mine' }),
    );
    expect(r.status).toBe(201);
    const meta = (r.json as { metadata: Record<string, unknown> }).metadata;
    expect(meta.name).toMatch(/^web-[bcdfghjklmnpqrstvwxz2456789]{5}$/);
    expect(meta.generateName).toBe('web-');
    expect(meta.generation).toBe(1);
    expect(meta.uid).not.toBe('mine');
  });

  it('resourceVersion increases with every write across the store', async () => {
    const a = await postPolicy(srv.url, 'default', policy('rv-a'));
    const b = await postPolicy(srv.url, 'shop', policy('rv-b'));
    const rv = (r: typeof a) => Number((r.json as { metadata: { resourceVersion: string } }).metadata.resourceVersion);
    expect(rv(b)).toBeGreaterThan(rv(a));
  });
});

describe('generateName collisions', () => {
  it('retries taken generated names, and gives up after 8 with AlreadyExists and retryAfterSeconds', async () => {
    const names = ['gen-aaaaa', 'gen-aaaaa', 'gen-aaaaa', 'gen-bbbbb'];
    let calls = 0;
    const own = await startTestServer(undefined, {
      generateName: () => names[Math.min(calls++, names.length - 1)] ?? '',
    });
    try {
      const body = policy('', { podSelector: {} }, { name: undefined, generateName: 'gen-' });
      expect((await postPolicy(own.url, 'default', body)).status).toBe(201); // gen-aaaaa
      const second = await postPolicy(own.url, 'default', body); // aaaaa taken twice, then bbbbb
      expect((second.json as { metadata: { name: string } }).metadata.name).toBe('gen-bbbbb');
      calls = 0;
      names.splice(0, names.length, 'gen-aaaaa');
      const third = await postPolicy(own.url, 'default', body);
      expect(calls).toBe(8);
      expect(third.json).toEqual({
        kind: 'Status',
        apiVersion: 'v1',
        metadata: {},
        status: 'Failure',
        message:
          'networkpolicies.networking.k8s.io "gen-aaaaa" already exists, the server was not able to generate a unique name for the object',
        reason: 'AlreadyExists',
        details: { name: 'gen-aaaaa', group: 'networking.k8s.io', kind: 'networkpolicies', retryAfterSeconds: 1 },
        code: 409,
      });
    } finally {
      await own.close();
    }
  });
});
