// @vitest-environment happy-dom
// A crash inside a boundary shows what broke and a way back; the rest of the page stays; "Try
// again" remounts the children; the extra action gets the retry.
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CrashBoundary } from './crash-boundary';

afterEach(cleanup);

let broken = false;
let mounts = 0;
function Flaky() {
  // Counted once per mount: "Try again" must remount, so the child starts from its saved state.
  useState(() => ++mounts);
  if (broken) throw new RangeError('Maximum call stack size exceeded');
  return <p>editor is fine</p>;
}

describe('CrashBoundary', () => {
  it('shows the error and recovers on Try again, leaving siblings mounted', () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      broken = true;
      render(
        <>
          <header>header stays</header>
          <CrashBoundary what="The editor">
            <Flaky />
          </CrashBoundary>
        </>,
      );
      const alert = screen.getByRole('alert');
      expect(alert.textContent).toContain('The editor stopped after an unexpected error');
      expect(alert.textContent).toContain('RangeError: Maximum call stack size exceeded');
      expect(alert.textContent).toContain('Your draft is kept');
      expect(screen.getByText('header stays')).toBeTruthy();
      broken = false;
      const before = mounts;
      fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
      expect(mounts).toBeGreaterThan(before);
      expect(screen.getByText('editor is fine')).toBeTruthy();
      expect(screen.queryByRole('alert')).toBeNull();
    } finally {
      quiet.mockRestore();
    }
  });

  it('hands the retry to extra actions', () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      broken = true;
      const discarded: string[] = [];
      render(
        <CrashBoundary
          what="The editor"
          actions={(retry) => (
            <button
              type="button"
              onClick={() => {
                discarded.push('draft');
                retry();
              }}
            >
              Discard the saved draft
            </button>
          )}
        >
          <Flaky />
        </CrashBoundary>,
      );
      broken = false;
      fireEvent.click(screen.getByRole('button', { name: 'Discard the saved draft' }));
      expect(discarded).toEqual(['draft']);
      expect(screen.getByText('editor is fine')).toBeTruthy();
    } finally {
      quiet.mockRestore();
    }
  });
});
