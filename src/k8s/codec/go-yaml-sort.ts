// The key order of go-yaml v2's encoder (sorter.go keyList.Less), which is what `kubectl get -o yaml`
// prints: sigs.k8s.io/yaml turns the JSON into untyped maps, so every map's keys come out sorted
// "naturally" (runs of digits compared as numbers, letters by code point, non-letters first).

const isLetter = (cp: number): boolean => /\p{L}/u.test(String.fromCodePoint(cp));
const isDigit = (cp: number): boolean => /\p{Nd}/u.test(String.fromCodePoint(cp));

/** keyList.Less for two string keys. */
export function goYamlKeyLess(a: string, b: string): boolean {
  const ar = Array.from(a, (c) => c.codePointAt(0) ?? 0);
  const br = Array.from(b, (c) => c.codePointAt(0) ?? 0);
  let digits = false;
  for (let i = 0; i < ar.length && i < br.length; i++) {
    const x = ar[i] ?? 0;
    const y = br[i] ?? 0;
    if (x === y) {
      digits = isDigit(x);
      continue;
    }
    const al = isLetter(x);
    const bl = isLetter(y);
    if (al && bl) return x < y;
    if (al || bl) return digits ? al : bl;
    let an = 0;
    let bn = 0;
    if (x === 48 || y === 48) {
      for (let j = i - 1; j >= 0 && isDigit(ar[j] ?? 0); j--) {
        if (ar[j] !== 48) {
          an = 1;
          bn = 1;
          break;
        }
      }
    }
    let ai = i;
    for (; ai < ar.length && isDigit(ar[ai] ?? 0); ai++) an = an * 10 + ((ar[ai] ?? 48) - 48);
    let bi = i;
    for (; bi < br.length && isDigit(br[bi] ?? 0); bi++) bn = bn * 10 + ((br[bi] ?? 48) - 48);
    if (an !== bn) return an < bn;
    if (ai !== bi) return ai < bi;
    return x < y;
  }
  return ar.length < br.length;
}

export const compareGoYamlKeys = (a: string, b: string): number =>
  goYamlKeyLess(a, b) ? -1 : goYamlKeyLess(b, a) ? 1 : 0;

/** A deep copy with every map's keys in go-yaml's order. */
export function sortKeysGoYaml(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeysGoYaml);
  if (typeof value !== 'object' || value === null) return value;
  const src = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(src).sort(compareGoYamlKeys)) {
    const v = sortKeysGoYaml(src[k]);
    if (k === '__proto__')
      Object.defineProperty(out, k, { value: v, writable: true, enumerable: true, configurable: true });
    else out[k] = v;
  }
  return out;
}
