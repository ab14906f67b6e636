// PUT, PATCH (json, merge, strategic merge, server-side apply) and DELETE of one NetworkPolicy,
// with the update semantics of the generic registry: resourceVersion preconditions (409),
// generation bumped on spec changes, managedFields per manager, no write when nothing changed.
import { FieldPath, forbidden, goQuote, goString, invalid, type FieldError } from '../k8s/field';
import { applyNetworkPolicyDefaults } from '../k8s/networking/defaults';
import { validateNetworkPolicy } from '../k8s/networking/validation';
import { badRequestStatus, conflictStatus, invalidStatus, notFoundStatus } from '../k8s/status';
import { serverSideApply } from './apply';
import { decodeRaw, nestsDeeperThan } from './body-decode';
import { readObjectBody, readPatchBody, type Ctx } from './context';
import { send, StatusError } from './http-util';
import { GROUP_RESOURCE } from './list-watch';
import { checkDecoded, decodePolicyBody, NP_EXPECTED } from './np-decode';
import { storeNewPolicy, strategyWarnings } from './np-create';
import { hasFinalizers, isDeleting, newFinalizers } from './np-delete';
import { updateManagedFields } from './managed-fields';
import { canonicalNetworkPolicy, rfc3339, type ManagedFieldsEntry } from './object-meta';
import { jsonPatch, mergePatch, PatchError, strategicMergePatch } from './patch';
import { managerName, parseWriteOptions, type WriteOptions } from './request-options';
import type { Obj } from './store';
import { isRecord as isRec } from '../k8s/json';

type Rec = Record<string, unknown>;
const GK = { group: 'networking.k8s.io', kind: 'NetworkPolicy' };
const GR = GROUP_RESOURCE.networkpolicies;
const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);
const metaOf = (o: Rec): Rec => (isRec(o.metadata) ? o.metadata : {});

export async function updateNetworkPolicy(ctx: Ctx, namespace: string, name: string): Promise<void> {
  const { body, format } = await readObjectBody(ctx);
  const opts = parseWriteOptions(ctx.query, 'UpdateOptions');
  const { obj, warnings } = decodePolicyBody(body, format, opts.fieldValidation);
  const meta = metaOf(obj);
  const objName = typeof meta.name === 'string' ? meta.name : '';
  if (objName !== name) {
    throw new StatusError(
      badRequestStatus(`the name of the object (${objName}) does not match the name on the URL (${name})`),
    );
  }
  const objNs = typeof meta.namespace === 'string' ? meta.namespace : '';
  if (objNs !== '' && objNs !== namespace) {
    throw new StatusError(
      badRequestStatus(`the namespace of the object (${objNs}) does not match the namespace on the URL (${namespace})`),
    );
  }
  const manager = managerName(opts, ctx.req.headers['user-agent']);
  const saved = await commitUpdate(ctx, namespace, name, opts, () => ({ next: obj, managed: null }), manager);
  send(ctx.res, 200, saved, {
    output: ctx.output,
    pretty: ctx.pretty,
    warnings: [...warnings, ...strategyWarnings(saved)],
  });
}

export async function patchNetworkPolicy(ctx: Ctx, namespace: string, name: string): Promise<void> {
  const { body, type } = await readPatchBody(ctx, true);
  const opts = parseWriteOptions(ctx.query, 'PatchOptions', type === 'apply');
  const manager = managerName(opts, ctx.req.headers['user-agent']);
  const time = rfc3339(ctx.now());
  let warnings: string[] = [];
  if (type === 'apply') {
    const raw = decodeRaw(body, 'yaml', NP_EXPECTED);
    warnings = checkDecoded(raw.obj, null, opts.fieldValidation, raw.kind, raw.apiVersion);
    const applied = raw.obj;
    const objName = typeof metaOf(applied).name === 'string' ? String(metaOf(applied).name) : '';
    if (objName !== name) {
      throw new StatusError(
        badRequestStatus(`the name of the object (${objName}) does not match the name on the URL (${name})`),
      );
    }
    if (ctx.store.get('networkpolicies', namespace, name) === undefined) {
      const created = await storeNewPolicy(ctx, namespace, applyNetworkPolicyDefaults(applied), opts, {
        manager,
        operation: 'Apply',
        appliedConfig: applied,
        namespaceMismatch: `the namespace of the object (${String(metaOf(applied).namespace)}) does not match the namespace on the URL (${namespace})`,
      });
      send(ctx.res, 201, created, {
        output: ctx.output,
        pretty: ctx.pretty,
        warnings: [...warnings, ...strategyWarnings(created)],
      });
      return;
    }
    const saved = await commitUpdate(
      ctx,
      namespace,
      name,
      opts,
      (live) => {
        const r = serverSideApply(live, applied, manager, opts.force === true, time);
        if ('kind' in r) throw new StatusError(r);
        return { next: applyNetworkPolicyDefaults(r.merged), managed: r.managedFields };
      },
      manager,
    );
    send(ctx.res, 200, saved, {
      output: ctx.output,
      pretty: ctx.pretty,
      warnings: [...warnings, ...strategyWarnings(saved)],
    });
    return;
  }
  let patch: unknown;
  const text = body.toString('utf8');
  // Refused before parsing, as Go's decoder does: the patch functions recurse over the value.
  if (nestsDeeperThan(text)) throw new StatusError(badRequestStatus('exceeded max depth'));
  try {
    patch = JSON.parse(text);
  } catch (err) {
    throw new StatusError(badRequestStatus(err instanceof Error ? err.message : String(err)));
  }
  const saved = await commitUpdate(
    ctx,
    namespace,
    name,
    opts,
    (live) => {
      let next: unknown;
      try {
        next =
          type === 'json'
            ? jsonPatch(live, patch)
            : type === 'merge'
              ? mergePatch(live, patch)
              : strategicMergePatch(live, patch);
      } catch (err) {
        if (!(err instanceof PatchError)) throw err;
        const s = badRequestStatus(err.message);
        if (err.code === 422) Object.assign(s, { code: 422, reason: 'Invalid', details: {} });
        throw new StatusError(s);
      }
      if (!isRec(next)) throw new StatusError(badRequestStatus('the patched object is not a JSON object'));
      warnings = checkDecoded(next, null, opts.fieldValidation);
      return { next: applyNetworkPolicyDefaults(next), managed: null };
    },
    manager,
  );
  send(ctx.res, 200, saved, {
    output: ctx.output,
    pretty: ctx.pretty,
    warnings: [...warnings, ...strategyWarnings(saved)],
  });
}

