// @vitest-environment happy-dom
// Property test through the real form (react-hook-form registration, selects, checkboxes): a
// policy loaded into the form and emitted again is unchanged, for valid and mutated policies.
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import type { NetworkPolicy } from '../../../k8s/networking/types';
import { mutatedPolicy, validPolicy } from '../form-model/policy-arbitraries';
import { Harness, last, newHandle } from './test-harness';

afterEach(cleanup);

function emitsUnchanged(policy: NetworkPolicy): void {
  const h = newHandle();
  try {
    render(<Harness initial={policy} handle={h} />);
    // Typing a character and deleting it makes the form emit everything it holds.
    const input = screen.getByRole('textbox', { name: 'API version' }) as HTMLInputElement;
    const text = input.value;
    fireEvent.change(input, { target: { value: `${text}x` } });
    fireEvent.change(input, { target: { value: text } });
    const out = last(h);
    expect(out).toEqual(policy);
    expect(JSON.stringify(out)).toBe(JSON.stringify(policy));
  } finally {
    cleanup();
  }
}

describe('object -> PolicyForm -> object', () => {
  it('is the identity for valid policies', { timeout: 120_000 }, () => {
    fc.assert(fc.property(validPolicy, emitsUnchanged), { numRuns: 25 });
  });

  it('is the identity for policies with unknown and wrong-shaped fields', { timeout: 120_000 }, () => {
    fc.assert(fc.property(mutatedPolicy, emitsUnchanged), { numRuns: 25 });
  });
});
