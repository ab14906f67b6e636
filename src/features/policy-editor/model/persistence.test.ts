import { describe, it, expect } from 'vitest';
import { DRAFT_STORAGE_KEY, clearDraft, loadDraft, saveDraft, type DraftStorage } from './persistence';
import { newPolicyTemplate } from './template';

function memoryStorage(initial: Record<string, string> = {}): DraftStorage & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
}

describe('draft persistence', () => {
  it('round-trips a draft, unknown fields included', () => {
    const s = memoryStorage();
    const policy = { ...newPolicyTemplate(), extra: { kept: true } };
    expect(saveDraft(s, policy)).toBe(true);
    expect(loadDraft(s)).toEqual(policy);
  });

  it('returns undefined when nothing is stored', () => {
    expect(loadDraft(memoryStorage())).toBeUndefined();
    expect(loadDraft(undefined)).toBeUndefined();
  });

  it.each([
    ['not JSON', '{oops'],
    ['a JSON string', '"x"'],
    ['an old version', JSON.stringify({ version: 0, policy: {} })],
    ['a policy that is not an object', JSON.stringify({ version: 1, policy: [1] })],
    ['null', 'null'],
    [
      'a policy nested deeper than the editor holds',
      `{"version":1,"policy":{"a":${'['.repeat(300)}${']'.repeat(300)}}}`,
    ],
  ])('treats %s as no draft', (_label, raw) => {
    expect(loadDraft(memoryStorage({ [DRAFT_STORAGE_KEY]: raw }))).toBeUndefined();
  });

  it('survives storage that throws', () => {
    const throwing: DraftStorage = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('quota');
      },
      removeItem: () => {
        throw new Error('denied');
      },
    };
    expect(loadDraft(throwing)).toBeUndefined();
    expect(saveDraft(throwing, newPolicyTemplate())).toBe(false);
    expect(() => clearDraft(throwing)).not.toThrow();
  });

  it('clears the draft', () => {
    const s = memoryStorage();
    saveDraft(s, newPolicyTemplate());
    clearDraft(s);
    expect(s.data.size).toBe(0);
  });
});
