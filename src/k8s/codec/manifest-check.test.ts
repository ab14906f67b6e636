// checkNetworkPolicyManifests: kind checks, Lists, defaults and namespace before validating, and
// every error placed in the text.
import { describe, expect, it } from 'vitest';
import type { FieldError } from '../field';
import { checkNetworkPolicyManifests, GENERATED_NAME_SUFFIX, kindErrors } from './manifest-check';

const rawValue = (e: FieldError): unknown => (e.badValue.kind === 'omitted' ? undefined : e.badValue.value);

const policy = (spec: string, name = 'p'): string =>
  `apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: ${name}\n  namespace: ns\nspec:\n${spec}`;

describe('checkNetworkPolicyManifests', () => {
  it('passes a valid policy, applying the defaults first (no protocol, no policyTypes)', () => {
    const r = checkNetworkPolicyManifests(policy('  podSelector: {}\n  ingress:\n  - ports:\n    - port: 80\n'));
    expect(r.format).toBe('yaml');
    expect(r.entries).toHaveLength(1);
    expect(r.entries[0]).toMatchObject({ index: 0, kind: 'NetworkPolicy', name: 'p', valid: true, errors: [] });
  });

  it('reports field errors with the apiserver message and the position of the value', () => {
    const r = checkNetworkPolicyManifests(policy('  podSelector: {}\n  ingress:\n  - ports:\n    - port: 70000\n'));
    const e = r.entries[0]?.errors[0];
    expect(e).toMatchObject({
      type: 'FieldValueInvalid',
      field: 'spec.ingress[0].ports[0].port',
      message: 'spec.ingress[0].ports[0].port: Invalid value: 70000: must be between 1 and 65535, inclusive',
    });
    expect(e?.range).toMatchObject({ startLine: 10, startColumn: 13 });
  });

  it('does not default an empty protocol: "" is reported as the apiserver does', () => {
    const r = checkNetworkPolicyManifests(policy('  podSelector: {}\n  ingress:\n  - ports:\n    - protocol: ""\n'));
    expect(r.entries[0]?.errors.map((e) => [e.type, e.field])).toEqual([
      ['FieldValueNotSupported', 'spec.ingress[0].ports[0].protocol'],
    ]);
  });

  it('fills a missing namespace from the options, as kubectl does from its context', () => {
    const text =
      'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: p\nspec:\n  podSelector: {}\n';
    expect(checkNetworkPolicyManifests(text).entries[0]?.errors.map((e) => e.field)).toEqual(['metadata.namespace']);
    expect(checkNetworkPolicyManifests(text, { namespace: 'default' }).entries[0]?.valid).toBe(true);
  });

  it('names a generateName-only policy as the store does before validating (prefix[:58] + 5 characters)', () => {
    const gen = (g: string): string =>
      `apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  generateName: ${g}\n  namespace: ns\nspec: {}\n`;
    const ok = checkNetworkPolicyManifests(gen('web-'));
    expect(ok.entries[0]).toMatchObject({ valid: true, name: `web-${GENERATED_NAME_SUFFIX}`, errors: [] });
    const bad = checkNetworkPolicyManifests(gen('Web-'));
    expect(bad.entries[0]?.errors.map((e) => [e.field, rawValue(e)])).toEqual([
      ['metadata.generateName', 'Web-'],
      ['metadata.name', `Web-${GENERATED_NAME_SUFFIX}`],
    ]);
    const long = checkNetworkPolicyManifests(gen('a'.repeat(70)));
    expect(long.entries[0]).toMatchObject({ valid: true, name: `${'a'.repeat(58)}${GENERATED_NAME_SUFFIX}` });
    expect(GENERATED_NAME_SUFFIX).toMatch(/^[bcdfghjklmnpqrstvwxz2456789]{5}$/);
  });

  it('gives documents that are not NetworkPolicies a clear error entry', () => {
    const r = checkNetworkPolicyManifests(
      'apiVersion: v1\nkind: Service\nmetadata:\n  name: s\n---\n- 1\n---\nkind: NetworkPolicy\n',
    );
    expect(r.entries.map((e) => [e.kind, e.valid, e.errors.map((x) => x.message)])).toEqual([
      [
        'Service',
        false,
        [
          'apiVersion: Unsupported value: "v1": supported values: "networking.k8s.io/v1"',
          'kind: Unsupported value: "Service": supported values: "NetworkPolicy"',
        ],
      ],
      ['', false, ['Invalid value: [1]: must be a Kubernetes object (a map with apiVersion, kind, metadata, spec)']],
      ['NetworkPolicy', false, ['apiVersion: Required value']],
    ]);
    expect(r.entries[1]?.errors[0]?.range?.startLine).toBe(6);
  });

  it('unwraps Lists and locates errors inside their items', () => {
    const text = JSON.stringify(
      {
        apiVersion: 'v1',
        kind: 'List',
        items: [
          {
            apiVersion: 'networking.k8s.io/v1',
            kind: 'NetworkPolicy',
            metadata: { name: 'a', namespace: 'n' },
            spec: { podSelector: {} },
          },
          {
            apiVersion: 'networking.k8s.io/v1',
            kind: 'NetworkPolicy',
            metadata: { name: 'b', namespace: 'n' },
            spec: { podSelector: {}, egress: [{ to: [{ ipBlock: { cidr: '10.0.0.0/8', except: ['11.0.0.0/16'] } }] }] },
          },
        ],
      },
      null,
      2,
    );
    const r = checkNetworkPolicyManifests(text);
    expect(r.format).toBe('json');
    expect(r.entries.map((e) => [e.index, e.name, e.valid, e.itemPath])).toEqual([
      [0, 'a', true, ['items', 0]],
      [1, 'b', false, ['items', 1]],
    ]);
    const err = r.entries[1]?.errors[0];
    expect(err?.field).toBe('spec.egress[0].to[0].ipBlock.except[0]');
    expect(text.slice(err?.range?.startOffset, err?.range?.endOffset)).toBe('"11.0.0.0/16"');
  });

  it('warns about unknown fields at their key', () => {
    const r = checkNetworkPolicyManifests(policy('  podSelector: {}\n  podselector: {}\n'));
    expect(r.entries[0]?.valid).toBe(true);
    expect(r.entries[0]?.warnings).toEqual([
      { message: 'unknown field "spec.podselector"', range: expect.objectContaining({ startLine: 8, startColumn: 3 }) },
    ]);
  });

  it('adds the apiserver create warnings (non-canonical ipBlock CIDRs) of a valid policy, at the value', () => {
    const spec =
      '  podSelector: {}\n  egress:\n  - to:\n    - ipBlock:\n        cidr: 2001:DB8::/32\n        except: [2001:db8:0:0::/64]\n';
    const r = checkNetworkPolicyManifests(policy(spec));
    expect(r.entries[0]?.valid).toBe(true);
    expect(r.entries[0]?.warnings).toEqual([
      {
        message:
          'spec.egress[0].to[0].ipBlock.cidr: IPv6 CIDR value "2001:DB8::/32" should be in RFC 5952 canonical format ("2001:db8::/32")',
        range: expect.objectContaining({ startLine: 11, startColumn: 15 }),
      },
      {
        message:
          'spec.egress[0].to[0].ipBlock.except[0]: IPv6 CIDR value "2001:db8:0:0::/64" should be in RFC 5952 canonical format ("2001:db8::/64")',
        range: expect.objectContaining({ startLine: 12, startColumn: 18 }),
      },
    ]);
  });

  it('gives an invalid policy no create warnings, as the apiserver answers 422 before WarningsOnCreate', () => {
    const r = checkNetworkPolicyManifests(
      policy('  podSelector: {}\n  ingress:\n  - from:\n    - ipBlock: {cidr: 10.0.0.1/8}\n'),
    );
    expect(r.entries[0]?.errors.map((e) => e.detail)).toEqual(['must not have bits set beyond the prefix length']);
    expect(r.entries[0]?.warnings).toEqual([]);
  });

  it('skips documents with syntax errors and empty documents, keeping the others', () => {
    const r = checkNetworkPolicyManifests(`---\n${policy('  podSelector: {}\n')}---\nx: [1\n`);
    expect(r.syntaxErrors.length).toBeGreaterThan(0);
    expect(r.entries).toHaveLength(1);
    expect(r.entries[0]?.valid).toBe(true);
  });

  it('kindErrors accepts exactly networking.k8s.io/v1 NetworkPolicy', () => {
    expect(kindErrors({ apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy' })).toEqual([]);
    expect(kindErrors({ apiVersion: 'extensions/v1beta1', kind: 'NetworkPolicy' }).map((e) => e.type)).toEqual([
      'FieldValueNotSupported',
    ]);
    expect(kindErrors({ apiVersion: 1, kind: 'NetworkPolicy' }).map((e) => e.type)).toEqual(['FieldValueTypeInvalid']);
  });
});
