// The create endpoint's error paths (kube-apiserver-networkpolicy.md §2.2, §7, §9): each with its
// exact Status body, and the first failure in the documented order wins.
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NP_PATH, policy, postPolicy, startTestServer, type TestServer } from './test-support';

let srv: TestServer;
beforeAll(async () => {
  srv = await startTestServer();
});
afterAll(async () => {
  await srv.close();
});

const failure = (code: number, reason: string | undefined, message: string, details?: unknown) => {
  const s: Record<string, unknown> = { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message };
  if (reason !== undefined) s.reason = reason;
  if (details !== undefined) s.details = details;
  s.code = code;
  return s;
};

describe('POST networkpolicies: error paths in the apiserver order', () => {
  const NOT_ACCEPTABLE = failure(
    406,
    'NotAcceptable',
    'only the following media types are accepted: application/json, application/yaml, application/vnd.kubernetes.protobuf',
  );
  const UNSUPPORTED = failure(
    415,
    'UnsupportedMediaType',
    'the body of the request was in an unknown format - accepted media types include: application/json, application/yaml, application/vnd.kubernetes.protobuf',
  );

  it('406 for an Accept it cannot serve, before looking at Content-Type', async () => {
    const r = await postPolicy(srv.url, 'default', policy('x'), '', {
      Accept: 'text/html',
      'Content-Type': 'text/plain',
    });
    expect(r.status).toBe(406);
    expect(r.json).toEqual(NOT_ACCEPTABLE);
  });

  it('415 for a Content-Type it cannot decode, before the body size and the query', async () => {
    const r = await postPolicy(srv.url, 'default', 'x'.repeat(10), '?dryRun=foo', { 'Content-Type': 'text/plain' });
    expect(r.status).toBe(415);
    expect(r.json).toEqual(UNSUPPORTED);
  });

  it('413 for a body over 3 MiB (declared or streamed), before the query options', async () => {
    const big = `{"metadata":{"name":"big","annotations":{"a":"${'x'.repeat(3 * 1024 * 1024)}"}}}`;
    const r = await postPolicy(srv.url, 'default', big, '?dryRun=foo');
    expect(r.status).toBe(413);
    expect(r.json).toEqual(failure(413, 'RequestEntityTooLarge', 'Request entity too large: limit is 3145728'));
    // Without Content-Length the limit is enforced while streaming: 5 MiB sent, 413 answered.
    const chunked = await new Promise<number>((resolve, reject) => {
      const c = http.request(
        `${srv.url}${NP_PATH}/default/networkpolicies`,
        { method: 'POST', headers: { 'Content-Type': 'application/json' } },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      c.on('error', reject);
      for (let i = 0; i < 5; i++) c.write(Buffer.alloc(1024 * 1024, 0x20));
      c.end();
    });
    expect(chunked).toBe(413);
  });

  it('422 on CreateOptions for a bad dryRun, fieldManager or fieldValidation, in that order: fieldManager, dryRun, fieldValidation', async () => {
    const r = await postPolicy(srv.url, 'default', '{not json', '?dryRun=foo');
    expect(r.status).toBe(422);
    expect(r.json).toEqual(
      failure(
        422,
        'Invalid',
        'CreateOptions.meta.k8s.io "" is invalid: dryRun: Unsupported value: ["foo"]: supported values: "All"',
        {
          group: 'meta.k8s.io',
          kind: 'CreateOptions',
          causes: [
            {
              reason: 'FieldValueNotSupported',
              message: 'Unsupported value: ["foo"]: supported values: "All"',
              field: 'dryRun',
            },
          ],
        },
      ),
    );
    const all = await postPolicy(
      srv.url,
      'default',
      policy('x'),
      `?fieldValidation=foo&dryRun=All&dryRun=bar&fieldManager=${'m'.repeat(129)}`,
    );
    expect(all.status).toBe(422);
    expect((all.json as { message: string }).message).toBe(
      'CreateOptions.meta.k8s.io "" is invalid: [fieldManager: Too long: may not be more than 128 bytes, dryRun: Unsupported value: ["All","bar"]: supported values: "All", fieldValidation: Unsupported value: "foo": supported values: "", "Ignore", "Strict", "Warn"]',
    );
    const nl = await postPolicy(srv.url, 'default', policy('x'), '?fieldManager=ab%0Acd');
    expect((nl.json as { details: unknown }).details).toEqual({
      group: 'meta.k8s.io',
      kind: 'CreateOptions',
      causes: [
        {
          reason: 'FieldValueInvalid',
          message: 'Invalid value: "ab\\ncd": invalid character U+000A (at position 2)',
          field: 'fieldManager',
        },
      ],
    });
  });

  it('400 for JSON that does not parse, with the body summary', async () => {
    const r = await postPolicy(srv.url, 'default', '{"apiVersion": "networking.k8s.io/v1", "kind": "NetworkPolicy"');
    expect(r.json).toEqual(
      failure(
        400,
        'BadRequest',
        'the object provided is unrecognized (must be of type NetworkPolicy): couldn\'t get version/kind; json parse error: unexpected end of JSON input ({"apiVersion": "networking.k8s ...)',
      ),
    );
    const empty = await postPolicy(srv.url, 'default', '');
    expect((empty.json as { message: string }).message).toBe(
      "the object provided is unrecognized (must be of type NetworkPolicy): couldn't get version/kind; json parse error: unexpected end of JSON input (<empty>)",
    );
  });

  it('400 for a value of the wrong JSON type, whatever fieldValidation says', async () => {
    const body = policy('typed', { podSelector: {}, ingress: [{ ports: [{ port: 80, endPort: true }] }] });
    const r = await postPolicy(srv.url, 'default', body, '?fieldValidation=Ignore');
    expect(r.status).toBe(400);
    expect(r.json).toEqual(
      failure(
        400,
        'BadRequest',
        'NetworkPolicy in version "v1" cannot be handled as a NetworkPolicy: json: cannot unmarshal bool into Go struct field NetworkPolicyPort.spec.ingress.ports.endPort of type int32',
      ),
    );
  });

  it('400 for another kind or API version', async () => {
    const wrongGroup = await postPolicy(srv.url, 'default', { ...policy('x'), apiVersion: 'extensions/v1beta1' });
    expect((wrongGroup.json as { message: string }).message).toBe(
      'the API version in the data (extensions/v1beta1) does not match the expected API version (networking.k8s.io/v1)',
    );
    const unknown = await postPolicy(srv.url, 'default', { ...policy('x'), kind: 'NetPol' });
    expect(unknown.status).toBe(400);
    expect((unknown.json as { message: string }).message).toBe(
      'NetPol in version "v1" cannot be handled as a NetworkPolicy: no kind "NetPol" is registered for version "networking.k8s.io/v1" in scheme "k8s.io/kubernetes/pkg/api/legacyscheme/scheme.go:30"',
    );
  });

  it('fieldValidation: Strict rejects unknown and duplicate fields, Warn (the default) warns, Ignore drops them', async () => {
    const text =
      '{"apiVersion":"networking.k8s.io/v1","kind":"NetworkPolicy","metadata":{"name":"strict"},"spec":{"podSelector":{},"foo":1,"podSelector":{}}}';
    const strict = await postPolicy(srv.url, 'default', text, '?fieldValidation=Strict');
    expect(strict.json).toEqual(
      failure(
        400,
        'BadRequest',
        'NetworkPolicy in version "v1" cannot be handled as a NetworkPolicy: strict decoding error: unknown field "spec.foo", duplicate field "spec.podSelector"',
      ),
    );
    const warn = await postPolicy(srv.url, 'default', text);
    expect(warn.status).toBe(201);
    expect(warn.headers.warning).toEqual(
      '299 - "unknown field \\"spec.foo\\"", 299 - "duplicate field \\"spec.podSelector\\""',
    );
    expect((warn.json as { spec: unknown }).spec).toEqual({ podSelector: {}, policyTypes: ['Ingress'] });
    const ignore = await postPolicy(
      srv.url,
      'default',
      text.replace('"strict"', '"ignored"'),
      '?fieldValidation=Ignore',
    );
    expect(ignore.status).toBe(201);
    expect(ignore.headers.warning).toBeUndefined();
  });

  it('finds duplicate keys exactly, whatever colons and escaped quotes the strings hold', async () => {
    const clean = '{"metadata":{"name":"colons","annotations":{"a":"x: \\"y\\": z"}},"spec":{"podSelector":{}}}';
    const a = await postPolicy(srv.url, 'default', clean);
    expect(a.status).toBe(201);
    expect(a.headers.warning).toBeUndefined();
    const dup = '{"metadata":{"name":"colons2","annotations":{"a":"x: \\"y\\": z","a":"w"}},"spec":{"podSelector":{}}}';
    const b = await postPolicy(srv.url, 'default', dup);
    expect(b.status).toBe(201);
    expect(b.headers.warning).toBe('299 - "duplicate field \\"metadata.annotations.a\\""');
  });

  it('400 when the body namespace differs from the URL, before the namespace check and validation', async () => {
    const r = await postPolicy(srv.url, 'nope', policy('Bad_Name', { podSelector: {} }, { namespace: 'other' }));
    expect(r.json).toEqual(
      failure(
        400,
        'BadRequest',
        'the namespace of the provided object does not match the namespace sent on the request',
      ),
    );
  });

  it('404 for a missing namespace even when the object is invalid', async () => {
    const r = await postPolicy(srv.url, 'nope', policy('Bad_Name', { podSelector: {}, ingress: [{ from: [{}] }] }));
    expect(r.json).toEqual(
      failure(404, 'NotFound', 'namespaces "nope" not found', { name: 'nope', kind: 'namespaces' }),
    );
  });

  it('422 Invalid with causes from the shared validator, after defaulting', async () => {
    const r = await postPolicy(
      srv.url,
      'default',
      policy('foo', { podSelector: {}, ingress: [{ from: [{}] }], egress: [{ to: [{}] }] }),
    );
    expect(r.json).toEqual(
      failure(
        422,
        'Invalid',
        'NetworkPolicy.networking.k8s.io "foo" is invalid: [spec.ingress[0].from[0]: Required value: must specify a peer, spec.egress[0].to[0]: Required value: must specify a peer]',
        {
          name: 'foo',
          group: 'networking.k8s.io',
          kind: 'NetworkPolicy',
          causes: [
            {
              reason: 'FieldValueRequired',
              message: 'Required value: must specify a peer',
              field: 'spec.ingress[0].from[0]',
            },
            {
              reason: 'FieldValueRequired',
              message: 'Required value: must specify a peer',
              field: 'spec.egress[0].to[0]',
            },
          ],
        },
      ),
    );
    const icmp = await postPolicy(
      srv.url,
      'default',
      policy('foo', { podSelector: {}, ingress: [{ ports: [{ protocol: 'ICMP' }] }] }),
    );
    expect((icmp.json as { message: string }).message).toBe(
      'NetworkPolicy.networking.k8s.io "foo" is invalid: spec.ingress[0].ports[0].protocol: Unsupported value: "ICMP": supported values: "TCP", "UDP", "SCTP"',
    );
    const noName = await postPolicy(srv.url, 'default', {
      apiVersion: 'networking.k8s.io/v1',
      kind: 'NetworkPolicy',
      spec: {},
    });
    expect(noName.json).toEqual(
      failure(
        422,
        'Invalid',
        'NetworkPolicy.networking.k8s.io "" is invalid: metadata.name: Required value: name or generateName is required',
        {
          group: 'networking.k8s.io',
          kind: 'NetworkPolicy',
          causes: [
            {
              reason: 'FieldValueRequired',
              message: 'Required value: name or generateName is required',
              field: 'metadata.name',
            },
          ],
        },
      ),
    );
  });

  it('500 with an empty reason for a client-set resourceVersion', async () => {
    const r = await postPolicy(srv.url, 'default', policy('with-rv', { podSelector: {} }, { resourceVersion: '5' }));
    expect(r.json).toEqual(failure(500, undefined, 'resourceVersion should not be set on objects to be created'));
  });

  it('409 AlreadyExists for a taken name, with dryRun=All too', async () => {
    expect((await postPolicy(srv.url, 'default', policy('taken'))).status).toBe(201);
    const expected = failure(409, 'AlreadyExists', 'networkpolicies.networking.k8s.io "taken" already exists', {
      name: 'taken',
      group: 'networking.k8s.io',
      kind: 'networkpolicies',
    });
    expect((await postPolicy(srv.url, 'default', policy('taken'))).json).toEqual(expected);
    expect((await postPolicy(srv.url, 'default', policy('taken'), '?dryRun=All')).json).toEqual(expected);
  });
});
