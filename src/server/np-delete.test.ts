// DELETE of a NetworkPolicy as the generic registry answers it: the Success Status (no
// ReturnDeletedObject for networkpolicies), DeleteOptions preconditions and validation, dry run
// from the body, and finalizers (marked for deletion, kept until an update empties them).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSeedFile } from './seed';
import { Store } from './store';
import { NP_PATH, policy, postPolicy, request, startTestServer, type TestServer } from './test-support';

type Rec = Record<string, unknown>;
let srv: TestServer;
beforeAll(async () => {
  srv = await startTestServer(Store.inMemory(loadSeedFile()), { now: () => new Date('2026-11-24T11:00:00Z') });
});
afterAll(async () => {
  await srv.close();
});
const url = (name: string) => `${NP_PATH}/default/networkpolicies/${name}`;
const del = (name: string, body?: unknown, query = '') =>
  request(srv.url, url(name) + query, {
    method: 'DELETE',
    ...(body === undefined ? {} : { headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) }),
  });
const meta = (r: { json: unknown }) => (r.json as { metadata: Rec }).metadata;

describe('DELETE networkpolicies/{name}', () => {
  it('preconditions: a stale uid or resourceVersion is a 409 from rest.BeforeDelete; matching ones delete', async () => {
    const created = meta(await postPolicy(srv.url, 'default', policy('pre')));
    const uid = String(created.uid);
    const rv = String(created.resourceVersion);
    expect((await del('pre', { preconditions: { uid: 'other' } })).json).toEqual({
      kind: 'Status',
      apiVersion: 'v1',
      metadata: {},
      status: 'Failure',
      message: `Operation cannot be fulfilled on NetworkPolicy.networking.k8s.io "pre": the UID in the precondition (other) does not match the UID in record (${uid}). The object might have been deleted and then recreated`,
      reason: 'Conflict',
      details: { name: 'pre', group: 'networking.k8s.io', kind: 'NetworkPolicy' },
      code: 409,
    });
    const staleRv = await del('pre', { preconditions: { uid, resourceVersion: '1' } });
    expect(staleRv.status).toBe(409);
    expect((staleRv.json as { message: string }).message).toBe(
      `Operation cannot be fulfilled on NetworkPolicy.networking.k8s.io "pre": the ResourceVersion in the precondition (1) does not match the ResourceVersion in record (${rv}). The object might have been modified`,
    );
    expect((await request(srv.url, url('pre'))).status).toBe(200);
    const ok = await del('pre', {
      apiVersion: 'v1',
      kind: 'DeleteOptions',
      preconditions: { uid, resourceVersion: rv },
    });
    expect(ok.json).toEqual({
      kind: 'Status',
      apiVersion: 'v1',
      metadata: {},
      status: 'Success',
      details: { name: 'pre', group: 'networking.k8s.io', kind: 'networkpolicies', uid },
    });
    expect((await request(srv.url, url('pre'))).status).toBe(404);
  });

  it('DeleteOptions are validated (422) and read from the body when there is one, dryRun included', async () => {
    await postPolicy(srv.url, 'default', policy('opts'));
    const bad = await del('opts', { propagationPolicy: 'Sideways' });
    expect(bad.status).toBe(422);
    expect((bad.json as { message: string }).message).toBe(
      'DeleteOptions.meta.k8s.io "" is invalid: propagationPolicy: Unsupported value: "Sideways": supported values: "Foreground", "Background", "Orphan", "nil"',
    );
    const badDry = await del('opts', undefined, '?dryRun=Yes');
    expect((badDry.json as { message: string }).message).toBe(
      'DeleteOptions.meta.k8s.io "" is invalid: dryRun: Unsupported value: ["Yes"]: supported values: "All"',
    );
    const dry = await del('opts', { propagationPolicy: 'Background', dryRun: ['All'] });
    expect(dry.status).toBe(200);
    expect((dry.json as { status: string }).status).toBe('Success');
    expect((await request(srv.url, url('opts'))).status).toBe(200);
    // With a body, the query's dryRun is not read (the handler decodes one or the other).
    expect((await del('opts', { propagationPolicy: 'Background' }, '?dryRun=All')).status).toBe(200);
    expect((await request(srv.url, url('opts'))).status).toBe(404);
  });

  it('finalizers: DELETE marks the object and returns it; it stays until an update removes the last one', async () => {
    const created = meta(
      await postPolicy(srv.url, 'default', policy('held', { podSelector: {} }, { finalizers: ['example.com/hold'] })),
    );
    const first = await del('held', { propagationPolicy: 'Background' });
    expect(first.status).toBe(200);
    const marked = meta(first);
    expect(marked).toMatchObject({
      name: 'held',
      generation: 2,
      deletionTimestamp: '2026-11-24T11:00:00Z',
      deletionGracePeriodSeconds: 0,
      finalizers: ['example.com/hold'],
    });
    expect(Number(marked.resourceVersion)).toBeGreaterThan(Number(created.resourceVersion));
    expect(Object.keys(marked).indexOf('deletionGracePeriodSeconds')).toBe(
      Object.keys(marked).indexOf('deletionTimestamp') + 1,
    );
    // Deleting again changes nothing; the name stays taken, and says why.
    expect(meta(await del('held'))).toEqual(marked);
    const again = await postPolicy(srv.url, 'default', policy('held'));
    expect(again.status).toBe(409);
    expect((again.json as { message: string }).message).toBe(
      'object is being deleted: networkpolicies.networking.k8s.io "held" already exists',
    );
    // No new finalizer while deleting; an update keeps the deletion timestamp whatever it sends.
    const live = (await request(srv.url, url('held'))).json as Rec & { metadata: Rec };
    const addFinalizer = await request(srv.url, url('held'), {
      method: 'PUT',
      body: JSON.stringify({ ...live, metadata: { ...live.metadata, finalizers: ['example.com/hold', 'b/c'] } }),
    });
    expect(addFinalizer.status).toBe(422);
    expect((addFinalizer.json as { message: string }).message).toBe(
      'NetworkPolicy.networking.k8s.io "held" is invalid: metadata.finalizers: Forbidden: no new finalizers can be added if the object is being deleted, found new finalizers []string{"b/c"}',
    );
    const relabel = await request(srv.url, url('held'), {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/merge-patch+json' },
      body: JSON.stringify({ metadata: { labels: { x: 'y' }, deletionTimestamp: null } }),
    });
    expect(meta(relabel)).toMatchObject({ deletionTimestamp: '2026-11-24T11:00:00Z', labels: { x: 'y' } });
    // Removing the last finalizer deletes it; the PATCH still answers with the updated object.
    const release = await request(srv.url, url('held'), {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/merge-patch+json' },
      body: JSON.stringify({ metadata: { finalizers: null } }),
    });
    expect(release.status).toBe(200);
    expect(meta(release)).toMatchObject({ name: 'held', deletionTimestamp: '2026-11-24T11:00:00Z' });
    expect(meta(release).finalizers).toBeUndefined();
    expect((await request(srv.url, url('held'))).status).toBe(404);
  });
});
