// Writes to existing policies and watch: PUT with resourceVersion preconditions and generation,
// merge / strategic merge / JSON patch, server-side apply with conflicts, DELETE, watch streams.
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NP_PATH, policy, postPolicy, request, startTestServer, type TestServer } from './test-support';

let srv: TestServer;
beforeAll(async () => {
  srv = await startTestServer();
});
afterAll(async () => {
  await srv.close();
});

type Rec = Record<string, unknown>;
const body = (r: { json: unknown }) => r.json as Rec & { metadata: Rec; items: Rec[] };

describe('networkpolicy writes', () => {
  const url = `${NP_PATH}/default/networkpolicies/edit-me`;
  const get = async () => body(await request(srv.url, url));

  it('PUT: 409 on a stale resourceVersion, generation bumped only on spec changes, 404 for a missing object', async () => {
    const created = body(await postPolicy(srv.url, 'default', policy('edit-me')));
    const rv = String(created.metadata.resourceVersion);
    const labelled = { ...created, metadata: { ...created.metadata, labels: { a: 'b' } } };
    const put1 = await request(srv.url, url, { method: 'PUT', body: JSON.stringify(labelled) });
    expect(put1.status).toBe(200);
    expect(body(put1).metadata.generation).toBe(1);
    const stale = await request(srv.url, url, { method: 'PUT', body: JSON.stringify(labelled) });
    expect(stale.json).toEqual({
      kind: 'Status',
      apiVersion: 'v1',
      metadata: {},
      status: 'Failure',
      message:
        'Operation cannot be fulfilled on networkpolicies.networking.k8s.io "edit-me": the object has been modified; please apply your changes to the latest version and try again',
      reason: 'Conflict',
      details: { name: 'edit-me', group: 'networking.k8s.io', kind: 'networkpolicies' },
      code: 409,
    });
    const current = body(put1);
    const respec = { ...current, spec: { podSelector: { matchLabels: { app: 'x' } } } };
    const put2 = await request(srv.url, url, { method: 'PUT', body: JSON.stringify(respec) });
    expect(body(put2).metadata.generation).toBe(2);
    expect(Number(body(put2).metadata.resourceVersion)).toBeGreaterThan(Number(rv));
    const invalid = await request(srv.url, url, {
      method: 'PUT',
      body: JSON.stringify({ ...policy('edit-me'), spec: { podSelector: {}, policyTypes: ['Sideways'] } }),
    });
    expect(body(invalid)).toMatchObject({
      code: 422,
      message:
        'NetworkPolicy.networking.k8s.io "edit-me" is invalid: spec.policyTypes[0]: Unsupported value: "Sideways": supported values: "Ingress", "Egress"',
    });
    const wrongName = await request(srv.url, url, { method: 'PUT', body: JSON.stringify(policy('other')) });
    expect(body(wrongName).message).toBe('the name of the object (other) does not match the name on the URL (edit-me)');
    const missing = await request(srv.url, `${NP_PATH}/default/networkpolicies/ghost`, {
      method: 'PUT',
      body: JSON.stringify(policy('ghost')),
    });
    expect(missing.status).toBe(404);
  });

  it('PATCH: merge patch, strategic merge patch and JSON patch', async () => {
    const merge = await request(srv.url, url, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/merge-patch+json' },
      body: JSON.stringify({ metadata: { labels: { a: null, c: 'd' } }, spec: { egress: [{}] } }),
    });
    expect(merge.status).toBe(200);
    expect(body(merge).metadata.labels).toEqual({ c: 'd' });
    expect(body(merge).spec).toEqual({
      podSelector: { matchLabels: { app: 'x' } },
      egress: [{}],
      policyTypes: ['Ingress'],
    });
    const smp = await request(srv.url, url, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/strategic-merge-patch+json' },
      body: JSON.stringify({ spec: { policyTypes: ['Egress'], '$setElementOrder/policyTypes': ['Egress'] } }),
    });
    expect(body(smp).spec).toMatchObject({ policyTypes: ['Egress'] });
    const jp = await request(srv.url, url, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json-patch+json' },
      body: JSON.stringify([{ op: 'replace', path: '/spec/policyTypes', value: ['Ingress', 'Egress'] }]),
    });
    expect(body(jp).spec).toMatchObject({ policyTypes: ['Ingress', 'Egress'] });
    const bad = await request(srv.url, url, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json' },
      body: '{}',
    });
    expect(body(bad)).toMatchObject({ code: 415, reason: 'UnsupportedMediaType' });
    const badValue = await request(srv.url, url, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/merge-patch+json' },
      body: JSON.stringify({ spec: { ingress: [{ ports: [{ port: 0 }] }] } }),
    });
    expect(body(badValue)).toMatchObject({ code: 422, reason: 'Invalid' });
    const stale = await request(srv.url, url, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/merge-patch+json' },
      body: JSON.stringify({ metadata: { resourceVersion: '1' } }),
    });
    expect(body(stale)).toMatchObject({ code: 409, reason: 'Conflict' });
  });

  it('server-side apply: 201 when created, 200 when updated, conflicts with another manager unless forced', async () => {
    const applyUrl = `${NP_PATH}/default/networkpolicies/applied`;
    const cfg = (spec: Rec) => JSON.stringify(policy('applied', spec));
    const opts = (b: string, q = '?fieldManager=kubectl&fieldValidation=Strict&force=false') => ({
      method: 'PATCH',
      headers: { 'Content-Type': 'application/apply-patch+yaml' },
      body: b,
      q,
    });
    const first = opts(cfg({ podSelector: {} }));
    const r1 = await request(srv.url, applyUrl + first.q, first);
    expect(r1.status).toBe(201);
    expect((body(r1).metadata.managedFields as Rec[])[0]).toMatchObject({ manager: 'kubectl', operation: 'Apply' });
    const second = opts(cfg({ podSelector: {}, policyTypes: ['Egress'] }));
    const r2 = await request(srv.url, applyUrl + second.q, second);
    expect(r2.status).toBe(200);
    expect(body(r2).spec).toEqual({ podSelector: {}, policyTypes: ['Egress'] });
    const other = await request(srv.url, `${applyUrl}?fieldManager=editor`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/merge-patch+json' },
      body: JSON.stringify({ spec: { podSelector: { matchLabels: { app: 'y' } } } }),
    });
    expect(other.status).toBe(200);
    const conflicting = opts(cfg({ podSelector: {}, policyTypes: ['Egress'] }));
    const r3 = await request(srv.url, applyUrl + conflicting.q, conflicting);
    expect(body(r3)).toMatchObject({
      code: 409,
      reason: 'Conflict',
      message: 'Apply failed with 1 conflict: conflict with "editor" using networking.k8s.io/v1: .spec.podSelector',
    });
    const forced = opts(cfg({ podSelector: {}, policyTypes: ['Egress'] }), '?fieldManager=kubectl&force=true');
    const r4 = await request(srv.url, applyUrl + forced.q, forced);
    expect(r4.status).toBe(200);
    expect(body(r4).spec).toEqual({ podSelector: {}, policyTypes: ['Egress'] });
    const noManager = opts(cfg({ podSelector: {} }), '');
    expect(body(await request(srv.url, applyUrl, noManager))).toMatchObject({
      code: 422,
      message: 'PatchOptions.meta.k8s.io "" is invalid: fieldManager: Required value: is required for apply patch',
    });
  });

  it('DELETE answers the Success Status with the uid, then GET is 404', async () => {
    const uid = (await get()).metadata.uid;
    const del = await request(srv.url, url, { method: 'DELETE', body: '{"propagationPolicy":"Background"}' });
    expect(del.json).toEqual({
      kind: 'Status',
      apiVersion: 'v1',
      metadata: {},
      status: 'Success',
      details: { name: 'edit-me', group: 'networking.k8s.io', kind: 'networkpolicies', uid },
    });
    expect((await request(srv.url, url)).status).toBe(404);
    expect((await request(srv.url, url, { method: 'DELETE' })).status).toBe(404);
  });
});

