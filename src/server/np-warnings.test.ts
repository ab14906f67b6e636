// The NetworkPolicy strategy's warnings (non-standard CIDRs, getWarningsForNetworkPolicy) on the
// wire: one `Warning: 299 - "..."` header each, after the decoder's field warnings, on create,
// dry-run create, PUT, PATCH and server-side apply, as kube-apiserver's warning recorder writes them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NP_PATH, policy, postPolicy, request, startTestServer, type Reply, type TestServer } from './test-support';

let srv: TestServer;
beforeAll(async () => {
  srv = await startTestServer();
});
afterAll(async () => {
  await srv.close();
});

/** Every Warning header value, in the order sent (node joins repeated headers in `headers`). */
const warningsOf = (r: Reply): string[] =>
  r.rawHeaders.filter((_, i, a) => i % 2 === 1 && /^warning$/i.test(a[i - 1] ?? ''));

const V6 = '2001:DB8::/64';
const V6_TEXT = `IPv6 CIDR value \\"${V6}\\" should be in RFC 5952 canonical format (\\"2001:db8::/64\\")`;
const spec = (cidr: string, except: string[] = []) => ({
  podSelector: {},
  ingress: [{ from: [{ ipBlock: { cidr, except } }] }],
  egress: [{ to: [{ ipBlock: { cidr: '10.0.0.0/8', except: ['10.1.0.0/16'] } }] }],
});

describe('CIDR warnings of the NetworkPolicy strategy', () => {
  it('create: one header per warning, after the unknown-field warning; none for canonical CIDRs', async () => {
    const body = { ...policy('warn-v6', spec(V6, ['2001:DB8::/96'])), extra: 1 };
    const r = await postPolicy(srv.url, 'default', body);
    expect(r.status).toBe(201);
    expect(warningsOf(r)).toEqual([
      '299 - "unknown field \\"extra\\""',
      `299 - "spec.ingress[0].from[0].ipBlock.cidr: ${V6_TEXT}"`,
      '299 - "spec.ingress[0].from[0].ipBlock.except[0]: IPv6 CIDR value \\"2001:DB8::/96\\" should be in RFC 5952 canonical format (\\"2001:db8::/96\\")"',
    ]);
    // The stored object keeps the value as sent: warnings never rewrite it.
    expect(JSON.stringify(r.json)).toContain(`"cidr":"${V6}"`);
    const clean = await postPolicy(srv.url, 'default', policy('warn-none', spec('2001:db8::/64')));
    expect(clean.status).toBe(201);
    expect(warningsOf(clean)).toEqual([]);
  });

  it('dry run warns too; a rejected object gets its 422 and no warning', async () => {
    const dry = await postPolicy(srv.url, 'default', policy('warn-dry', spec(V6)), '?dryRun=All');
    expect(dry.status).toBe(201);
    expect(warningsOf(dry)).toEqual([`299 - "spec.ingress[0].from[0].ipBlock.cidr: ${V6_TEXT}"`]);
    // 1.2.3.4/24 would warn as ambiguous, but strict validation (v1.36) rejects it first.
    const bad = await postPolicy(srv.url, 'default', policy('warn-bad', spec('1.2.3.4/24')));
    expect(bad.status).toBe(422);
    expect(warningsOf(bad)).toEqual([]);
  });

  it('PUT, merge PATCH and server-side apply warn on the new object, a no-op update included', async () => {
    const created = await postPolicy(srv.url, 'default', policy('warn-upd', spec('2001:db8::/64')));
    expect(warningsOf(created)).toEqual([]);
    const url = `${NP_PATH}/default/networkpolicies/warn-upd`;
    const live = created.json as { metadata: Record<string, unknown> };
    const put = await request(srv.url, url, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ ...live, spec: spec(V6) }),
    });
    expect(put.status).toBe(200);
    expect(warningsOf(put)).toEqual([`299 - "spec.ingress[0].from[0].ipBlock.cidr: ${V6_TEXT}"`]);
    const patch = await request(srv.url, url, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/merge-patch+json' },
      body: JSON.stringify({ metadata: { labels: { a: 'b' } } }),
    });
    expect(patch.status).toBe(200);
    expect(warningsOf(patch)).toEqual([`299 - "spec.ingress[0].from[0].ipBlock.cidr: ${V6_TEXT}"`]);
    const noop = await request(srv.url, url, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/merge-patch+json' },
      body: '{}',
    });
    expect(noop.status).toBe(200);
    expect(warningsOf(noop)).toEqual([`299 - "spec.ingress[0].from[0].ipBlock.cidr: ${V6_TEXT}"`]);
    const apply = await request(srv.url, `${url}?fieldManager=warn-test&force=true`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/apply-patch+yaml' },
      body: JSON.stringify(
        policy('warn-upd', { podSelector: {}, egress: [{ to: [{ ipBlock: { cidr: 'FD00::/8' } }] }] }),
      ),
    });
    expect(apply.status).toBe(200);
    expect(warningsOf(apply)).toContain(
      '299 - "spec.egress[0].to[0].ipBlock.cidr: IPv6 CIDR value \\"FD00::/8\\" should be in RFC 5952 canonical format (\\"fd00::/8\\")"',
    );
  });
});
