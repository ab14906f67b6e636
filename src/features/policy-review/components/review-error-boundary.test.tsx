// @vitest-environment happy-dom
import { describe, it, expect, afterEach, vi } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { ReviewErrorBoundary } from './review-error-boundary';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

function Maybe({ fail }: { fail: boolean }) {
  if (fail) throw new Error('bad draft');
  return <p>fine</p>;
}

describe('ReviewErrorBoundary', () => {
  it('shows the error instead of crashing, and retries when the draft changes', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const { rerender } = render(
      <ReviewErrorBoundary resetKey={1}>
        <Maybe fail />
      </ReviewErrorBoundary>,
    );
    expect(screen.getByRole('alert').textContent).toContain('could not be shown for the current draft (bad draft)');
    rerender(
      <ReviewErrorBoundary resetKey={2}>
        <Maybe fail={false} />
      </ReviewErrorBoundary>,
    );
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByText('fine')).toBeTruthy();
  });
});
