// `netpol validate` through runCli with fake files and stdin: text and JSON output, exit codes.
import { describe, expect, it } from 'vitest';
import { runCli } from '../main';
import { fakeIO } from '../test-io';

const VALID = `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: allow-web
spec:
  podSelector:
    matchLabels:
      app: web
  ingress:
  - ports:
    - port: 80
`;

const INVALID = `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: x
spec:
  podSelector: {}
  ingress:
  - ports:
    - port: 70000
    - port: "80"
`;

const files = {
  'valid.yaml': VALID,
  'invalid.yaml': INVALID,
  'multi.yaml': `${VALID}---\n${INVALID}`,
  'valid.json': JSON.stringify({
    apiVersion: 'networking.k8s.io/v1',
    kind: 'NetworkPolicy',
    metadata: { name: 'j' },
    spec: { podSelector: {} },
  }),
  'broken.yaml': 'spec:\n  ingress: [1\n',
  'broken.json': '{"kind": "NetworkPolicy",\n "spec": }',
  'empty.yaml': '---\n# nothing\n',
  'service.yaml': 'apiVersion: v1\nkind: Service\nmetadata:\n  name: s\n',
  'typo.yaml': `${VALID}  podselector: {}\n`,
  'ipv6.yaml': `${VALID}  egress:\n  - to:\n    - ipBlock:\n        cidr: 2001:DB8::/32\n`,
};

async function run(args: string[], stdin = '') {
  const io = fakeIO(files, stdin);
  const code = await runCli(args, io);
  return { code, out: io.out(), err: io.err() };
}

describe('netpol validate: text output', () => {
  it('prints a valid line per policy and exits 0', async () => {
    const r = await run(['validate', 'valid.yaml', 'valid.json']);
    expect(r).toEqual({
      code: 0,
      out: 'valid.yaml:1:1: NetworkPolicy "allow-web" is valid\nvalid.json:1:1: NetworkPolicy "j" is valid\n',
      err: '',
    });
  });

  it('prints kubectl-style error lines with FILE:LINE:COL and exits 1', async () => {
    const r = await run(['validate', 'invalid.yaml']);
    expect(r.code).toBe(1);
    expect(r.out).toBe(
      [
        'invalid.yaml:1:1: The NetworkPolicy "x" is invalid: ',
        '* spec.ingress[0].ports[0].port: Invalid value: 70000: must be between 1 and 65535, inclusive (invalid.yaml:9:13)',
        '* spec.ingress[0].ports[1].port: Invalid value: "80": must contain at least one letter (a-z) (invalid.yaml:10:13)',
        '',
      ].join('\n'),
    );
  });

  it('puts a single error on the prefix line, as kubectl does', async () => {
    const r = await run(['validate', '-'], INVALID.replace('    - port: "80"\n', ''));
    expect(r.code).toBe(1);
    expect(r.out).toBe(
      '<stdin>:1:1: The NetworkPolicy "x" is invalid: spec.ingress[0].ports[0].port: Invalid value: 70000: must be between 1 and 65535, inclusive (<stdin>:9:13)\n',
    );
  });

  it('checks every document of a multi-document file and reads - from stdin', async () => {
    const r = await run(['validate', '-', 'valid.yaml'], files['multi.yaml']);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(
      /^<stdin>:1:1: NetworkPolicy "allow-web" is valid\n<stdin>:13:1: The NetworkPolicy "x" is invalid: \n\* spec/,
    );
    expect(r.out).toMatch(/\(<stdin>:21:13\)\n/);
    expect(r.out).toMatch(/valid\.yaml:1:1: NetworkPolicy "allow-web" is valid\n$/);
  });

  it('reports a document of another kind as invalid', async () => {
    const r = await run(['validate', 'service.yaml']);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/The Service "s" is invalid: \n\* apiVersion: Unsupported value: "v1"/);
    expect(r.out).toMatch(
      /\* kind: Unsupported value: "Service": supported values: "NetworkPolicy" \(service\.yaml:2:7\)/,
    );
  });

  it('warns about unknown fields on stderr without failing', async () => {
    const r = await run(['validate', 'typo.yaml']);
    expect(r.code).toBe(0);
    expect(r.err).toBe('typo.yaml:12:3: warning: unknown field "spec.podselector"\n');
  });

  it('prints the apiserver create warnings (getWarningsForNetworkPolicy) on stderr, exit status unchanged', async () => {
    const r = await run(['validate', 'ipv6.yaml']);
    expect(r.code).toBe(0);
    expect(r.out).toBe('ipv6.yaml:1:1: NetworkPolicy "allow-web" is valid\n');
    expect(r.err).toBe(
      'ipv6.yaml:15:15: warning: spec.egress[0].to[0].ipBlock.cidr: IPv6 CIDR value "2001:DB8::/32" should be in RFC 5952 canonical format ("2001:db8::/32")\n',
    );
    const j = await run(['validate', '-o', 'json', 'ipv6.yaml']);
    expect(j.code).toBe(0);
    expect(j.err).toBe(r.err);
    expect(JSON.parse(j.out)).toEqual([
      { source: 'ipv6.yaml', index: 0, kind: 'NetworkPolicy', name: 'allow-web', valid: true, errors: [] },
    ]);
  });

  it('accepts a policy named by generateName only, as kubectl create does', async () => {
    const r = await run(['validate', '-'], VALID.replace('  name: allow-web', '  generateName: web-'));
    expect(r).toEqual({ code: 0, out: '<stdin>:1:1: NetworkPolicy "web-xxxxx" is valid\n', err: '' });
  });

  it('uses --namespace (default "default") for objects that name none', async () => {
    expect((await run(['validate', '-n', 'team-a', 'valid.yaml'])).code).toBe(0);
  });
});

