// Namespaces and pods (core/v1) as far as a demo cluster needs them: create, delete, and the
// namespace lifecycle (a namespace delete removes its pods and policies).
import { FieldPath, goString, invalid, required, type FieldError } from '../k8s/field';
import {
  alreadyExistsStatus,
  badRequestStatus,
  internalErrorStatus,
  invalidStatus,
  notFoundStatus,
} from '../k8s/status';
import { isDNS1123Label, isDNS1123Subdomain } from '../k8s/validation/strings';
import { decodeRaw } from './body-decode';
import { readDeleteOptions, readObjectBody, type Ctx } from './context';
import { send, StatusError } from './http-util';
import { GROUP_RESOURCE, getOr404 } from './list-watch';
import { fieldsV1, generateName, newUid, rfc3339, wipeSystemFields } from './object-meta';
import { managerName, parseWriteOptions } from './request-options';
import type { Obj } from './store';
import { isRecord as isRec } from '../k8s/json';

type Rec = Record<string, unknown>;

/** The label every namespace carries, set by the apiserver on create. */
export const NAMESPACE_NAME_LABEL = 'kubernetes.io/metadata.name';

/** A namespace as the apiserver stores it: the name label, the kubernetes finalizer, Active. */
export function normalizeNamespace(o: Rec, name: string): Obj {
  const meta = isRec(o.metadata) ? o.metadata : {};
  const labels = isRec(meta.labels) ? { ...meta.labels } : {};
  labels[NAMESPACE_NAME_LABEL] = name;
  const spec = isRec(o.spec) ? o.spec : {};
  return {
    kind: 'Namespace',
    apiVersion: 'v1',
    metadata: { ...meta, name, labels },
    spec: { ...spec, finalizers: Array.isArray(spec.finalizers) ? spec.finalizers : ['kubernetes'] },
    status: { phase: 'Active' },
  };
}

function nameErrors(meta: Rec, label: boolean): { name: string; errs: FieldError[] } {
  let name = typeof meta.name === 'string' ? meta.name : '';
  const gen = typeof meta.generateName === 'string' ? meta.generateName : '';
  if (name === '' && gen !== '') name = generateName(gen);
  const path = FieldPath.of('metadata', 'name');
  if (name === '') return { name, errs: [required(path, 'name or generateName is required')] };
  const msgs = label ? isDNS1123Label(name) : isDNS1123Subdomain(name);
  return { name, errs: msgs.map((m) => invalid(path, goString(name), m)) };
}

export async function createNamespace(ctx: Ctx): Promise<void> {
  const { body, format } = await readObjectBody(ctx);
  const opts = parseWriteOptions(ctx.query, 'CreateOptions');
  const raw = decodeRaw(body, format, { group: '', version: 'v1', kind: 'Namespace' });
  const meta = isRec(raw.obj.metadata) ? { ...raw.obj.metadata } : {};
  wipeSystemFields(meta);
  const { name, errs } = nameErrors(meta, true);
  if (errs.length > 0) throw new StatusError(invalidStatus({ group: '', kind: 'Namespace' }, name, errs));
  const obj = normalizeNamespace({ ...raw.obj, metadata: meta }, name);
  stampCreate(obj, ctx, managerName(opts, ctx.req.headers['user-agent']));
  const created = await ctx.store.transact((tx) => {
    // As etcd3's Create: a client resourceVersion fails before the key check; dry-run skips both
    // but the existence check.
    if (!opts.dryRun && metaRv(meta)) throw new StatusError(internalErrorStatus(RV_ON_CREATE));
    if (tx.get('namespaces', '', name) !== undefined)
      throw new StatusError(alreadyExistsStatus(GROUP_RESOURCE.namespaces, name));
    return opts.dryRun ? obj : tx.put('namespaces', obj);
  });
  send(ctx.res, 201, created, { output: ctx.output, pretty: ctx.pretty });
}

