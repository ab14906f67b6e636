import { describe, it, expect } from 'vitest';
import { focusTargetId, formatPath, pathAndAncestors } from './focus-target';

describe('pathAndAncestors', () => {
  it('lists the path then its ancestors, longest first', () => {
    expect(pathAndAncestors('spec.ingress[0].ports[1].port')).toEqual([
      'spec.ingress[0].ports[1].port',
      'spec.ingress[0].ports[1]',
      'spec.ingress[0].ports',
      'spec.ingress[0]',
      'spec.ingress',
      'spec',
    ]);
  });

  it('keeps map keys in brackets', () => {
    expect(formatPath(['metadata', 'labels', 'app.kubernetes.io/name'])).toBe(
      'metadata.labels[app.kubernetes.io/name]',
    );
    expect(pathAndAncestors('metadata.labels[a/b]')).toEqual(['metadata.labels[a/b]', 'metadata.labels', 'metadata']);
  });
});

describe('focusTargetId', () => {
  const domId = (p: string) => `f-${p}`;
  it('prefers the exact control', () => {
    expect(focusTargetId('spec.x[0].y', domId, () => true)).toBe('f-spec.x[0].y');
  });
  it('falls back to the nearest ancestor with a control', () => {
    const ids = new Set(['f-spec.ingress[0]']);
    expect(focusTargetId('spec.ingress[0].from[2]', domId, (id) => ids.has(id))).toBe('f-spec.ingress[0]');
  });
  it('gives undefined when nothing matches', () => {
    expect(focusTargetId('spec.a', domId, () => false)).toBeUndefined();
  });
});