describe('watch', () => {
  it('streams ADDED for current objects, then live events, filtered by fieldSelector', async () => {
    const events: { type: string; name: string }[] = [];
    const list = body(
      await request(srv.url, `${NP_PATH}/default/networkpolicies?fieldSelector=metadata.name%3Dwatched`),
    );
    const rv = String(list.metadata.resourceVersion);
    const done = new Promise<void>((resolve, reject) => {
      const req = http.get(
        `${srv.url}${NP_PATH}/default/networkpolicies?watch=true&fieldSelector=metadata.name%3Dwatched&resourceVersion=${rv}&timeoutSeconds=120`,
        (res) => {
          expect(res.headers['content-type']).toBe('application/json;stream=watch');
          let buf = '';
          res.on('data', (c: Buffer) => {
            buf += c.toString();
            let nl: number;
            while ((nl = buf.indexOf('\n')) >= 0) {
              const ev = JSON.parse(buf.slice(0, nl)) as { type: string; object: { metadata: { name: string } } };
              buf = buf.slice(nl + 1);
              events.push({ type: ev.type, name: ev.object.metadata.name });
              if (ev.type === 'DELETED') {
                req.destroy();
                resolve();
              }
            }
          });
          res.on('end', () => reject(new Error(`watch ended early: ${JSON.stringify(events)}`)));
        },
      );
      req.on('error', reject);
    });
    // No sleep needed: the watch resumes from the list's resourceVersion, so events written before
    // it is registered still reach it from the history.
    await postPolicy(srv.url, 'default', policy('unwatched'));
    await postPolicy(srv.url, 'default', policy('watched'));
    await request(srv.url, `${NP_PATH}/default/networkpolicies/watched`, { method: 'DELETE' });
    await done;
    expect(events).toEqual([
      { type: 'ADDED', name: 'watched' },
      { type: 'DELETED', name: 'watched' },
    ]);
  });
});

