// Which DOM element a summary link focuses: the control for the error's own path, else the
// nearest ancestor path that has one (e.g. `spec.ingress[0]` when the rule has no control itself).
import { parseFieldPath } from '../../../k8s/field';

/** Formats path segments back as Kubernetes prints them. */
export function formatPath(segments: readonly (string | number)[]): string {
  let out = '';
  for (const s of segments) {
    if (typeof s === 'number') out += `[${s}]`;
    else if (s.includes('.') || s.includes('/')) out += `[${s}]`;
    else out += out === '' ? s : `.${s}`;
  }
  return out;
}

/** The path itself, then each ancestor, longest first. */
export function pathAndAncestors(field: string): string[] {
  const segs = parseFieldPath(field);
  const out = [field];
  for (let n = segs.length - 1; n > 0; n--) {
    const p = formatPath(segs.slice(0, n));
    if (!out.includes(p)) out.push(p);
  }
  return out;
}

export function focusTargetId(
  field: string,
  domId: (path: string) => string,
  exists: (id: string) => boolean,
): string | undefined {
  for (const p of pathAndAncestors(field)) {
    const id = domId(p);
    if (exists(id)) return id;
  }
  return undefined;
}
