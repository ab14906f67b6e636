// GET on collections and objects for every served resource: lists (with labelSelector,
// fieldSelector, limit), Tables, single objects, and `?watch=true` streams of watch events.
import type http from 'node:http';
import { badRequestStatus, notFoundStatus, type GroupResource } from '../k8s/status';
import type { Status } from '../k8s/meta';
import { StatusError, send, encode } from './http-util';
import { matchesFields, matchesLabels, parseFieldSelector, parseLabelSelector } from './selectors';
import type { Ctx } from './context';
import type { Obj, Resource, Store } from './store';
import { toTable, type IncludeObject } from './tables';

export const GROUP_RESOURCE: Record<Resource, GroupResource> = {
  namespaces: { group: '', resource: 'namespaces' },
  pods: { group: '', resource: 'pods' },
  networkpolicies: { group: 'networking.k8s.io', resource: 'networkpolicies' },
};

const LIST_META: Record<Resource, { apiVersion: string; kind: string }> = {
  namespaces: { apiVersion: 'v1', kind: 'NamespaceList' },
  pods: { apiVersion: 'v1', kind: 'PodList' },
  networkpolicies: { apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicyList' },
};

export type ReadContext = Ctx;

function includeObject(query: URLSearchParams): IncludeObject {
  const v = query.get('includeObject') ?? '';
  if (v === '' || v === 'Metadata') return 'Metadata';
  if (v === 'None' || v === 'Object') return v;
  throw new StatusError(
    badRequestStatus(
      `includeObject: Invalid value: ${JSON.stringify(v)}: must be 'Metadata', 'Object', 'None', or empty`,
    ),
  );
}

function filterFor(res: Resource, query: URLSearchParams): (o: Obj) => boolean {
  let labels: ReturnType<typeof parseLabelSelector> = [];
  let fields: ReturnType<typeof parseFieldSelector> = [];
  try {
    labels = parseLabelSelector(query.get('labelSelector') ?? '');
    fields = parseFieldSelector(query.get('fieldSelector') ?? '', res);
  } catch (err) {
    throw new StatusError(badRequestStatus(err instanceof Error ? err.message : String(err)));
  }
  return (o) => matchesLabels(labels, o.metadata.labels) && matchesFields(fields, o, res);
}

export function handleList(ctx: ReadContext, res: Resource, namespace: string | undefined): void {
  const match = filterFor(res, ctx.query);
  if (ctx.query.get('watch') === 'true' || ctx.query.get('watch') === '1') {
    handleWatch(ctx, res, namespace, match);
    return;
  }
  const include = ctx.output === 'table' ? includeObject(ctx.query) : 'Metadata';
  const rv = ctx.store.resourceVersion;
  const items = ctx.store.list(res, namespace).filter(match);
  const { apiVersion, kind } = LIST_META[res];
  // `limit` is honoured without continue tokens: the whole list is one page.
  const body =
    ctx.output === 'table'
      ? toTable(res, items, rv, include)
      : { kind, apiVersion, metadata: { resourceVersion: rv }, items: items.map((o) => withKind(res, o)) };
  send(ctx.res, 200, body, { output: ctx.output, pretty: ctx.pretty });
}

export function withKind(res: Resource, o: Obj): Obj {
  if (o.kind !== undefined) return o;
  const apiVersion = res === 'networkpolicies' ? 'networking.k8s.io/v1' : 'v1';
  const kind = res === 'networkpolicies' ? 'NetworkPolicy' : res === 'pods' ? 'Pod' : 'Namespace';
  return { kind, apiVersion, ...o };
}

export function getOr404(store: Store, res: Resource, namespace: string, name: string): Obj {
  const o = store.get(res, namespace, name);
  if (o === undefined) throw new StatusError(notFoundStatus(GROUP_RESOURCE[res], name));
  return o;
}

export function handleGet(ctx: ReadContext, res: Resource, namespace: string, name: string): void {
  const o = getOr404(ctx.store, res, namespace, name);
  const body = ctx.output === 'table' ? toTable(res, [o], ctx.store.resourceVersion, includeObject(ctx.query)) : o;
  send(ctx.res, 200, body, { output: ctx.output, pretty: ctx.pretty });
}

/** Live watches, closed on shutdown so the server can exit promptly. */
const openWatches = new Set<http.ServerResponse>();

export function closeAllWatches(): void {
  for (const r of openWatches) r.end();
  openWatches.clear();
}

/**
 * A watch stream: newline-delimited JSON events. Without resourceVersion (or "0") it starts with
 * ADDED for every current match; with one it replays later events, or sends 410 Gone as an
 * ERROR event when that version is older than the kept history.
 */
function handleWatch(ctx: ReadContext, res: Resource, namespace: string | undefined, match: (o: Obj) => boolean): void {
  const rvText = ctx.query.get('resourceVersion') ?? '';
  const timeout = Number(ctx.query.get('timeoutSeconds') ?? '');
  const http = ctx.res;
  const type = ctx.output === 'yaml' ? 'application/yaml' : 'application/json';
  http.writeHead(200, {
    'Content-Type': `${type};stream=watch`,
    'Cache-Control': 'no-cache, private',
    'Transfer-Encoding': 'chunked',
  });
  const inScope = (o: Obj) => (namespace === undefined || o.metadata.namespace === namespace) && match(o);
  // A client that lists as Table (kubectl get -w) gets each event's object as a one-row Table;
  // as the apiserver does, only the first one carries the column definitions.
  const include = ctx.output === 'table' ? includeObject(ctx.query) : 'Metadata';
  let columnsSent = false;
  const write = (type: string, object: Obj | Status) => {
    let out: unknown = object;
    if (ctx.output === 'table' && object.kind !== 'Status') {
      const table = toTable(res, [object as Obj], String((object as Obj).metadata.resourceVersion ?? ''), include);
      if (columnsSent) table.columnDefinitions = null;
      columnsSent = true;
      out = table;
    }
    http.write(encode({ type, object: out }, ctx.output === 'yaml' ? 'yaml' : 'json', false).text);
  };
  let since: number;
  if (rvText === '' || rvText === '0') {
    for (const o of ctx.store.list(res, namespace).filter(match)) write('ADDED', withKind(res, o));
    since = Number(ctx.store.resourceVersion);
  } else {
    since = /^\d+$/.test(rvText) ? Number(rvText) : NaN;
    if (Number.isNaN(since)) {
      write('ERROR', badRequestStatus(`invalid resource version: ${rvText}`));
      http.end();
      return;
    }
  }
  const w = ctx.store.watch(since, (ev) => {
    // A write applied before the list but made durable after it is announced late: skip it.
    if (ev.rv > since && ev.res === res && inScope(ev.object)) write(ev.type, withKind(res, ev.object));
  });
  if (w.backlog === null) {
    const gone: Status = {
      kind: 'Status',
      apiVersion: 'v1',
      metadata: {},
      status: 'Failure',
      message: `too old resource version: ${since} (${ctx.store.resourceVersion})`,
      reason: 'Expired',
      code: 410,
    };
    write('ERROR', gone);
    w.stop();
    http.end();
    return;
  }
  for (const ev of w.backlog) if (ev.res === res && inScope(ev.object)) write(ev.type, withKind(res, ev.object));
  openWatches.add(http);
  // Upstream picks a random 30-60 min timeout; a demo server keeps it at 30 min unless asked.
  const ms = Number.isFinite(timeout) && timeout > 0 ? timeout * 1000 : 30 * 60 * 1000;
  const timer = setTimeout(() => http.end(), ms);
  const stop = () => {
    clearTimeout(timer);
    w.stop();
    openWatches.delete(http);
  };
  http.on('close', stop);
  ctx.req.on('close', stop);
}