type Mutation = (live: Obj) => { next: Rec; managed: ManagedFieldsEntry[] | null };

/**
 * The generic registry's Update: precondition on resourceVersion, BeforeUpdate (system fields
 * kept, generation bumped when the spec changed), validation, and a write only when something
 * changed. Runs inside one store transaction so concurrent updates serialise.
 */
async function commitUpdate(
  ctx: Ctx,
  namespace: string,
  name: string,
  opts: WriteOptions,
  mutate: Mutation,
  manager: string,
): Promise<Obj> {
  const time = rfc3339(ctx.now());
  return ctx.store.transact((tx) => {
    const live = tx.get('networkpolicies', namespace, name);
    if (live === undefined) throw new StatusError(notFoundStatus(GR, name));
    const { next, managed } = mutate(structuredClone(live));
    const meta: Rec = { ...metaOf(next) };
    const rv = meta.resourceVersion;
    if (typeof rv === 'string' && rv !== '' && rv !== live.metadata.resourceVersion) {
      throw new StatusError(conflictStatus(GR, name));
    }
    const errs: FieldError[] = [];
    const deleting = isDeleting(live.metadata);
    if (deleting) {
      // BeforeUpdate: an update never removes or moves a deletion timestamp or grace period.
      meta.deletionTimestamp = live.metadata.deletionTimestamp;
      meta.deletionGracePeriodSeconds ??= live.metadata.deletionGracePeriodSeconds;
      const added = newFinalizers(live.metadata, meta).sort();
      if (added.length > 0) {
        errs.push(
          forbidden(
            FieldPath.of('metadata', 'finalizers'),
            `no new finalizers can be added if the object is being deleted, found new finalizers []string{${added.map((f) => goQuote(f)).join(', ')}}`,
          ),
        );
      }
    } else {
      // Only DELETE sets these (upstream refuses a client's as immutable; here they are dropped).
      delete meta.deletionTimestamp;
      delete meta.deletionGracePeriodSeconds;
    }
    if (typeof meta.uid === 'string' && meta.uid !== '' && meta.uid !== live.metadata.uid) {
      errs.push(invalid(FieldPath.of('metadata', 'uid'), goString(meta.uid), 'field is immutable'));
    }
    meta.namespace = namespace;
    meta.uid = live.metadata.uid;
    meta.creationTimestamp = live.metadata.creationTimestamp;
    meta.resourceVersion = live.metadata.resourceVersion;
    const changedSpec = !same(canonicalNetworkPolicy(next).spec, live.spec);
    meta.generation = Number(live.metadata.generation ?? 1) + (changedSpec ? 1 : 0);
    const candidate: Rec = { ...next, metadata: meta };
    // The field manager runs before validation, which then sees the managedFields it computed
    // (a request's `[{}]` is a reset, not an invalid entry).
    const fields = managed ?? updateManagedFields(live, canonicalNetworkPolicy(candidate), manager, time);
    if (fields.length > 0) meta.managedFields = fields;
    else delete meta.managedFields;
    errs.push(...validateNetworkPolicy(candidate));
    if (errs.length > 0) throw new StatusError(invalidStatus(GK, name, errs));
    const obj = canonicalNetworkPolicy(candidate) as Obj;
    const unchanged = same(
      { ...obj, metadata: { ...obj.metadata, managedFields: null } },
      { ...live, metadata: { ...live.metadata, managedFields: null } },
    );
    // A no-op changes nothing, not even managedFields timestamps; managedFields set by the client
    // alone (e.g. `[{}]`, which strips them) are a change.
    if (unchanged && same(withoutTimes(obj.metadata.managedFields), withoutTimes(live.metadata.managedFields)))
      return live;
    // The last finalizer gone from an object being deleted: it is deleted now, and the PUT/PATCH
    // still answers with the updated object (deleteWithoutFinalizers).
    if (deleting && !hasFinalizers(obj.metadata)) {
      if (!opts.dryRun) tx.remove('networkpolicies', namespace, name);
      return obj;
    }
    return opts.dryRun ? obj : tx.put('networkpolicies', obj);
  });
}

const withoutTimes = (v: unknown): unknown =>
  Array.isArray(v) ? v.map((e) => (isRec(e) ? { ...e, time: undefined } : e)) : v;
