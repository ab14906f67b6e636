// @vitest-environment happy-dom
// The Platform checks panel: the select drives the warnings, and the choice is remembered.
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import type { NetworkPolicy } from '../../../k8s/networking/types';
import { PLATFORM_STORAGE_KEY, PlatformChecksPanel } from './platform-checks-panel';

afterEach(() => {
  cleanup();
  localStorage.clear();
});

const withExcept: NetworkPolicy = {
  spec: { podSelector: {}, ingress: [{ from: [{ ipBlock: { cidr: '10.0.0.0/8', except: ['10.1.0.0/16'] } }] }] },
};

describe('PlatformChecksPanel', () => {
  it('shows warnings with field and source for the chosen platform, and remembers it', () => {
    render(<PlatformChecksPanel policy={withExcept} />);
    const region = screen.getByRole('region', { name: 'Platform checks' });
    expect(within(region).queryByRole('list')).toBeNull();
    fireEvent.change(within(region).getByRole('combobox', { name: 'Target platform' }), {
      target: { value: 'openshift-sdn' },
    });
    const list = within(region).getByRole('list', { name: 'Platform warnings for OpenShift SDN' });
    expect(list.textContent).toContain('spec.ingress[0].from[0].ipBlock.except');
    expect(list.textContent).toContain('ignores this whole ipBlock');
    expect(list.textContent).toContain('Source: OpenShift Container Platform 4.9');
    expect(localStorage.getItem(PLATFORM_STORAGE_KEY)).toBe('openshift-sdn');
    cleanup();
    render(<PlatformChecksPanel policy={{ spec: { podSelector: {} } }} />);
    expect((screen.getByRole('combobox', { name: 'Target platform' }) as HTMLSelectElement).value).toBe(
      'openshift-sdn',
    );
    expect(screen.getByRole('status').textContent).toContain('Nothing in this policy is known to behave differently');
  });
});
