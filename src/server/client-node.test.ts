// Interoperability with @kubernetes/client-node 1.4.0 (the version that works on node 20): its
// typed NetworkingV1Api and CoreV1Api create, list and read through the demo cluster.
import { ApiException, CoreV1Api, KubeConfig, NetworkingV1Api, type V1NetworkPolicy } from '@kubernetes/client-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './test-support';

let srv: TestServer;
let net: NetworkingV1Api;
let core: CoreV1Api;
beforeAll(async () => {
  srv = await startTestServer();
  const kc = new KubeConfig();
  kc.loadFromOptions({
    // client-node refuses plain http unless TLS verification is declared off (there is no TLS).
    clusters: [{ name: 'demo', server: srv.url, skipTLSVerify: true }],
    users: [{ name: 'demo' }],
    contexts: [{ name: 'demo', cluster: 'demo', user: 'demo' }],
    currentContext: 'demo',
  });
  net = kc.makeApiClient(NetworkingV1Api);
  core = kc.makeApiClient(CoreV1Api);
});
afterAll(async () => {
  await srv.close();
});

describe('@kubernetes/client-node', () => {
  it('creates, lists and reads NetworkPolicies through NetworkingV1Api', async () => {
    const body: V1NetworkPolicy = {
      apiVersion: 'networking.k8s.io/v1',
      kind: 'NetworkPolicy',
      metadata: { name: 'from-client-node', labels: { via: 'client-node' } },
      spec: { podSelector: { matchLabels: { app: 'cart' } }, ingress: [{ ports: [{ port: 7070 }] }] },
    };
    const created = await net.createNamespacedNetworkPolicy({ namespace: 'shop', body });
    expect(created.metadata?.uid).toMatch(/^[0-9a-f-]{36}$/);
    expect(created.metadata?.generation).toBe(1);
    expect(created.spec?.policyTypes).toEqual(['Ingress']);
    expect(created.spec?.ingress?.[0]?.ports?.[0]).toEqual({ protocol: 'TCP', port: 7070 });

    const list = await net.listNamespacedNetworkPolicy({ namespace: 'shop', labelSelector: 'via=client-node' });
    expect(list.items.map((i) => i.metadata?.name)).toEqual(['from-client-node']);
    const all = await net.listNetworkPolicyForAllNamespaces();
    expect(all.items.map((i) => `${i.metadata?.namespace}/${i.metadata?.name}`)).toEqual(
      expect.arrayContaining(['shop/from-client-node', 'payments/default-deny-all']),
    );

    const read = await net.readNamespacedNetworkPolicy({ name: 'from-client-node', namespace: 'shop' });
    expect(read.metadata?.resourceVersion).toBe(created.metadata?.resourceVersion);
    expect(read.metadata?.creationTimestamp).toBeInstanceOf(Date);
  });

  it('reports server errors as ApiException with the Status body', async () => {
    const err = await net.readNamespacedNetworkPolicy({ name: 'nope', namespace: 'shop' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiException);
    const e = err as ApiException<unknown>;
    expect(e.code).toBe(404);
    expect(JSON.parse(String(e.body))).toMatchObject({ kind: 'Status', reason: 'NotFound' });
    const invalid = await net
      .createNamespacedNetworkPolicy({
        namespace: 'shop',
        body: { metadata: { name: 'bad' }, spec: { podSelector: {}, policyTypes: ['Sideways'] } },
      })
      .catch((x: unknown) => x);
    expect((invalid as ApiException<unknown>).code).toBe(422);
  });

  it('lists namespaces and pods through CoreV1Api', async () => {
    const ns = await core.listNamespace();
    expect(ns.items.map((n) => n.metadata?.name)).toContain('payments');
    const pods = await core.listNamespacedPod({ namespace: 'data' });
    const pg = pods.items.find((p) => p.metadata?.name === 'postgres-0');
    expect(pg?.status?.podIP).toBe('10.244.1.30');
    expect(pg?.spec?.containers[0]?.ports?.[0]).toEqual({ name: 'postgres', containerPort: 5432, protocol: 'TCP' });
  });
});
