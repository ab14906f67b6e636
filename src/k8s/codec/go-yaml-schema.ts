// YAML scalar resolution as Kubernetes reads YAML (sigs.k8s.io/yaml on go-yaml v2, used by kubectl
// and by the apiserver for application/yaml): YAML 1.1-style booleans (yes/no/on/off/y/n), `010`
// as octal 8, `0x1F`, `0o17`, `0b101`, `1_000`, while timestamps stay strings. We mirror it so that
// `app: yes` or `port: 010` mean here exactly what they will mean to the cluster.
import { Scalar, type ScalarTag, type Tags } from 'yaml';

/**
 * The yaml library picks a tag for a plain scalar by calling `tag.test.test(text)`; go-yaml's rules
 * (strip underscores, then Go's ParseInt with base 0, then a float pattern) are not one regular
 * expression, so the test delegates to the resolver itself.
 */
class Predicate extends RegExp {
  constructor(private readonly fn: (s: string) => boolean) {
    super('(?:)');
  }
  override test(s: string): boolean {
    return this.fn(s);
  }
}

const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/;
const INT = /^([-+]?)(0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+|0[0-7]*|[1-9][0-9]*)$/;
const DOT_FLOAT = /^\.[0-9]+(?:[eE][-+]?[0-9]+)?$/;

/** The number go-yaml v2 resolves a plain scalar to, or undefined when it stays a string. */
export function goYamlNumber(s: string): number | undefined {
  const c = s.charAt(0);
  if (c === '.') {
    if (!DOT_FLOAT.test(s)) return undefined;
    const f = Number(s);
    return Number.isFinite(f) ? f : undefined;
  }
  if (c !== '-' && c !== '+' && !(c >= '0' && c <= '9')) return undefined;
  const plain = s.replace(/_/g, '');
  const m = INT.exec(plain);
  if (m !== null) {
    const sign = m[1] === '-' ? -1n : 1n;
    const digits = m[2] ?? '0';
    // Go's base-0 rule: a leading 0 alone means octal.
    const lit = /^0[0-7]+$/.test(digits) ? `0o${digits.slice(1)}` : digits;
    return Number(sign * BigInt(lit));
  }
  if (FLOAT.test(plain)) {
    const f = Number(plain);
    // strconv.ParseFloat reports out-of-range values as an error: go-yaml keeps the string.
    return Number.isFinite(f) ? f : undefined;
  }
  return undefined;
}

const BOOLS = new Map<string, boolean>();
for (const t of ['y', 'Y', 'yes', 'Yes', 'YES', 'true', 'True', 'TRUE', 'on', 'On', 'ON']) BOOLS.set(t, true);
for (const f of ['n', 'N', 'no', 'No', 'NO', 'false', 'False', 'FALSE', 'off', 'Off', 'OFF']) BOOLS.set(f, false);

const SPECIAL_FLOATS = new Map<string, number>();
for (const s of ['.nan', '.NaN', '.NAN']) SPECIAL_FLOATS.set(s, NaN);
for (const s of ['.inf', '.Inf', '.INF', '+.inf', '+.Inf', '+.INF']) SPECIAL_FLOATS.set(s, Infinity);
for (const s of ['-.inf', '-.Inf', '-.INF']) SPECIAL_FLOATS.set(s, -Infinity);

const goNull: ScalarTag = {
  identify: (v) => v === null || v === undefined,
  default: true,
  tag: 'tag:yaml.org,2002:null',
  test: /^(?:~|null|Null|NULL)?$/,
  resolve: () => new Scalar(null),
  stringify: () => 'null',
};

const goBool: ScalarTag = {
  identify: (v) => typeof v === 'boolean',
  default: true,
  tag: 'tag:yaml.org,2002:bool',
  test: new Predicate((s) => BOOLS.has(s)),
  resolve: (s) => new Scalar(BOOLS.get(s) ?? false),
  stringify: ({ value }) => (value === true ? 'true' : 'false'),
};

function stringifyNumber(v: unknown): string {
  const n = typeof v === 'number' ? v : Number(v);
  if (Number.isNaN(n)) return '.nan';
  if (n === Infinity) return '.inf';
  if (n === -Infinity) return '-.inf';
  return String(n);
}

const goSpecialFloat: ScalarTag = {
  identify: (v) => typeof v === 'number' && !Number.isFinite(v),
  default: true,
  tag: 'tag:yaml.org,2002:float',
  test: new Predicate((s) => SPECIAL_FLOATS.has(s)),
  resolve: (s) => new Scalar(SPECIAL_FLOATS.get(s) ?? NaN),
  stringify: ({ value }) => stringifyNumber(value),
};

const goNumber: ScalarTag = {
  identify: (v) => typeof v === 'number',
  default: true,
  tag: 'tag:yaml.org,2002:int',
  test: new Predicate((s) => goYamlNumber(s) !== undefined),
  resolve: (s) => new Scalar(goYamlNumber(s) ?? s),
  stringify: ({ value }) => stringifyNumber(value),
};

/** Keeps the collection and string tags of the base schema and replaces every other scalar tag. */
export function goYamlTags(base: Tags): Tags {
  const keep = base.filter((t) => {
    const name = typeof t === 'string' ? t : t.tag;
    return name === 'tag:yaml.org,2002:map' || name === 'tag:yaml.org,2002:seq' || name === 'tag:yaml.org,2002:str';
  });
  return [...keep, goNull, goBool, goSpecialFloat, goNumber];
}

/** Options for every parse of the codec. */
export const GO_YAML_OPTIONS = {
  version: '1.1',
  schema: 'core',
  customTags: goYamlTags,
  merge: true,
  intAsBigInt: false,
} as const;

/**
 * Output only: a plain `<<` key would be read back as a merge key, a leading byte-order mark
 * would be dropped, and a leading Unicode space (U+00A0, U+2000...) before `{` would make kubectl's
 * decoder take the document for JSON (it skips Go's unicode.IsSpace), so such strings are always quoted; so are base-60 numbers (`1:20`), which
 * go-yaml reads as strings but quotes on output for other YAML 1.1 readers (a tag that matches them makes the
 * stringifier quote; it never identifies a value).
 */
const quoteMergeKey: ScalarTag = {
  identify: () => false,
  default: true,
  tag: 'tag:yaml.org,2002:merge',
  test: /^(?:<<|[\uFEFF\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000][\s\S]*|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?)$/,
  resolve: (s) => s,
};

/** Options for every stringify call of the codec. */
export const GO_YAML_OUTPUT_OPTIONS = {
  version: '1.1',
  schema: 'core',
  customTags: (base: Tags): Tags => [...goYamlTags(base), quoteMergeKey],
  merge: false,
} as const;
