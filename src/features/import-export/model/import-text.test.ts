// Import analysis: formats, lists, refusals with their sentences, syntax errors with line:col.
import { describe, expect, it } from 'vitest';
import { analyseImport } from './import-text';

const np = (name: string, extra = '') => `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: ${name}
  namespace: shop
spec:
  podSelector: {}${extra}
`;
const deployment = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 1
`;

describe('analyseImport', () => {
  it('reads one YAML policy, keeping unknown fields', () => {
    const r = analyseImport(np('a', '\n  futureField: 1\nstatus: {x: 1}'));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.candidates).toHaveLength(1);
    expect(r.candidates[0]?.label).toBe('document 1: shop/a');
    expect(r.candidates[0]?.policy.spec).toEqual({ podSelector: {}, futureField: 1 });
    expect(r.candidates[0]?.policy.status).toEqual({ x: 1 });
    expect(r.refused).toEqual([]);
  });

  it('reads JSON', () => {
    const r = analyseImport(
      JSON.stringify({ apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: { name: 'j' }, spec: {} }),
    );
    expect(r.ok && r.candidates.map((c) => c.label)).toEqual(['document 1: j']);
  });

  it('reads multi-document YAML and refuses the Deployment with a clear sentence', () => {
    const r = analyseImport(`${np('first')}---\n${deployment}---\n${np('second')}`);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.candidates.map((c) => c.label)).toEqual(['document 1: shop/first', 'document 3: shop/second']);
    expect(r.refused).toEqual(['Document 2 is a Deployment (apps/v1), not a NetworkPolicy.']);
  });

  it('reads a stream of JSON objects as several documents', () => {
    const a = { apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: { name: 'a' } };
    const r = analyseImport(`${JSON.stringify(a)}\n${JSON.stringify({ ...a, metadata: { name: 'b' } })}`);
    expect(r.ok && r.candidates.map((c) => c.label)).toEqual(['document 1: a', 'document 2: b']);
  });

  it('unwraps kind: List and NetworkPolicyList, naming items', () => {
    const list = {
      apiVersion: 'v1',
      kind: 'List',
      items: [
        {
          apiVersion: 'networking.k8s.io/v1',
          kind: 'NetworkPolicy',
          metadata: { name: 'x', namespace: 'n' },
          spec: {},
        },
        { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c' } },
        {
          apiVersion: 'networking.k8s.io/v1',
          kind: 'NetworkPolicy',
          metadata: { name: 'y', namespace: 'n' },
          spec: {},
        },
      ],
    };
    const r = analyseImport(JSON.stringify(list, null, 2));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.candidates.map((c) => c.label)).toEqual(['item 1: n/x', 'item 3: n/y']);
    expect(r.refused).toEqual(['Item 2 is a ConfigMap (v1), not a NetworkPolicy.']);
    const typed = analyseImport(JSON.stringify({ ...list, kind: 'NetworkPolicyList', items: [list.items[0]] }));
    expect(typed.ok && typed.candidates.length).toBe(1);
  });

  it('refuses a text with no NetworkPolicy, saying what each document is', () => {
    const r = analyseImport(
      `${deployment}---\n- a\n- b\n---\nhello\n---\nkind: NetworkPolicy\napiVersion: extensions/v1beta1\n`,
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toEqual(['The text holds no networking.k8s.io/v1 NetworkPolicy.']);
    expect(r.refused).toEqual([
      'Document 1 is a Deployment (apps/v1), not a NetworkPolicy.',
      'Document 2 is a list (a YAML sequence), not a NetworkPolicy.',
      'Document 3 is the string "hello", not a NetworkPolicy.',
      'Document 4 is a NetworkPolicy of extensions/v1beta1, not networking.k8s.io/v1.',
    ]);
  });

  it('reports YAML syntax errors with line:column', () => {
    const r = analyseImport('apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: [unclosed\n');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors[0]).toMatch(/^YAML syntax error at line \d+:\d+: /);
  });

  it('reports JSON syntax errors with line:column', () => {
    const r = analyseImport('{\n  "kind": "NetworkPolicy",\n  "spec": {,}\n}');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors[0]).toMatch(/^JSON syntax error at line 3:\d+: /);
  });

  it('says so for empty text', () => {
    expect(analyseImport('  \n')).toEqual({
      ok: false,
      errors: ['Nothing to import: the text is empty.'],
      refused: [],
    });
    const onlyComments = analyseImport('# nothing\n---\n# here\n');
    expect(onlyComments.ok).toBe(false);
  });
});
