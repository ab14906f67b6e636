// The apiserver's create warnings as the editor shows them: split at their field, dropped where
// that field already has an error, and placed as warning markers on the field's text.
import { describe, expect, it } from 'vitest';
import { FieldPath, goString, invalid } from '../../../k8s/field';
import type { NetworkPolicy } from '../../../k8s/networking/types';
import { draftWarnings, warningMarkers } from './draft-warnings';
import { locatorFor, previewText } from './preview-text';
import { validateDraft } from './validate-draft';

const withCidrs = (...cidrs: string[]): NetworkPolicy => ({
  apiVersion: 'networking.k8s.io/v1',
  kind: 'NetworkPolicy',
  metadata: { name: 'a', namespace: 'default' },
  spec: { podSelector: {}, egress: [{ to: cidrs.map((cidr) => ({ ipBlock: { cidr } })) }] },
});

describe('draftWarnings', () => {
  it('gives the RFC 5952 warning for a valid non-canonical IPv6 CIDR, which does not block', () => {
    const p = withCidrs('10.0.0.0/8', '2001:DB8::/32');
    expect(validateDraft(p)).toEqual([]);
    expect(draftWarnings(p, [])).toEqual([
      {
        field: 'spec.egress[0].to[1].ipBlock.cidr',
        message:
          'spec.egress[0].to[1].ipBlock.cidr: IPv6 CIDR value "2001:DB8::/32" should be in RFC 5952 canonical format ("2001:db8::/32")',
      },
    ]);
    // Memoised by identity.
    expect(draftWarnings(p, [])).toBe(draftWarnings(p, []));
    expect(draftWarnings(withCidrs('10.0.0.0/8'), [])).toEqual([]);
  });

  it('leaves out a warning whose field has an error (the server would answer with the error)', () => {
    const p = withCidrs('10.0.0.1/8', '2001:DB8::/32');
    const errors = validateDraft(p);
    expect(errors.map((e) => e.field)).toEqual(['spec.egress[0].to[0].ipBlock.cidr']);
    expect(draftWarnings(p, errors).map((w) => w.field)).toEqual(['spec.egress[0].to[1].ipBlock.cidr']);
    const unrelated = [invalid(FieldPath.of('metadata', 'name'), goString('A'), 'x')];
    expect(draftWarnings(p, unrelated)).toHaveLength(2);
  });
});

describe('warningMarkers', () => {
  it('puts a warning-severity marker on the CIDR text in JSON and in YAML', () => {
    const p = withCidrs('2001:DB8::/32');
    const warnings = draftWarnings(p, []);
    for (const format of ['json', 'yaml'] as const) {
      const text = previewText(p, format);
      const [m] = warningMarkers(warnings, locatorFor(text, format));
      expect(m?.severity).toBe('warning');
      expect(m?.message).toBe(warnings[0]?.message);
      const line = text.split('\n')[(m?.startLineNumber ?? 0) - 1] ?? '';
      expect(line.slice((m?.startColumn ?? 0) - 1, (m?.endColumn ?? 0) - 1)).toMatch(/2001:DB8::\/32/);
    }
  });
});
