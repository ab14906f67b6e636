// @vitest-environment happy-dom
// The import/export toolbar: the Import dialog's choose/confirm flow, refusals, and share-link restore.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { NetworkPolicy } from '../../../k8s/networking/types';
import { encodeShareFragment } from '../model/share-link';
import { DraftIoBar } from './draft-io-bar';

afterEach(() => {
  cleanup();
  window.history.replaceState(null, '', '/');
});

const current: NetworkPolicy = {
  apiVersion: 'networking.k8s.io/v1',
  kind: 'NetworkPolicy',
  metadata: { name: 'mine' },
};
const twoPolicies = `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: first}
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: web}
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: second}
spec: {podSelector: {}, extra: 1}
`;

function openImport() {
  fireEvent.click(screen.getByRole('button', { name: 'Import' }));
  return screen.getByRole('dialog', { name: 'Import' });
}

describe('Import dialog', () => {
  it('lists the policies, refuses the Deployment, and imports the chosen one', async () => {
    const onReplace = vi.fn();
    render(<DraftIoBar policy={current} hasChanges={() => false} onReplace={onReplace} />);
    const dialog = openImport();
    fireEvent.change(within(dialog).getByLabelText('Policy text'), { target: { value: twoPolicies } });
    await waitFor(() =>
      expect(dialog.textContent).toContain('Document 2 is a Deployment (apps/v1), not a NetworkPolicy.'),
    );
    const group = within(dialog).getByRole('group', { name: 'NetworkPolicy to edit' });
    fireEvent.click(within(group).getByRole('radio', { name: 'document 3: second' }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Import policy' }));
    expect(onReplace).toHaveBeenCalledTimes(1);
    expect(onReplace.mock.calls[0]?.[0]).toMatchObject({ metadata: { name: 'second' }, spec: { extra: 1 } });
    expect(screen.queryByRole('dialog', { name: 'Import' })).toBeNull();
  });

  it('asks before replacing a draft with changes, and can keep it', async () => {
    const onReplace = vi.fn();
    render(<DraftIoBar policy={current} hasChanges={() => true} onReplace={onReplace} />);
    const dialog = openImport();
    fireEvent.change(within(dialog).getByLabelText('Policy text'), { target: { value: twoPolicies } });
    await waitFor(() => within(dialog).getByRole('group', { name: 'NetworkPolicy to edit' }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Import policy' }));
    expect(onReplace).not.toHaveBeenCalled();
    expect(within(dialog).getByRole('alert').textContent).toContain('Your current draft has changes');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Keep my draft' }));
    expect(within(dialog).queryByRole('alert')).toBeNull();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Import policy' }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Replace my draft' }));
    expect(onReplace.mock.calls[0]?.[0]).toMatchObject({ metadata: { name: 'first' } });
  });

  it('shows syntax errors and keeps Import disabled', async () => {
    render(<DraftIoBar policy={current} hasChanges={() => false} onReplace={vi.fn()} />);
    const dialog = openImport();
    fireEvent.change(within(dialog).getByLabelText('Policy text'), { target: { value: '{"kind": ' } });
    await waitFor(() =>
      expect(within(dialog).getByRole('alert').textContent).toMatch(/JSON syntax error at line 1:\d+/),
    );
    expect((within(dialog).getByRole('button', { name: 'Import policy' }) as HTMLButtonElement).disabled).toBe(true);
  });
});

describe('share link on load', () => {
  it('restores the draft from the fragment, clears it, and can undo', async () => {
    const shared: NetworkPolicy = { kind: 'NetworkPolicy', metadata: { name: 'shared' }, unknown: { x: [1] } };
    window.history.replaceState(null, '', `/#${await encodeShareFragment(shared)}`);
    const onReplace = vi.fn();
    render(<DraftIoBar policy={current} hasChanges={() => true} onReplace={onReplace} />);
    await waitFor(() => expect(onReplace).toHaveBeenCalledWith(shared));
    expect(window.location.hash).toBe('');
    await act(async () => {
      fireEvent.click(await screen.findByRole('button', { name: 'Undo (back to my previous draft)' }));
    });
    expect(onReplace).toHaveBeenLastCalledWith(current);
  });

  it('says a broken link is broken and does not touch the draft', async () => {
    window.history.replaceState(null, '', '/#np1.AAAAAAAAAAAA');
    const onReplace = vi.fn();
    render(<DraftIoBar policy={current} hasChanges={() => true} onReplace={onReplace} />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('This share link is broken');
    expect(alert.textContent).toContain('Your current draft was left unchanged.');
    expect(onReplace).not.toHaveBeenCalled();
  });

  it('ignores an ordinary fragment', async () => {
    window.history.replaceState(null, '', '/#section');
    const onReplace = vi.fn();
    render(<DraftIoBar policy={current} hasChanges={() => true} onReplace={onReplace} />);
    await new Promise((r) => setTimeout(r, 20));
    expect(onReplace).not.toHaveBeenCalled();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(window.location.hash).toBe('#section');
  });
});
