// POST .../namespaces/{namespace}/networkpolicies in kube-apiserver's order of checks (see
// kube-apiserver-networkpolicy.md §2.2): 415, 413, options 422, decode 400, namespace 400/404,
// validation 422, resourceVersion 500, AlreadyExists 409, then 201 with the stored object.
import { validateNetworkPolicy } from '../k8s/networking/validation';
import { getWarningsForNetworkPolicy } from '../k8s/networking/warnings';
import {
  alreadyExistsStatus,
  badRequestStatus,
  generateNameConflictStatus,
  internalErrorStatus,
  invalidStatus,
  notFoundStatus,
} from '../k8s/status';
import { readObjectBody, type Ctx } from './context';
import { RV_ON_CREATE } from './core-handlers';
import { send, StatusError } from './http-util';
import { GROUP_RESOURCE } from './list-watch';
import { decodePolicyBody } from './np-decode';
import { isDeleting } from './np-delete';
import { canonicalNetworkPolicy, newUid, rfc3339, wipeSystemFields } from './object-meta';
import { applyConfigFieldsV1, EMPTY_NETWORK_POLICY, updateManagedFields } from './managed-fields';
import { managerName, parseWriteOptions, type WriteOptions } from './request-options';
import type { Obj } from './store';
import { isRecord as isRec } from '../k8s/json';

type Rec = Record<string, unknown>;
const GK = { group: 'networking.k8s.io', kind: 'NetworkPolicy' };
const MAX_NAME_ATTEMPTS = 8;

export async function createNetworkPolicy(ctx: Ctx, namespace: string): Promise<void> {
  const { body, format } = await readObjectBody(ctx);
  const opts = parseWriteOptions(ctx.query, 'CreateOptions');
  const { obj, warnings } = decodePolicyBody(body, format, opts.fieldValidation);
  const created = await storeNewPolicy(ctx, namespace, obj, opts, {
    manager: managerName(opts, ctx.req.headers['user-agent']),
    operation: 'Update',
    namespaceMismatch: 'the namespace of the provided object does not match the namespace sent on the request',
  });
  send(ctx.res, 201, created, {
    output: ctx.output,
    pretty: ctx.pretty,
    warnings: [...warnings, ...strategyWarnings(created)],
  });
}

/**
 * The strategy's WarningsOnCreate/WarningsOnUpdate (non-standard CIDRs). rest.BeforeCreate and
 * BeforeUpdate add them after validation passed, so they follow the decoder's field warnings, and
 * a no-op update or a dry run still carries them.
 */
export const strategyWarnings = (obj: Obj): string[] => getWarningsForNetworkPolicy(obj);

export interface NewPolicyOptions {
  manager: string;
  operation: 'Update' | 'Apply';
  /** Server-side apply: the configuration as sent, whose own fields the applier owns. */
  appliedConfig?: Rec;
  namespaceMismatch: string;
}

/**
 * Steps 7-13 of the create path for a decoded, defaulted object (also used by server-side apply
 * of an object that does not exist yet).
 */
export async function storeNewPolicy(
  ctx: Ctx,
  namespace: string,
  decoded: Rec,
  opts: WriteOptions,
  how: NewPolicyOptions,
): Promise<Obj> {
  const meta: Rec = isRec(decoded.metadata) ? { ...decoded.metadata } : {};
  wipeSystemFields(meta);
  if (typeof meta.namespace === 'string' && meta.namespace !== '' && meta.namespace !== namespace) {
    throw new StatusError(badRequestStatus(how.namespaceMismatch));
  }
  meta.namespace = namespace;
  // Mutating admission (NamespaceLifecycle) runs before validation: a missing namespace is 404.
  if (ctx.store.get('namespaces', '', namespace) === undefined) {
    throw new StatusError(notFoundStatus(GROUP_RESOURCE.namespaces, namespace));
  }
  const time = rfc3339(ctx.now());
  // The field manager (step 8) runs before validation, which sees the managedFields it made:
  // managedFields the client sent are its starting point (`[{}]` strips them).
  const managed =
    how.operation === 'Update'
      ? updateManagedFields(
          EMPTY_NETWORK_POLICY,
          canonicalNetworkPolicy({ ...decoded, metadata: meta }),
          how.manager,
          time,
        )
      : [
          {
            manager: how.manager,
            operation: how.operation,
            apiVersion: 'networking.k8s.io/v1',
            time,
            fieldsType: 'FieldsV1',
            fieldsV1: applyConfigFieldsV1(how.appliedConfig ?? decoded),
          },
        ];
  if (managed.length > 0) meta.managedFields = managed;
  else delete meta.managedFields;
  meta.uid = newUid();
  const gen = typeof meta.generateName === 'string' ? meta.generateName : '';
  const generated = (typeof meta.name !== 'string' || meta.name === '') && gen !== '';
  if (generated) meta.name = ctx.generateName(gen);
  meta.generation = 1;
  const candidate: Rec = { ...decoded, metadata: meta };
  const name = typeof meta.name === 'string' ? meta.name : '';
  const errs = validateNetworkPolicy(candidate);
  if (errs.length > 0) throw new StatusError(invalidStatus(GK, name, errs));
  // Set after validation: a server-made timestamp never fails, and checking it costs a parse.
  meta.creationTimestamp = time;
  const clientRv = typeof meta.resourceVersion === 'string' && meta.resourceVersion !== '';
  delete meta.resourceVersion;
  const obj = canonicalNetworkPolicy(candidate) as Obj;
  return ctx.store.transact((tx) => {
    // etcd3's Create refuses a client resourceVersion before it looks at the key; the dry-run
    // storage only checks that the key is free.
    if (!opts.dryRun && clientRv) throw new StatusError(internalErrorStatus(RV_ON_CREATE));
    for (let attempt = 1; tx.get('networkpolicies', namespace, String(obj.metadata.name)) !== undefined; attempt++) {
      if (!generated) {
        const s = alreadyExistsStatus(GROUP_RESOURCE.networkpolicies, name);
        // store.Create: a name held by an object that finalizers keep alive says so.
        if (isDeleting(tx.get('networkpolicies', namespace, name)?.metadata))
          s.message = `object is being deleted: ${s.message}`;
        throw new StatusError(s);
      }
      if (attempt >= MAX_NAME_ATTEMPTS) {
        throw new StatusError(generateNameConflictStatus(GROUP_RESOURCE.networkpolicies, String(obj.metadata.name)));
      }
      obj.metadata.name = ctx.generateName(gen);
    }
    return opts.dryRun ? obj : tx.put('networkpolicies', obj);
  });
}
