// Server-side printing (`Accept: application/json;as=Table;v=v1;g=meta.k8s.io`): the columns the
// real apiserver's printers give, so `kubectl get` shows NAME POD-SELECTOR AGE for policies.
import type { Resource, Obj } from './store';

interface Column {
  name: string;
  type: string;
  format: string;
  description: string;
  priority: number;
}

const col = (name: string, description: string, priority = 0, format = ''): Column => ({
  name,
  type: 'string',
  format,
  description,
  priority,
});

const NAME = col('Name', 'Name must be unique within a namespace.', 0, 'name');
const AGE = col('Age', 'CreationTimestamp is a timestamp representing the server time when this object was created.');

const COLUMNS: Record<Resource, Column[]> = {
  networkpolicies: [NAME, col('Pod-Selector', 'Selects the pods to which this NetworkPolicy object applies.'), AGE],
  namespaces: [NAME, col('Status', 'The status of the namespace'), AGE],
  pods: [
    NAME,
    col('Ready', 'The aggregate readiness state of this pod for accepting traffic.'),
    col('Status', 'The aggregate status of the containers in this pod.'),
    col('Restarts', 'The number of times the containers in this pod have been restarted.'),
    AGE,
    col('IP', 'IP address allocated to the pod.', 1),
    col('Node', 'Name of the Node this pod is running on.', 1),
  ],
};

/** metav1.FormatLabelSelector: requirements sorted by key, `<none>` for the empty selector. */
export function formatLabelSelector(sel: unknown): string {
  const s = (typeof sel === 'object' && sel !== null ? sel : {}) as Record<string, unknown>;
  const parts: { key: string; text: string }[] = [];
  const ml = s.matchLabels;
  if (typeof ml === 'object' && ml !== null) {
    for (const [k, v] of Object.entries(ml)) parts.push({ key: k, text: `${k}=${String(v)}` });
  }
  if (Array.isArray(s.matchExpressions)) {
    for (const e of s.matchExpressions as Record<string, unknown>[]) {
      const key = String(e.key ?? '');
      const values = Array.isArray(e.values) ? [...new Set(e.values.map(String))].sort() : [];
      const op = e.operator;
      if (op === 'In') parts.push({ key, text: `${key} in (${values.join(',')})` });
      else if (op === 'NotIn') parts.push({ key, text: `${key} notin (${values.join(',')})` });
      else if (op === 'Exists') parts.push({ key, text: key });
      else if (op === 'DoesNotExist') parts.push({ key, text: `!${key}` });
      else return '<error>';
    }
  }
  parts.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return parts.length === 0 ? '<none>' : parts.map((p) => p.text).join(',');
}

/** k8s.io/apimachinery/pkg/util/duration.HumanDuration. */
export function humanDuration(ms: number): string {
  const seconds = Math.trunc(ms / 1000);
  if (seconds < -1) return '<invalid>';
  if (seconds < 0) return '0s';
  if (seconds < 120) return `${seconds}s`;
  const minutes = Math.trunc(seconds / 60);
  if (minutes < 10) {
    const s = seconds % 60;
    return s === 0 ? `${minutes}m` : `${minutes}m${s}s`;
  }
  if (minutes < 180) return `${minutes}m`;
  const hours = Math.trunc(minutes / 60);
  if (hours < 8) {
    const m = minutes % 60;
    return m === 0 ? `${hours}h` : `${hours}h${m}m`;
  }
  if (hours < 48) return `${hours}h`;
  if (hours < 24 * 8) {
    const h = hours % 24;
    return h === 0 ? `${Math.trunc(hours / 24)}d` : `${Math.trunc(hours / 24)}d${h}h`;
  }
  if (hours < 24 * 365 * 2) return `${Math.trunc(hours / 24)}d`;
  if (hours < 24 * 365 * 8) {
    const dy = Math.trunc(hours / 24) % 365;
    const y = Math.trunc(hours / 24 / 365);
    return dy === 0 ? `${y}y` : `${y}y${dy}d`;
  }
  return `${Math.trunc(hours / 24 / 365)}y`;
}

function age(o: Obj, now: number): string {
  const ts = o.metadata.creationTimestamp;
  if (typeof ts !== 'string') return '<unknown>';
  const t = Date.parse(ts);
  return Number.isNaN(t) ? '<unknown>' : humanDuration(now - t);
}

function cells(res: Resource, o: Obj, now: number): unknown[] {
  const name = String(o.metadata.name ?? '');
  const spec = (o.spec ?? {}) as Record<string, unknown>;
  const status = (o.status ?? {}) as Record<string, unknown>;
  if (res === 'networkpolicies') return [name, formatLabelSelector(spec.podSelector), age(o, now)];
  if (res === 'namespaces') return [name, String(status.phase ?? 'Active'), age(o, now)];
  const containers = Array.isArray(spec.containers) ? spec.containers.length : 0;
  const statuses = Array.isArray(status.containerStatuses)
    ? (status.containerStatuses as Record<string, unknown>[])
    : [];
  const ready = statuses.filter((c) => c.ready === true).length;
  const restarts = statuses.reduce((n, c) => n + (typeof c.restartCount === 'number' ? c.restartCount : 0), 0);
  return [
    name,
    `${ready}/${containers}`,
    String(status.phase ?? 'Pending'),
    String(restarts),
    age(o, now),
    String(status.podIP ?? '<none>'),
    String(spec.nodeName ?? '<none>'),
  ];
}

export type IncludeObject = 'None' | 'Metadata' | 'Object';

export function toTable(
  res: Resource,
  objs: readonly Obj[],
  resourceVersion: string,
  include: IncludeObject,
  now = Date.now(),
): Record<string, unknown> {
  return {
    kind: 'Table',
    apiVersion: 'meta.k8s.io/v1',
    metadata: { resourceVersion },
    columnDefinitions: COLUMNS[res],
    rows: objs.map((o) => {
      const row: Record<string, unknown> = { cells: cells(res, o, now) };
      if (include === 'Object') row.object = o;
      else if (include === 'Metadata') {
        row.object = { kind: 'PartialObjectMetadata', apiVersion: 'meta.k8s.io/v1', metadata: o.metadata };
      }
      return row;
    }),
  };
}
