// DELETE of one NetworkPolicy as the generic registry does it (registry/generic/registry/store.go
// Delete, rest.BeforeDelete): preconditions (409), finalizers (the object is only marked for
// deletion and returned), otherwise removal answered with a Success Status, since the
// networkpolicies store does not set ReturnDeletedObject.
import { conflictStatus, notFoundStatus, successStatus } from '../k8s/status';
import { isRecord as isRec } from '../k8s/json';
import { readDeleteOptions, type Ctx } from './context';
import { send, StatusError } from './http-util';
import { GROUP_RESOURCE } from './list-watch';
import { canonicalMeta, rfc3339 } from './object-meta';
import type { DeleteOptions } from './request-options';
import type { Obj } from './store';

const GR = GROUP_RESOURCE.networkpolicies;
/** rest.BeforeDelete names the kind, not the resource, in its conflicts. */
const GK_AS_GR = { group: GR.group, resource: 'NetworkPolicy' };

/** rest.BeforeDelete's precondition checks, uid first. */
function checkPreconditions(o: Obj, opts: DeleteOptions, name: string): void {
  const conflict = (why: string) => {
    const s = conflictStatus(GK_AS_GR, name);
    s.message = `Operation cannot be fulfilled on NetworkPolicy.networking.k8s.io ${JSON.stringify(name)}: ${why}`;
    return new StatusError(s);
  };
  const uid = String(o.metadata.uid ?? '');
  if (opts.uid !== undefined && opts.uid !== uid) {
    throw conflict(
      `the UID in the precondition (${opts.uid}) does not match the UID in record (${uid}). The object might have been deleted and then recreated`,
    );
  }
  const rv = String(o.metadata.resourceVersion ?? '');
  if (opts.resourceVersion !== undefined && opts.resourceVersion !== rv) {
    throw conflict(
      `the ResourceVersion in the precondition (${opts.resourceVersion}) does not match the ResourceVersion in record (${rv}). The object might have been modified`,
    );
  }
}

export const hasFinalizers = (meta: Record<string, unknown>): boolean =>
  Array.isArray(meta.finalizers) && meta.finalizers.length > 0;

/**
 * markAsDeleting: deletionTimestamp now (an earlier one is kept), grace period 0, and the
 * generation bumped the first time, since a NetworkPolicy has no graceful deletion of its own.
 */
function markAsDeleting(o: Obj, now: Date): Obj {
  const meta: Record<string, unknown> = { ...o.metadata };
  const existing = typeof meta.deletionTimestamp === 'string' ? Date.parse(meta.deletionTimestamp) : NaN;
  if (Number.isNaN(existing) && typeof meta.generation === 'number' && meta.generation > 0) meta.generation += 1;
  if (Number.isNaN(existing) || existing > now.getTime()) meta.deletionTimestamp = rfc3339(now);
  meta.deletionGracePeriodSeconds = 0;
  return { ...o, metadata: canonicalMeta(meta) };
}

const sameJSON = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

export async function deleteNetworkPolicy(ctx: Ctx, namespace: string, name: string): Promise<void> {
  const opts = await readDeleteOptions(ctx);
  const now = ctx.now();
  const result = await ctx.store.transact((tx): { deleted: boolean; obj: Obj } => {
    const o = tx.get('networkpolicies', namespace, name);
    if (o === undefined) throw new StatusError(notFoundStatus(GR, name));
    checkPreconditions(o, opts, name);
    // Finalizers hold the object: it is marked and stays until an update empties them. (The garbage
    // collector's orphan/foregroundDeletion finalizers are not added: a demo cluster has no
    // dependents, so the collector would drop them at once.)
    if (hasFinalizers(o.metadata)) {
      const marked = markAsDeleting(o, now);
      if (sameJSON(marked.metadata, o.metadata) || opts.dryRun) return { deleted: false, obj: marked };
      return { deleted: false, obj: tx.put('networkpolicies', marked) };
    }
    if (!opts.dryRun) tx.remove('networkpolicies', namespace, name);
    return { deleted: true, obj: o };
  });
  const body = result.deleted
    ? successStatus({ name, group: GR.group, kind: GR.resource, uid: String(result.obj.metadata.uid ?? '') })
    : result.obj;
  send(ctx.res, 200, body, { output: ctx.output, pretty: ctx.pretty });
}

/** Finalizers in `next` that `live` (being deleted) did not have: none may be added then. */
export function newFinalizers(live: Record<string, unknown>, next: Record<string, unknown>): string[] {
  const old = new Set(Array.isArray(live.finalizers) ? live.finalizers.map(String) : []);
  return (Array.isArray(next.finalizers) ? next.finalizers.map(String) : []).filter((f) => !old.has(f));
}

export const isDeleting = (meta: unknown): boolean =>
  isRec(meta) && typeof meta.deletionTimestamp === 'string' && meta.deletionTimestamp !== '';
