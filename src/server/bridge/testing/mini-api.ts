// Test-only: a small in-memory Kubernetes-style API (discovery, namespaces, a secret that must never
// be reached, NetworkPolicy create/list/get/update with 409 Conflict/delete/watch) for the fake remote.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { alreadyExistsStatus, conflictStatus, notFoundStatus, pathNotFoundStatus } from '../../../k8s/status';

type Obj = Record<string, unknown> & { metadata: Record<string, unknown> };
const GR = { group: 'networking.k8s.io', resource: 'networkpolicies' };

function send(res: ServerResponse, code: number, body: unknown, extra: Record<string, string> = {}): void {
  res.writeHead(code, { 'Content-Type': 'application/json', ...extra });
  res.end(JSON.stringify(body));
}

async function readJson(req: IncomingMessage): Promise<Obj> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString('utf8')) as Obj;
}

export function miniApiHandler(): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
  const policies = new Map<string, Obj>();
  let rv = 100;
  return async (req, res) => {
    const u = new URL(req.url ?? '/', 'https://remote');
    const p = u.pathname;
    const m = /^\/apis\/networking\.k8s\.io\/v1\/namespaces\/([^/]+)\/networkpolicies(?:\/([^/]+))?$/.exec(p);
    if (p === '/version') return send(res, 200, { major: '1', minor: '33', gitVersion: 'v1.33.0' });
    if (p === '/api/v1/namespaces')
      return send(res, 200, {
        kind: 'NamespaceList',
        apiVersion: 'v1',
        metadata: {},
        items: [{ metadata: { name: 'default' } }],
      });
    if (p.startsWith('/api/v1/namespaces/default/secrets'))
      return send(res, 200, { kind: 'Secret', data: { password: 'c2VjcmV0' } });
    if (m === null) return send(res, 404, pathNotFoundStatus());
    const ns = m[1] ?? '';
    const name = m[2];
    if (req.method === 'GET' && name === undefined && u.searchParams.get('watch') === 'true') {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      for (const o of policies.values()) res.write(JSON.stringify({ type: 'ADDED', object: o }) + '\n');
      return; // stays open like a real watch until the client goes away
    }
    if (req.method === 'GET' && name === undefined) {
      const items = [...policies.values()].filter((o) => o.metadata.namespace === ns);
      return send(res, 200, {
        kind: 'NetworkPolicyList',
        apiVersion: 'networking.k8s.io/v1',
        metadata: { resourceVersion: String(rv) },
        items,
      });
    }
    if (req.method === 'POST' && name === undefined) {
      const obj = await readJson(req);
      const n = String(obj.metadata.name ?? '');
      if (policies.has(`${ns}/${n}`)) return send(res, 409, alreadyExistsStatus(GR, n));
      obj.metadata = { ...obj.metadata, namespace: ns, uid: `uid-${n}`, resourceVersion: String(++rv), generation: 1 };
      policies.set(`${ns}/${n}`, obj);
      return send(res, 201, obj, { Warning: '299 - "unknown field \\"spec.foo\\""' });
    }
    const key = `${ns}/${name ?? ''}`;
    const cur = policies.get(key);
    if (cur === undefined) return send(res, 404, notFoundStatus(GR, name ?? ''));
    if (req.method === 'GET') return send(res, 200, cur);
    if (req.method === 'PUT') {
      const obj = await readJson(req);
      if (obj.metadata.resourceVersion !== cur.metadata.resourceVersion)
        return send(res, 409, conflictStatus(GR, name ?? ''));
      obj.metadata = { ...cur.metadata, ...obj.metadata, resourceVersion: String(++rv) };
      policies.set(key, obj);
      return send(res, 200, obj);
    }
    if (req.method === 'DELETE') {
      policies.delete(key);
      return send(res, 200, cur);
    }
    return send(res, 405, { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', code: 405 });
  };
}
