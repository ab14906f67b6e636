// The bridge's path allow-list and normaliser, as a table: what is forwarded (and as which
// canonical path) and what is refused, including every encoding trick we know of.
import { describe, expect, it } from 'vitest';
import { decideForward, normalizeApiPath } from './path-policy';

const NP = '/apis/networking.k8s.io/v1/namespaces/default/networkpolicies';

describe('decideForward', () => {
  const allowed: [string, string, string][] = [
    ['GET', '/version', '/version'],
    ['GET', '/api', '/api'],
    ['GET', '/api/v1', '/api/v1'],
    ['GET', '/apis', '/apis'],
    ['GET', '/apis/networking.k8s.io', '/apis/networking.k8s.io'],
    ['GET', '/apis/networking.k8s.io/v1', '/apis/networking.k8s.io/v1'],
    ['GET', '/openapi/v3', '/openapi/v3'],
    ['GET', '/openapi/v3/apis/networking.k8s.io/v1', '/openapi/v3/apis/networking.k8s.io/v1'],
    ['GET', '/openapi/v2', '/openapi/v2'],
    ['GET', '/api/v1/namespaces', '/api/v1/namespaces'],
    ['GET', '/api/v1/namespaces/kube-system', '/api/v1/namespaces/kube-system'],
    ['GET', '/api/v1/pods', '/api/v1/pods'],
    ['GET', '/api/v1/namespaces/shop/pods', '/api/v1/namespaces/shop/pods'],
    ['GET', '/api/v1/namespaces/shop/pods/web-1.a', '/api/v1/namespaces/shop/pods/web-1.a'],
    ['GET', '/apis/networking.k8s.io/v1/networkpolicies', '/apis/networking.k8s.io/v1/networkpolicies'],
    ['GET', NP, NP],
    ['POST', NP, NP],
    ['GET', `${NP}/deny-all`, `${NP}/deny-all`],
    ['PUT', `${NP}/deny-all`, `${NP}/deny-all`],
    ['PATCH', `${NP}/deny-all`, `${NP}/deny-all`],
    ['DELETE', `${NP}/deny-all`, `${NP}/deny-all`],
    [
      'GET',
      '/apis/networking.k8s.io/v1/watch/namespaces/default/networkpolicies',
      '/apis/networking.k8s.io/v1/watch/namespaces/default/networkpolicies',
    ],
    ['GET', '//apis///networking.k8s.io/v1/', '/apis/networking.k8s.io/v1'],
    ['GET', '/api/v1/namespaces/%64efault', '/api/v1/namespaces/default'],
  ];
  it.each(allowed)('forwards %s %s as %s', (method, path, canonical) => {
    expect(decideForward(method, path)).toEqual({ allowed: true, path: canonical });
  });

  const refused: [string, string, string][] = [
    ['GET', '/', 'the path "/"'],
    ['GET', '/api/v1/secrets', 'the path "/api/v1/secrets"'],
    ['GET', '/api/v1/namespaces/default/secrets', 'the path'],
    ['GET', '/api/v1/namespaces/default/configmaps', 'the path'],
    ['GET', '/api/v1/namespaces/default/serviceaccounts/default/token', 'the path'],
    ['POST', '/api/v1/namespaces/default/pods/web/exec', 'the path'],
    ['GET', '/api/v1/namespaces/default/pods/web/attach', 'the path'],
    ['GET', '/api/v1/nodes', 'the path'],
    ['POST', '/api/v1/namespaces/default/pods', 'POST on "/api/v1/namespaces/default/pods"'],
    ['PUT', '/api/v1/namespaces/default', 'PUT on'],
    ['DELETE', '/api/v1/namespaces/default', 'DELETE on'],
    ['PATCH', '/api/v1/namespaces/default/pods/web', 'PATCH on'],
    ['POST', '/version', 'POST on'],
    ['HEAD', '/version', 'HEAD on'],
    ['OPTIONS', NP, 'OPTIONS on'],
    ['PUT', NP, 'PUT on'],
    ['DELETE', NP, 'DELETE on'],
    ['POST', `${NP}/x`, 'POST on'],
    ['GET', `${NP}/x/status`, 'the path'],
    ['GET', '/apis/apps/v1/deployments', 'the path'],
    ['GET', '/apis/networking.k8s.io/v1/ingresses', 'the path'],
    ['GET', '/api/v1/namespaces/Default', 'the path'],
    ['GET', '/api/v1/namespaces/default/pods/../secrets', "'.' or '..' segments"],
    ['GET', '/api/v1/namespaces/default/pods/./web', "'.' or '..' segments"],
    ['GET', '/api/v1/namespaces/default/pods/%2e%2e/secrets', "'.' or '..' segments"],
    ['GET', '/api/v1/namespaces/default/pods/%2E./secrets', "'.' or '..' segments"],
    ['GET', '/api/v1/namespaces/default/pods%2fweb%2fexec', 'encoded slashes'],
    ['GET', '/api/v1/namespaces/default/pods/web%5cexec', 'encoded slashes'],
    ['GET', '/api/v1/namespaces/default/pods/web\\exec', 'encoded slashes'],
    ['GET', '/api/v1/namespaces/default/pods/web%00', 'encoded slashes'],
    ['GET', '/api/v1/namespaces/default/pods/%252e%252e', 'double percent-encoding'],
    ['GET', '/api/v1/namespaces/default/pods/%e0%a4%a', 'malformed percent-encoding'],
    ['GET', '/api/v1/namespaces/default/pods/%2E%2e/secrets', "'.' or '..' segments"],
    ['GET', '/api/v1/namespaces/default/pods/%252f..%252fsecrets', 'double percent-encoding'],
    // Matrix parameters (;) are not part of Kubernetes paths: never stripped, so never matched.
    ['GET', '/api/v1/namespaces/default/pods/..;/secrets', 'the path'],
    ['GET', '/api/v1/namespaces/default/pods/web;/exec', 'the path'],
    ['GET', '/api/v1/namespaces/default/pods;x=1/web', 'the path'],
    ['GET', '/api/v1/namespaces/default/pods/web;exec', 'the path'],
    ['GET', '/api/v1/namespaces/default/pods/web%3bexec', 'the path'],
    ['GET', '/api/v1/namespaces/default/secrets;.json', 'the path'],
    ['GET', `${NP};jsessionid=1`, 'the path'],
    ['DELETE', `${NP}/x;y`, 'the path'],
    // Pods: read only, and no subresource (watch paths, exec, attach, port-forward, proxy, eviction...).
    ['GET', '/api/v1/watch/pods', 'the path'],
    ['GET', '/api/v1/watch/namespaces/default/pods', 'the path'],
    ['GET', '/api/v1/watch/namespaces/default/pods/web', 'the path'],
    ['GET', '/api/v1/namespaces/default/pods/web/exec', 'the path'],
    ['POST', '/api/v1/namespaces/default/pods/web/portforward', 'the path'],
    ['GET', '/api/v1/namespaces/default/pods/web/proxy', 'the path'],
    ['GET', '/api/v1/namespaces/default/pods/web/proxy/metrics', 'the path'],
    ['GET', '/api/v1/namespaces/default/pods/web:8080/proxy/', 'the path'],
    ['GET', '/api/v1/namespaces/default/pods/web/log', 'the path'],
    ['POST', '/api/v1/namespaces/default/pods/web/eviction', 'the path'],
    ['PATCH', '/api/v1/namespaces/default/pods/web/ephemeralcontainers', 'the path'],
    ['PUT', '/api/v1/namespaces/default/pods/web/status', 'the path'],
    ['GET', '/api/v1/namespaces/default/services/web:80/proxy/', 'the path'],
    ['GET', '/api/v1/nodes/n1/proxy/metrics', 'the path'],
    ['GET', '/api/v1/proxy/namespaces/default/pods/web', 'the path'],
    ['GET', '/API/v1/namespaces', 'the path'],
    ['DELETE', '/api/v1/namespaces/default/pods', 'DELETE on'],
  ];
  it.each(refused)('refuses %s %s (%s)', (method, path, reason) => {
    const d = decideForward(method, path);
    expect(d.allowed).toBe(false);
    if (!d.allowed) expect(d.reason).toContain(reason);
  });
});

describe('normalizeApiPath', () => {
  it('collapses empty segments and decodes once', () => {
    expect(normalizeApiPath('//api//v1/%6eamespaces/')).toEqual({ segments: ['api', 'v1', 'namespaces'] });
  });
});
