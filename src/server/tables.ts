// Server-side printing (`Accept: application/json;as=Table;v=v1;g=meta.k8s.io`): the columns the
// real apiserver's printers give, so `kubectl get` shows NAME POD-SELECTOR AGE for policies.
import { formatAge } from '../k8s/duration';
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

function cells(res: Resource, o: Obj, now: number): unknown[] {
  const name = String(o.metadata.name ?? '');
  const age = formatAge(o.metadata.creationTimestamp, now);
  const spec = (o.spec ?? {}) as Record<string, unknown>;
  const status = (o.status ?? {}) as Record<string, unknown>;
  if (res === 'networkpolicies') return [name, formatLabelSelector(spec.podSelector), age];
  if (res === 'namespaces') return [name, String(status.phase ?? 'Active'), age];
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
    age,
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