/** Deleting a namespace removes everything in it at once (a demo has no namespace controller). */
export async function deleteNamespace(ctx: Ctx, name: string): Promise<void> {
  const opts = await readDeleteOptions(ctx);
  getOr404(ctx.store, 'namespaces', '', name);
  const gone = await ctx.store.transact((tx) => {
    const ns = tx.get('namespaces', '', name);
    if (ns === undefined) throw new StatusError(notFoundStatus(GROUP_RESOURCE.namespaces, name));
    if (!opts.dryRun) {
      for (const res of ['networkpolicies', 'pods'] as const) {
        for (const o of tx.list(res, name)) tx.remove(res, name, String(o.metadata.name));
      }
      tx.remove('namespaces', '', name);
    }
    return ns;
  });
  // The apiserver answers with the namespace marked for deletion.
  const status = isRec(gone.status) ? gone.status : {};
  const answer = {
    ...gone,
    metadata: { ...gone.metadata, deletionTimestamp: rfc3339(ctx.now()) },
    status: { ...status, phase: 'Terminating' },
  };
  send(ctx.res, 200, answer, { output: ctx.output, pretty: ctx.pretty });
}

export async function createPod(ctx: Ctx, namespace: string): Promise<void> {
  const { body, format } = await readObjectBody(ctx);
  const opts = parseWriteOptions(ctx.query, 'CreateOptions');
  const raw = decodeRaw(body, format, { group: '', version: 'v1', kind: 'Pod' });
  const meta = isRec(raw.obj.metadata) ? { ...raw.obj.metadata } : {};
  wipeSystemFields(meta);
  if (typeof meta.namespace === 'string' && meta.namespace !== '' && meta.namespace !== namespace) {
    throw new StatusError(
      badRequestStatus('the namespace of the provided object does not match the namespace sent on the request'),
    );
  }
  meta.namespace = namespace;
  if (ctx.store.get('namespaces', '', namespace) === undefined) {
    throw new StatusError(notFoundStatus(GROUP_RESOURCE.namespaces, namespace));
  }
  const { name, errs } = nameErrors(meta, false);
  meta.name = name;
  const spec = isRec(raw.obj.spec) ? raw.obj.spec : {};
  if (!Array.isArray(spec.containers) || spec.containers.length === 0) {
    errs.push(required(FieldPath.of('spec', 'containers'), ''));
  }
  if (errs.length > 0) throw new StatusError(invalidStatus({ group: '', kind: 'Pod' }, name, errs));
  const obj: Obj = {
    kind: 'Pod',
    apiVersion: 'v1',
    metadata: meta,
    spec,
    status: isRec(raw.obj.status) ? raw.obj.status : { phase: 'Pending' },
  };
  stampCreate(obj, ctx, managerName(opts, ctx.req.headers['user-agent']));
  const created = await ctx.store.transact((tx) => {
    if (!opts.dryRun && metaRv(meta)) throw new StatusError(internalErrorStatus(RV_ON_CREATE));
    if (tx.get('pods', namespace, name) !== undefined)
      throw new StatusError(alreadyExistsStatus(GROUP_RESOURCE.pods, name));
    return opts.dryRun ? obj : tx.put('pods', obj);
  });
  send(ctx.res, 201, created, { output: ctx.output, pretty: ctx.pretty });
}

export async function deletePod(ctx: Ctx, namespace: string, name: string): Promise<void> {
  const opts = await readDeleteOptions(ctx);
  const gone = await ctx.store.transact((tx) => {
    const pod = tx.get('pods', namespace, name);
    if (pod === undefined) throw new StatusError(notFoundStatus(GROUP_RESOURCE.pods, name));
    if (!opts.dryRun) tx.remove('pods', namespace, name);
    return pod;
  });
  send(ctx.res, 200, gone, { output: ctx.output, pretty: ctx.pretty });
}

function stampCreate(obj: Obj, ctx: Ctx, manager: string): void {
  const time = rfc3339(ctx.now());
  obj.metadata.uid = newUid();
  obj.metadata.creationTimestamp = time;
  obj.metadata.managedFields = [
    {
      manager,
      operation: 'Update',
      apiVersion: String(obj.apiVersion),
      time,
      fieldsType: 'FieldsV1',
      fieldsV1: fieldsV1(obj),
    },
  ];
}

const metaRv = (meta: Rec): boolean => typeof meta.resourceVersion === 'string' && meta.resourceVersion !== '';
export const RV_ON_CREATE = 'resourceVersion should not be set on objects to be created';
