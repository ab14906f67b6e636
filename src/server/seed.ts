// The objects a fresh demo cluster starts with: the shipped web-shop demo or a user's --seed file
// (YAML or JSON; documents, Lists) of Namespaces, Pods and NetworkPolicies.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expandListItems, parseDocuments } from '../k8s/codec';
import { applyNetworkPolicyDefaults } from '../k8s/networking/defaults';
import { validateNetworkPolicy } from '../k8s/networking/validation';
import { aggregate } from '../k8s/status';
import { normalizeNamespace } from './core-handlers';
import { canonicalNetworkPolicy, rfc3339 } from './object-meta';
import type { Obj } from './store';
import { isRecord as isRec } from '../k8s/json';

export const DEFAULT_SEED = path.join(path.dirname(fileURLToPath(import.meta.url)), 'demo-data', 'web-shop.yaml');

type Rec = Record<string, unknown>;

/** Parses seed text; throws an Error naming the first problem (bad syntax, unsupported kind). */
export function parseSeed(text: string, source: string, now = new Date()): Obj[] {
  const parsed = parseDocuments(text);
  const err = parsed.errors[0];
  if (err !== undefined) throw new Error(`${source}:${err.startLine}:${err.startColumn}: ${err.message}`);
  const out: Obj[] = [];
  const time = rfc3339(now);
  for (const doc of parsed.documents) {
    if (doc.empty) continue;
    for (const { value } of expandListItems(doc.value)) {
      if (!isRec(value) || !isRec(value.metadata) || typeof value.metadata.name !== 'string') {
        throw new Error(`${source}: every object needs kind and metadata.name`);
      }
      const meta: Rec = { ...value.metadata, uid: randomUUID(), creationTimestamp: time };
      const name = String(meta.name);
      if (value.kind === 'Namespace') out.push(normalizeNamespace({ ...value, metadata: meta }, name));
      else if (value.kind === 'Pod') {
        meta.namespace = typeof meta.namespace === 'string' ? meta.namespace : 'default';
        out.push(withContainerStatuses({ ...value, apiVersion: 'v1', metadata: meta } as Obj));
      } else if (value.kind === 'NetworkPolicy') {
        meta.namespace = typeof meta.namespace === 'string' ? meta.namespace : 'default';
        meta.generation = 1;
        const np = applyNetworkPolicyDefaults({ ...value, metadata: meta });
        const errs = validateNetworkPolicy(np);
        if (errs.length > 0) throw new Error(`${source}: NetworkPolicy ${name} is invalid: ${aggregate(errs)}`);
        out.push(canonicalNetworkPolicy(np) as Obj);
      } else {
        throw new Error(
          `${source}: unsupported kind ${JSON.stringify(value.kind)} (Namespace, Pod and NetworkPolicy are)`,
        );
      }
    }
  }
  // Every namespace a pod or policy uses exists, as in a real cluster.
  const known = new Set(out.filter((o) => o.kind === 'Namespace').map((o) => String(o.metadata.name)));
  for (const o of [...out]) {
    const ns = o.metadata.namespace;
    if (typeof ns === 'string' && !known.has(ns)) {
      known.add(ns);
      out.unshift(normalizeNamespace({ metadata: { name: ns, uid: randomUUID(), creationTimestamp: time } }, ns));
    }
  }
  return out;
}

/** A running seed pod without container statuses gets ready ones, so READY reads 1/1, not 0/1. */
function withContainerStatuses(pod: Obj): Obj {
  const spec = isRec(pod.spec) ? pod.spec : {};
  const status = isRec(pod.status) ? pod.status : {};
  if (status.phase !== 'Running' || Array.isArray(status.containerStatuses) || !Array.isArray(spec.containers))
    return pod;
  const containerStatuses = spec.containers.filter(isRec).map((c) => ({
    name: c.name,
    image: c.image,
    ready: true,
    started: true,
    restartCount: 0,
    state: { running: { startedAt: pod.metadata.creationTimestamp } },
  }));
  return { ...pod, status: { ...status, containerStatuses } };
}

export function loadSeedFile(file: string = DEFAULT_SEED): Obj[] {
  return parseSeed(fs.readFileSync(file, 'utf8'), file);
}