describe('netpol validate: --output json', () => {
  it('prints one array with an entry per document', async () => {
    const r = await run(['validate', '--output', 'json', 'multi.yaml', 'valid.json']);
    expect(r.code).toBe(1);
    expect(r.err).toBe('');
    const entries = JSON.parse(r.out) as unknown[];
    expect(entries).toEqual([
      { source: 'multi.yaml', index: 0, kind: 'NetworkPolicy', name: 'allow-web', valid: true, errors: [] },
      {
        source: 'multi.yaml',
        index: 1,
        kind: 'NetworkPolicy',
        name: 'x',
        valid: false,
        errors: [
          {
            type: 'FieldValueInvalid',
            field: 'spec.ingress[0].ports[0].port',
            badValue: 70000,
            detail: 'must be between 1 and 65535, inclusive',
            message: 'spec.ingress[0].ports[0].port: Invalid value: 70000: must be between 1 and 65535, inclusive',
          },
          {
            type: 'FieldValueInvalid',
            field: 'spec.ingress[0].ports[1].port',
            badValue: '80',
            detail: 'must contain at least one letter (a-z)',
            message: 'spec.ingress[0].ports[1].port: Invalid value: "80": must contain at least one letter (a-z)',
          },
        ],
      },
      { source: 'valid.json', index: 0, kind: 'NetworkPolicy', name: 'j', valid: true, errors: [] },
    ]);
  });

  it('accepts -o json and --output=json, and exits 0 when all are valid', async () => {
    for (const flag of [['-o', 'json'], ['--output=json'], ['-ojson']]) {
      const r = await run(['validate', ...flag, 'valid.yaml']);
      expect(r.code).toBe(0);
      expect(JSON.parse(r.out)).toHaveLength(1);
    }
  });

  it('gives each item of a List its own entry and index', async () => {
    const list = JSON.stringify({
      apiVersion: 'v1',
      kind: 'List',
      items: [JSON.parse(files['valid.json']), { kind: 'NetworkPolicy' }],
    });
    const r = await run(['validate', '-o', 'json', '-'], list);
    expect(r.code).toBe(1);
    const entries = JSON.parse(r.out) as { index: number; valid: boolean }[];
    expect(entries.map((e) => [e.index, e.valid])).toEqual([
      [0, true],
      [1, false],
    ]);
  });

  it('uses null for an omitted bad value (Required)', async () => {
    const r = await run(
      ['validate', '-o', 'json', '-'],
      'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {}\nspec: {}\n',
    );
    const [entry] = JSON.parse(r.out) as { errors: { type: string; badValue: unknown }[] }[];
    expect(entry?.errors[0]).toMatchObject({ type: 'FieldValueRequired', badValue: null });
  });
});

describe('netpol validate: exit 2', () => {
  it.each([
    [['validate'], /no input/],
    [['validate', '--output', 'yaml', 'valid.yaml'], /unsupported --output "yaml"/],
    [['validate', '--frob', 'valid.yaml'], /unknown flag: --frob/],
    [['validate', '--output'], /needs a value/],
  ])('usage error %j', async (args, message) => {
    const r = await run(args);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
    expect(r.out).toBe('');
  });

  it('for an unreadable file, still checking the others', async () => {
    const r = await run(['validate', 'missing.yaml', 'valid.yaml']);
    expect(r.code).toBe(2);
    expect(r.err).toBe('error: cannot read missing.yaml: no such file or directory\n');
    expect(r.out).toBe('valid.yaml:1:1: NetworkPolicy "allow-web" is valid\n');
  });

  it('for YAML and JSON syntax errors, with line and column', async () => {
    const y = await run(['validate', 'broken.yaml']);
    expect(y.code).toBe(2);
    expect(y.err).toMatch(/^broken\.yaml:\d+:\d+: error: invalid YAML: /);
    const j = await run(['validate', '-o', 'json', 'broken.json']);
    expect(j.code).toBe(2);
    expect(j.err).toBe("broken.json:2:10: error: invalid JSON: invalid character '}' looking for beginning of value\n");
    expect(JSON.parse(j.out)).toEqual([]);
  });

  it('for input without objects', async () => {
    const r = await run(['validate', 'empty.yaml']);
    expect(r.code).toBe(2);
    expect(r.err).toBe('error: empty.yaml: no objects found\n');
  });

  it('even when another file is invalid', async () => {
    expect((await run(['validate', 'invalid.yaml', 'broken.yaml'])).code).toBe(2);
  });
});
