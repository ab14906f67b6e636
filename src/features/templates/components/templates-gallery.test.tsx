// @vitest-environment happy-dom
// The template gallery: one Apply per template, applied to the draft's namespace, confirm on changes.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { POLICY_TEMPLATES } from '../model/templates';
import { TemplatesButton } from './templates-gallery';

afterEach(cleanup);

describe('TemplatesButton', () => {
  it('lists every template with its purpose and applies one to the draft namespace', () => {
    const onApply = vi.fn();
    render(
      <TemplatesButton policy={{ metadata: { namespace: 'team-a' } }} hasChanges={() => false} onApply={onApply} />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Templates' }));
    const dialog = screen.getByRole('dialog', { name: 'Templates' });
    expect(within(dialog).getAllByRole('button', { name: /^Apply / })).toHaveLength(POLICY_TEMPLATES.length);
    for (const t of POLICY_TEMPLATES) expect(dialog.textContent).toContain(t.purpose);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Apply Deny all' }));
    expect(onApply).toHaveBeenCalledWith({
      apiVersion: 'networking.k8s.io/v1',
      kind: 'NetworkPolicy',
      metadata: { name: 'deny-all', namespace: 'team-a' },
      spec: { podSelector: {}, policyTypes: ['Ingress', 'Egress'] },
    });
    expect(screen.queryByRole('dialog', { name: 'Templates' })).toBeNull();
    expect(screen.getByRole('status').textContent).toContain('Deny all');
  });

  it('asks before replacing a changed draft', () => {
    const onApply = vi.fn();
    render(<TemplatesButton policy={{}} hasChanges={() => true} onApply={onApply} />);
    fireEvent.click(screen.getByRole('button', { name: 'Templates' }));
    const dialog = screen.getByRole('dialog', { name: 'Templates' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Apply Default deny ingress' }));
    expect(onApply).not.toHaveBeenCalled();
    expect(within(dialog).getByRole('alert').textContent).toContain('Default deny ingress');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Replace my draft' }));
    expect(onApply.mock.calls[0]?.[0]).toMatchObject({
      metadata: { name: 'default-deny-ingress', namespace: 'default' },
    });
  });
});
