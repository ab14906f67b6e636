// The editor refuses, with a located message, parsed values it cannot hold: too deep, cyclic
// (YAML aliases), or numbers beyond float64. None of these may throw or reach the form.
import { describe, expect, it } from 'vitest';
import { parseText, previewText } from './preview-text';
import { EDITOR_MAX_DEPTH, findUnholdable } from './text-guards';

const nested = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;

describe('findUnholdable', () => {
  it('accepts ordinary values, shared (non-cyclic) objects and exactly the maximum depth', () => {
    const shared = { a: 1 };
    expect(findUnholdable({ x: shared, y: shared, z: [shared] })).toBeUndefined();
    expect(findUnholdable(JSON.parse(`{"a":${nested(EDITOR_MAX_DEPTH - 1)}}`))).toBeUndefined();
    expect(findUnholdable('s')).toBeUndefined();
    expect(findUnholdable(null)).toBeUndefined();
  });

  it('names the path where the depth limit is passed, without overflowing on 100,000 levels', () => {
    const found = findUnholdable(JSON.parse(`{"a":${nested(EDITOR_MAX_DEPTH)}}`));
    expect(found?.kind).toBe('depth');
    expect(found?.path).toEqual(['a', ...Array.from({ length: EDITOR_MAX_DEPTH - 1 }, () => 0)]);
    let deep: unknown[] = [];
    const root = deep;
    for (let i = 0; i < 100_000; i++) {
      const next: unknown[] = [];
      deep.push(next);
      deep = next;
    }
    expect(findUnholdable(root)?.kind).toBe('depth');
  });

  it('finds a cycle and a non-finite number with their paths', () => {
    const cyclic: Record<string, unknown> = { spec: {} };
    (cyclic.spec as Record<string, unknown>).self = cyclic;
    expect(findUnholdable(cyclic)).toEqual({ kind: 'cycle', path: ['spec', 'self'] });
    expect(findUnholdable({ spec: { ingress: [{ ports: [{ port: Infinity }] }] } })).toEqual({
      kind: 'non-finite',
      path: ['spec', 'ingress', 0, 'ports', 0, 'port'],
      value: Infinity,
    });
    expect(findUnholdable(-Infinity)?.kind).toBe('non-finite');
  });
});

describe('parseText refuses what the editor cannot hold, at its line', () => {
  it('a JSON text nested 5,000 levels deep (which overflowed the preview and the form)', () => {
    const r = parseText(`{\n  "metadata": {},\n  "a": ${nested(5000)}\n}`, 'json');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.message).toMatch(/nests more than 200 levels deep/);
    expect(r.error.line).toBe(3);
  });

  it('a YAML anchor that contains itself (which made the preview throw "circular structure")', () => {
    for (const text of ['metadata:\n  name: a\nspec: &x [*x]\n', 'a: &a\n  b: *a\n']) {
      const r = parseText(text, 'yaml');
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.message).toMatch(/contains itself/);
    }
  });

  it('a number beyond float64, in JSON and YAML, located on its line', () => {
    const json = parseText('{\n  "spec": {\n    "ingress": [{"ports": [{"port": 1e400}]}]\n  }\n}', 'json');
    expect(json).toMatchObject({ ok: false, error: { line: 3, message: expect.stringMatching(/\+Inf/) } });
    const yaml = parseText('spec:\n  x: -.inf\n', 'yaml');
    expect(yaml).toMatchObject({ ok: false, error: { line: 2, message: expect.stringMatching(/-Inf/) } });
  });

  it('a YAML alias reused without a cycle is still fine, and its preview is the expanded object', () => {
    const r = parseText('metadata:\n  labels: &l {a: b}\n  annotations: *l\n', 'yaml');
    expect(r.ok).toBe(true);
    if (r.ok)
      expect(JSON.parse(previewText(r.value as never, 'json'))).toEqual({
        metadata: { labels: { a: 'b' }, annotations: { a: 'b' } },
      });
  });
});
