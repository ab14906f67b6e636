// @vitest-environment happy-dom
// "Advanced metadata" by role and label: the collapsed disclosure, adding and removing finalizers
// and owner references, the tri-state controller / blockOwnerDeletion, and errors beside them.
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { NetworkPolicy } from '../../../k8s/networking/types';
import { validateNetworkPolicy } from '../../../k8s/networking/validation';
import { fieldDomId } from '../form-model';
import { Harness, last, newHandle } from './test-harness';

afterEach(cleanup);

const type = (el: HTMLElement, value: string) => fireEvent.change(el, { target: { value } });
const group = (name: string) => screen.getByRole('group', { name });
const button = (name: string, in_: HTMLElement = document.body) => within(in_).getByRole('button', { name });
const summary = () => screen.getByText(/^Advanced metadata/, { selector: 'summary' });
const details = () => summary().closest('details') as HTMLDetailsElement;
const owner = { apiVersion: 'apps/v1', kind: 'Deployment', name: 'web', uid: 'u-1' };
const base = (metadata: NetworkPolicy['metadata']): NetworkPolicy => ({ metadata, spec: { podSelector: {} } });

/** The text of the elements a control's aria-describedby points at. */
function description(el: HTMLElement): string {
  return (el.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');
}

describe('the Advanced metadata disclosure', () => {
  it('is a native <details> collapsed by default whose <summary> toggles it and says what is inside', () => {
    render(<Harness initial={base({ name: 'p', finalizers: ['a/b'] })} handle={newHandle()} />);
    expect(details().open).toBe(false);
    expect(summary().parentElement).toBe(details());
    expect(summary().textContent).toContain('1 finalizer, no owner references');
    // A <summary> is focusable and toggled by Enter/Space natively; a click does the same.
    act(() => summary().focus());
    expect(document.activeElement).toBe(summary());
    fireEvent.click(summary());
    expect(details().open).toBe(true);
    expect(screen.getByRole('textbox', { name: 'Finalizer 1' })).toHaveProperty('value', 'a/b');
    fireEvent.click(summary());
    expect(details().open).toBe(false);
  });
});

describe('links into the disclosure', () => {
  it('a link to a field inside the closed disclosure opens it before the link focuses the field', () => {
    const id = fieldDomId('metadata.finalizers[0]');
    let focused = false;
    const focus = () => {
      const el = document.getElementById(id);
      el?.focus();
      focused = (el?.closest('details') as HTMLDetailsElement | null)?.open === true && document.activeElement === el;
    };
    render(
      <>
        <a href={`#${id}`} onClick={focus}>
          Finalizer error
        </a>
        <a href="#pf-metadata-name">Name error</a>
        <Harness initial={base({ name: 'p', finalizers: ['x'] })} handle={newHandle()} />
      </>,
    );
    fireEvent.click(screen.getByRole('link', { name: 'Name error' }));
    expect(details().open).toBe(false);
    fireEvent.click(screen.getByRole('link', { name: 'Finalizer error' }));
    expect(details().open).toBe(true);
    expect(focused).toBe(true);
  });
});

describe('finalizers', () => {
  it('adds, edits and removes rows; removing the last leaves finalizers absent again', () => {
    const h = newHandle();
    render(<Harness initial={base({ name: 'p' })} handle={h} />);
    fireEvent.click(summary());
    expect(within(group('Finalizers (metadata.finalizers)')).getByText('No finalizers.')).toBeTruthy();
    fireEvent.click(button('Add finalizer'));
    fireEvent.click(button('Add finalizer'));
    type(screen.getByRole('textbox', { name: 'Finalizer 1' }), 'example.com/cleanup');
    type(screen.getByRole('textbox', { name: 'Finalizer 2' }), 'orphan');
    expect(last(h).metadata).toEqual({ name: 'p', finalizers: ['example.com/cleanup', 'orphan'] });
    expect(summary().textContent).toContain('2 finalizers');
    fireEvent.click(button('Remove finalizer 1'));
    expect(last(h).metadata).toEqual({ name: 'p', finalizers: ['orphan'] });
    expect(screen.getByRole('textbox', { name: 'Finalizer 1' })).toHaveProperty('value', 'orphan');
    fireEvent.click(button('Remove finalizer 1'));
    expect(last(h).metadata).toEqual({ name: 'p' });
  });

  it('keeps finalizers: [] apart from absent', () => {
    const h = newHandle();
    render(<Harness initial={base({ name: 'p', finalizers: [] })} handle={h} />);
    fireEvent.click(summary());
    fireEvent.click(button('Add finalizer'));
    fireEvent.click(button('Remove finalizer 1'));
    expect(last(h).metadata).toEqual({ name: 'p', finalizers: [] });
  });
});

describe('owner references', () => {
  it('adds one field by field and removes it', () => {
    const h = newHandle();
    render(<Harness initial={base({ name: 'p' })} handle={h} />);
    fireEvent.click(summary());
    fireEvent.click(button('Add owner reference'));
    const ref = group('Owner reference 1');
    type(within(ref).getByRole('textbox', { name: 'Owner reference 1, API version' }), 'apps/v1');
    type(within(ref).getByRole('textbox', { name: 'Owner reference 1, kind' }), 'Deployment');
    type(within(ref).getByRole('textbox', { name: 'Owner reference 1, name' }), 'web');
    type(within(ref).getByRole('textbox', { name: 'Owner reference 1, UID' }), 'u-1');
    expect(last(h).metadata).toEqual({ name: 'p', ownerReferences: [owner] });
    expect(summary().textContent).toContain('1 owner reference');
    fireEvent.click(button('Add owner reference'));
    type(screen.getByRole('textbox', { name: 'Owner reference 2, name' }), 'second');
    fireEvent.click(button('Remove owner reference 1'));
    expect(last(h).metadata).toEqual({ name: 'p', ownerReferences: [{ name: 'second' }] });
    fireEvent.click(button('Remove owner reference 1'));
    expect(last(h).metadata).toEqual({ name: 'p' });
  });

  it('controller is tri-state: absent stays absent until touched, then true/false, Unset makes it absent', () => {
    const h = newHandle();
    render(<Harness initial={base({ name: 'p', ownerReferences: [owner] })} handle={h} />);
    fireEvent.click(summary());
    const ref = group('Owner reference 1');
    const controller = within(ref).getByRole('checkbox', { name: 'Owner reference 1, controller' });
    expect(controller).toHaveProperty('checked', false);
    expect(description(controller)).toContain('Not set (the same as false).');
    expect(within(ref).queryByRole('button', { name: 'Unset controller' })).toBeNull();
    type(screen.getByRole('textbox', { name: 'Name' }), 'q');
    expect(last(h).metadata?.ownerReferences).toEqual([owner]);
    fireEvent.click(controller);
    expect(last(h).metadata?.ownerReferences).toEqual([{ ...owner, controller: true }]);
    expect(description(controller)).toContain('Set to true.');
    fireEvent.click(controller);
    expect(last(h).metadata?.ownerReferences).toEqual([{ ...owner, controller: false }]);
    expect(description(controller)).toContain('Set to false.');
    fireEvent.click(within(ref).getByRole('button', { name: 'Unset controller' }));
    expect(last(h).metadata?.ownerReferences).toEqual([owner]);
    expect(controller).toHaveProperty('checked', false);
    expect(description(controller)).toContain('Not set');
  });

  it('blockOwnerDeletion: false stays false through other edits; the text can set it in place', () => {
    const h = newHandle();
    const refs = [{ ...owner, blockOwnerDeletion: false }];
    render(<Harness initial={base({ name: 'p', ownerReferences: refs })} handle={h} />);
    fireEvent.click(summary());
    const block = screen.getByRole('checkbox', { name: 'Owner reference 1, block owner deletion' });
    expect(block).toHaveProperty('checked', false);
    expect(description(block)).toContain('Set to false.');
    type(screen.getByRole('textbox', { name: 'Owner reference 1, name' }), 'api');
    expect(last(h).metadata?.ownerReferences).toEqual([{ ...owner, name: 'api', blockOwnerDeletion: false }]);
    // An outside change (the text editor) of the same shape updates the checkbox in place.
    act(() => h.setPolicy(base({ name: 'p', ownerReferences: [{ ...owner, blockOwnerDeletion: true }] })));
    expect(block.isConnected).toBe(true);
    expect(block).toHaveProperty('checked', true);
    expect(description(block)).toContain('Set to true.');
    const controller = screen.getByRole('checkbox', { name: 'Owner reference 1, controller' });
    act(() => h.setPolicy(base({ name: 'p', ownerReferences: [{ ...owner, controller: true }] })));
    expect(controller).toHaveProperty('checked', true);
    expect(block).toHaveProperty('checked', false);
    expect(description(block)).toContain('Not set');
  });

  it('shows an item that is not an object as kept, and can remove it', () => {
    const h = newHandle();
    const policy = base({ name: 'p', ownerReferences: [null, owner] as unknown as (typeof owner)[] });
    render(<Harness initial={policy} handle={h} />);
    fireEvent.click(summary());
    expect(within(group('Owner reference 1')).getByText(/Not an object \(null\); kept as is/)).toBeTruthy();
    fireEvent.click(button('Remove owner reference 1'));
    expect(last(h).metadata?.ownerReferences).toEqual([owner]);
  });
});

describe('errors beside the fields', () => {
  it("shows the validator's errors: un-indexed ownerReferences paths on the group, finalizers[i] on its row", () => {
    const policy = base({
      name: 'p',
      namespace: 'default',
      finalizers: ['cleanup', 'a/b'],
      ownerReferences: [{ apiVersion: 'v1', kind: '', name: 'o', uid: '' }],
    });
    const errors = validateNetworkPolicy(policy);
    expect(errors.map((e) => e.field)).toEqual([
      'metadata.ownerReferences.kind',
      'metadata.ownerReferences.uid',
      'metadata.finalizers[0]',
    ]);
    render(<Harness initial={policy} handle={newHandle()} errors={errors} />);
    // Opened by itself, so the errors are seen; the summary counts them.
    expect(details().open).toBe(true);
    expect(summary().textContent).toContain('3 errors');
    const owners = group('Owner references (metadata.ownerReferences)');
    expect(owners.id).toBe(fieldDomId('metadata.ownerReferences.uid'));
    expect(owners.getAttribute('aria-invalid')).toBe('true');
    expect(
      within(owners).getByText('metadata.ownerReferences.kind: Invalid value: "": must not be empty'),
    ).toBeTruthy();
    expect(within(owners).getByText('metadata.ownerReferences.uid: Invalid value: "": must not be empty')).toBeTruthy();
    const fin = screen.getByRole('textbox', { name: 'Finalizer 1' });
    expect(fin.id).toBe(fieldDomId('metadata.finalizers[0]'));
    expect(fin.getAttribute('aria-invalid')).toBe('true');
    expect(description(fin)).toContain('name is neither a standard finalizer name nor is it fully qualified');
    expect(screen.getByRole('textbox', { name: 'Finalizer 2' }).getAttribute('aria-invalid')).toBeNull();
  });

  it('shows list-level and indexed errors (server causes) beside the list and the checkbox', () => {
    const h = newHandle();
    const policy = base({ name: 'p', finalizers: ['orphan', 'foregroundDeletion'], ownerReferences: [owner] });
    render(<Harness initial={policy} handle={h} />);
    expect(details().open).toBe(false);
    const errors = [
      ...validateNetworkPolicy(policy).filter((e) => e.field.startsWith('metadata.finalizers')),
      {
        type: 'FieldValueTypeInvalid' as const,
        field: 'metadata.ownerReferences[0].controller',
        badValue: { kind: 'omitted' as const },
        detail: 'expected bool',
      },
    ];
    expect(errors.map((e) => e.field)).toEqual(['metadata.finalizers', 'metadata.ownerReferences[0].controller']);
    act(() => h.setErrors(errors));
    expect(details().open).toBe(true);
    expect(within(group('Finalizers (metadata.finalizers)')).getByText(/cannot be both set/)).toBeTruthy();
    const controller = screen.getByRole('checkbox', { name: 'Owner reference 1, controller' });
    expect(controller.id).toBe(fieldDomId('metadata.ownerReferences[0].controller'));
    expect(controller.getAttribute('aria-invalid')).toBe('true');
    expect(description(controller)).toContain('expected bool');
    act(() => h.setErrors([]));
    expect(controller.getAttribute('aria-invalid')).toBeNull();
    expect(summary().textContent).not.toContain('error');
  });
});
