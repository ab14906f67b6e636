import { describe, it, expect } from 'vitest';
import { FieldPath, goNumber, invalid, required } from '../../../k8s/field';
import { fieldErrorMarkers, syntaxErrorMarkers } from './markers';
import { locatorFor, parseText, previewText } from './preview-text';
import { newPolicyTemplate } from './template';

const policy = {
  apiVersion: 'networking.k8s.io/v1',
  kind: 'NetworkPolicy',
  metadata: { name: 'p', namespace: 'default' },
  spec: { podSelector: {}, ingress: [{ ports: [{ protocol: 'TCP', port: 70000 }] }] },
};
const portErr = invalid(
  FieldPath.of('spec', 'ingress').index(0).child('ports').index(0).child('port'),
  goNumber(70000),
  'must be between 1 and 65535, inclusive',
);

describe('previewText', () => {
  it('serialises in kubectl order and memoises by identity', () => {
    const p = { spec: { podSelector: {} }, kind: 'NetworkPolicy', apiVersion: 'networking.k8s.io/v1', metadata: {} };
    const t = previewText(p, 'json');
    expect(t.indexOf('apiVersion')).toBeLessThan(t.indexOf('kind'));
    expect(t.indexOf('kind')).toBeLessThan(t.indexOf('spec'));
    expect(previewText(p, 'json')).toBe(t);
    expect(previewText(p, 'yaml')).toMatch(/^apiVersion: networking.k8s.io\/v1\nkind: NetworkPolicy\n/);
  });

  it('round-trips through parseText in both formats', () => {
    const p = newPolicyTemplate();
    for (const f of ['json', 'yaml'] as const) {
      const r = parseText(previewText(p, f), f);
      expect(r).toEqual({ ok: true, value: p });
    }
  });
});

describe('parseText', () => {
  it('reports a JSON syntax error with its line', () => {
    const r = parseText('{\n  "a": 1,\n  "b": \n}', 'json');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.line).toBe(4);
  });

  it('reports a YAML syntax error with its line', () => {
    const r = parseText('a: 1\nb: [1, 2\nc: 3\n', 'yaml');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.line).toBeGreaterThanOrEqual(2);
  });

  it('refuses several documents', () => {
    const r = parseText('a: 1\n---\nb: 2\n', 'yaml');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.line).toBe(3);
  });

  it('accepts JSON text in the YAML tab', () => {
    expect(parseText('{"a": 1}', 'yaml')).toEqual({ ok: true, value: { a: 1 } });
  });
});

describe('markers', () => {
  it('puts a field error on the exact range of its value, in JSON and in YAML', () => {
    for (const f of ['json', 'yaml'] as const) {
      const text = previewText(policy, f);
      const [m] = fieldErrorMarkers([portErr], locatorFor(text, f));
      const line = text.split('\n')[(m?.startLineNumber ?? 0) - 1] ?? '';
      expect(line.slice((m?.startColumn ?? 0) - 1, (m?.endColumn ?? 0) - 1)).toBe('70000');
      expect(m?.message).toBe(
        'spec.ingress[0].ports[0].port: Invalid value: 70000: must be between 1 and 65535, inclusive',
      );
      expect(m?.source).toBe('validation');
    }
  });

  it('puts a missing field on its nearest ancestor', () => {
    const text = previewText(policy, 'yaml');
    const [m] = fieldErrorMarkers(
      [required(FieldPath.of('spec', 'ingress').index(0).child('from'))],
      locatorFor(text, 'yaml'),
    );
    const line = text.split('\n')[(m?.startLineNumber ?? 0) - 1] ?? '';
    expect(line).toMatch(/ports|- /);
  });

  it('marks server errors as such', () => {
    const text = previewText(policy, 'json');
    const [m] = fieldErrorMarkers([{ ...portErr, origin: 'server' }], locatorFor(text, 'json'));
    expect(m?.source).toBe('kube-apiserver');
  });

  it('turns a syntax error into one marker at its position', () => {
    expect(syntaxErrorMarkers(undefined)).toEqual([]);
    const [m] = syntaxErrorMarkers({ message: 'bad', line: 3, column: 5 });
    expect(m).toMatchObject({ startLineNumber: 3, startColumn: 5, endLineNumber: 3, endColumn: 6, message: 'bad' });
  });
});

describe('preview text round trip (property)', () => {
  it('parseText(previewText(x)) gives x back for any JSON object, in both formats', async () => {
    const fc = (await import('fast-check')).default;
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue({ maxDepth: 3 })), (obj) => {
        const value = JSON.parse(JSON.stringify(obj)) as Record<string, unknown>;
        for (const f of ['json', 'yaml'] as const) {
          expect(parseText(previewText(value, f), f)).toEqual({ ok: true, value });
        }
      }),
      { numRuns: 200 },
    );
  });
});