describe('watch as Table', () => {
  it('sends one-row Tables, column definitions only in the first event (kubectl get -w)', async () => {
    const accept = 'application/json;as=Table;v=v1;g=meta.k8s.io,application/json';
    const events: {
      type: string;
      object: { kind: string; columnDefinitions: unknown; rows: { cells: unknown[] }[] };
    }[] = [];
    const done = new Promise<void>((resolve, reject) => {
      const req = http.get(
        `${srv.url}${NP_PATH}/payments/networkpolicies?watch=true&timeoutSeconds=120`,
        { headers: { Accept: accept } },
        (res) => {
          let buf = '';
          res.on('data', (c: Buffer) => {
            buf += c.toString();
            let nl: number;
            while ((nl = buf.indexOf('\n')) >= 0) {
              events.push(JSON.parse(buf.slice(0, nl)) as (typeof events)[number]);
              buf = buf.slice(nl + 1);
              if (events.length === 4) {
                req.destroy();
                resolve();
              }
            }
          });
          res.on('end', () => reject(new Error(`watch ended early after ${events.length} events`)));
        },
      );
      req.on('error', reject);
    });
    // Whether the watch starts before or after this create, 'tabled' arrives as the fourth ADDED
    // (in its initial list, or live), so the order of the two needs no sleep.
    await postPolicy(srv.url, 'payments', policy('tabled', { podSelector: { matchLabels: { a: 'b' } } }));
    await done;
    expect(events.map((e) => [e.type, e.object.kind, e.object.rows[0]?.cells.slice(0, 2)])).toEqual([
      ['ADDED', 'Table', ['allow-dns', '<none>']],
      ['ADDED', 'Table', ['default-deny-all', '<none>']],
      ['ADDED', 'Table', ['payments-api-from-checkout', 'app=payments-api']],
      ['ADDED', 'Table', ['tabled', 'a=b']],
    ]);
    expect(Array.isArray(events[0]?.object.columnDefinitions)).toBe(true);
    expect(events.slice(1).every((e) => e.object.columnDefinitions === null)).toBe(true);
  });
});
