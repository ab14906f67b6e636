// @vitest-environment happy-dom
// PolicyForm sections: absent vs empty lists, AND vs OR peers, typed ports, policy types, order.
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { NetworkPolicy } from '../../../k8s/networking/types';
import { Harness, last, newHandle } from './test-harness';

afterEach(cleanup);

const type = (el: HTMLElement, value: string) => fireEvent.change(el, { target: { value } });
const group = (name: string) => screen.getByRole('group', { name });
const ingressSection = () => group('Ingress rules (spec.ingress)');
const base = (spec: NetworkPolicy['spec']): NetworkPolicy => ({ metadata: { name: 'p', namespace: 'prod' }, spec });

describe('absent vs empty', () => {
  it('says "not set" for absent ingress and "empty list" for ingress: [], both deny all ingress', () => {
    render(<Harness initial={base({ podSelector: {} })} handle={newHandle()} />);
    expect(within(ingressSection()).getByText(/Not set \(ingress is absent\)\. Deny all ingress/)).toBeTruthy();
    cleanup();
    render(<Harness initial={base({ podSelector: {}, ingress: [] })} handle={newHandle()} />);
    expect(within(ingressSection()).getByText(/Empty list \(ingress: \[\]\)\. Deny all ingress/)).toBeTruthy();
  });

  it('the empty-list checkbox writes ingress: [] and adding then removing a rule returns to absent', () => {
    const h = newHandle();
    render(<Harness initial={base({ podSelector: {} })} handle={h} />);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Empty ingress list' }));
    expect(last(h).spec).toEqual({ podSelector: {}, ingress: [] });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Empty ingress list' }));
    fireEvent.click(screen.getByRole('button', { name: 'Add ingress rule' }));
    expect(last(h).spec?.ingress).toEqual([{}]);
    expect(within(group('Ingress rule 1')).getByText(/this rule allows all sources/)).toBeTruthy();
    expect(within(group('Ingress rule 1')).getByText(/this rule allows all ports/)).toBeTruthy();
    fireEvent.click(within(group('Ingress rule 1')).getByRole('button', { name: 'Remove rule' }));
    expect(last(h).spec).toEqual({ podSelector: {} });
  });

  it('keeps from: [] and ports: [] apart from absent', () => {
    const h = newHandle();
    render(<Harness initial={base({ ingress: [{ from: [] }] })} handle={h} />);
    const from = screen.getByRole('checkbox', { name: 'Ingress rule 1, empty from list' });
    const ports = screen.getByRole('checkbox', { name: 'Ingress rule 1, empty ports list' });
    expect(from).toHaveProperty('checked', true);
    expect(ports).toHaveProperty('checked', false);
    fireEvent.click(ports);
    expect(last(h).spec?.ingress).toEqual([{ from: [], ports: [] }]);
  });

  it('says what an empty pod selector selects, with the namespace', () => {
    render(<Harness initial={base({ podSelector: {} })} handle={newHandle()} />);
    const sel = group('Pod selector (spec.podSelector): the pods this policy applies to');
    expect(sel.textContent).toContain('Selects all pods in namespace prod.');
  });
});

describe('peers: AND vs OR', () => {
  it('shows AND inside a peer with both selectors and OR between two peers', () => {
    const both = { podSelector: { matchLabels: { a: 'b' } }, namespaceSelector: { matchLabels: { team: 'x' } } };
    render(<Harness initial={base({ ingress: [{ from: [both] }] })} handle={newHandle()} />);
    const peer = group('Ingress rule 1, peer 1');
    expect(within(peer).getByLabelText('Ingress rule 1, peer 1, kind')).toHaveProperty('value', 'both');
    expect(within(peer).getByText('AND')).toBeTruthy();
    expect(screen.queryByText('OR')).toBeNull();
    cleanup();
    const two = [{ podSelector: { matchLabels: { a: 'b' } } }, { namespaceSelector: { matchLabels: { team: 'x' } } }];
    render(<Harness initial={base({ ingress: [{ from: two }] })} handle={newHandle()} />);
    expect(screen.getByText('OR')).toBeTruthy();
    expect(screen.queryByText('AND')).toBeNull();
    expect(screen.getByLabelText('Ingress rule 1, peer 2, kind')).toHaveProperty('value', 'namespaces');
  });

  it('turning a pods peer into "Pods AND namespaces" adds namespaceSelector to the same peer', () => {
    const h = newHandle();
    render(
      <Harness initial={base({ ingress: [{ from: [{ podSelector: { matchLabels: { a: 'b' } } }] }] })} handle={h} />,
    );
    type(screen.getByLabelText('Ingress rule 1, peer 1, kind'), 'both');
    expect(last(h).spec?.ingress?.[0]?.from).toEqual([
      { podSelector: { matchLabels: { a: 'b' } }, namespaceSelector: {} },
    ]);
    type(screen.getByLabelText('Ingress rule 1, peer 1, kind'), 'ipBlock');
    type(screen.getByLabelText('Ingress rule 1, peer 1, IP block, CIDR'), '10.0.0.0/8');
    fireEvent.click(within(group('Ingress rule 1, peer 1')).getByRole('button', { name: 'Add exception' }));
    type(screen.getByLabelText('Ingress rule 1, peer 1, IP block, except 1'), '10.1.0.0/16');
    expect(last(h).spec?.ingress?.[0]?.from).toEqual([{ ipBlock: { cidr: '10.0.0.0/8', except: ['10.1.0.0/16'] } }]);
  });
});

describe('ports, expressions, policy types, order', () => {
  it('a named port typed "80" stays a string; protocol can be left to the default', () => {
    const h = newHandle();
    render(<Harness initial={base({ egress: [{}] })} handle={h} />);
    fireEvent.click(within(group('Egress rule 1')).getByRole('button', { name: 'Add port' }));
    type(screen.getByLabelText('Egress rule 1, port 1, port type'), 'name');
    type(screen.getByLabelText('Egress rule 1, port 1, port'), '80');
    type(screen.getByLabelText('Egress rule 1, port 1, protocol'), '');
    type(screen.getByLabelText('Egress rule 1, port 1, end port'), '90');
    expect(last(h).spec?.egress).toEqual([{ ports: [{ port: '80', endPort: 90 }] }]);
  });

  it('match expressions: values are a comma list, disabled for Exists', () => {
    const h = newHandle();
    render(<Harness initial={base({ podSelector: {} })} handle={h} />);
    fireEvent.click(screen.getByRole('button', { name: 'Add match expression' }));
    type(screen.getByLabelText('Pod selector, expression 1, key'), 'tier');
    type(screen.getByLabelText('Pod selector, expression 1, values'), 'web, api');
    expect(last(h).spec?.podSelector).toEqual({
      matchExpressions: [{ key: 'tier', operator: 'In', values: ['web', 'api'] }],
    });
    type(screen.getByLabelText('Pod selector, expression 1, values'), '');
    type(screen.getByLabelText('Pod selector, expression 1, operator'), '"Exists"');
    expect(screen.getByLabelText('Pod selector, expression 1, values')).toHaveProperty('disabled', true);
    expect(last(h).spec?.podSelector).toEqual({ matchExpressions: [{ key: 'tier', operator: 'Exists' }] });
  });

  it('policy types: shows the default and why; explicit Egress only', () => {
    const h = newHandle();
    render(<Harness initial={base({ podSelector: {}, egress: [{}] })} handle={h} />);
    const types = group('Policy types (spec.policyTypes)');
    expect(types.textContent).toContain('Default: Ingress, Egress (because egress rules exist)');
    fireEvent.click(within(types).getByRole('checkbox', { name: "Leave to the server's default" }));
    expect(last(h).spec?.policyTypes).toEqual(['Ingress', 'Egress']);
    fireEvent.click(within(types).getByRole('checkbox', { name: 'Ingress' }));
    expect(last(h).spec?.policyTypes).toEqual(['Egress']);
    expect(within(ingressSection()).getByText(/does not restrict ingress/)).toBeTruthy();
  });

  it('the generateName toggle moves the text between Name and Generate name', () => {
    const h = newHandle();
    render(<Harness initial={base({ podSelector: {} })} handle={h} />);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Let the server generate the name (generateName)' }));
    expect(screen.queryByRole('textbox', { name: 'Name' })).toBeNull();
    expect(screen.getByRole('textbox', { name: 'Generate name' })).toHaveProperty('value', 'p');
    expect(last(h).metadata).toEqual({ namespace: 'prod', generateName: 'p' });
    type(screen.getByRole('textbox', { name: 'Generate name' }), 'web-');
    expect(last(h).metadata).toEqual({ namespace: 'prod', generateName: 'web-' });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Let the server generate the name (generateName)' }));
    expect(last(h).metadata).toEqual({ name: 'web-', namespace: 'prod' });
  });

  it('moves rules up and down', () => {
    const h = newHandle();
    const rules = [{ ports: [{ port: 1 }] }, { ports: [{ port: 2 }] }];
    render(<Harness initial={base({ ingress: rules })} handle={h} />);
    expect(within(group('Ingress rule 1')).getByRole('button', { name: 'Move rule up' })).toHaveProperty(
      'disabled',
      true,
    );
    fireEvent.click(within(group('Ingress rule 1')).getByRole('button', { name: 'Move rule down' }));
    expect(last(h).spec?.ingress).toEqual([rules[1], rules[0]]);
    expect(screen.getByLabelText('Ingress rule 1, port 1, port')).toHaveProperty('value', '2');
    fireEvent.click(within(group('Ingress rule 2')).getByRole('button', { name: 'Move rule up' }));
    expect(last(h).spec?.ingress).toEqual(rules);
  });

  it('keeps unknown fields through edits and names them', () => {
    const h = newHandle();
    const policy = {
      metadata: {
        name: 'a',
        resourceVersion: '7',
        ownerReferences: [{ apiVersion: 'v1', kind: 'X', name: 'o', uid: 'u', 'x-owner': 1 }],
      },
      spec: { ingress: [{ 'x-note': 1, ports: [{ port: 5, extra: true }] }] },
      status: {},
    } as unknown as NetworkPolicy;
    render(<Harness initial={policy} handle={h} />);
    expect(screen.getByText(/Kept as is.*"resourceVersion"/)).toBeTruthy();
    expect(within(group('Owner reference 1')).getByText(/Kept as is.*"x-owner"/)).toBeTruthy();
    type(screen.getByRole('textbox', { name: 'Name' }), 'b');
    expect(last(h)).toEqual({ ...policy, metadata: { ...policy.metadata, name: 'b' } });
    expect(Object.keys(last(h))).toEqual(['metadata', 'spec', 'status']);
  });
});

describe('long lists', () => {
  it('mounts 60 peers in slices and ends with every peer in the DOM', { timeout: 60_000 }, async () => {
    const from = Array.from({ length: 60 }, (_, i) => ({ podSelector: { matchLabels: { app: `a${i}` } } }));
    render(<Harness initial={base({ ingress: [{ from }] })} handle={newHandle()} />);
    expect(screen.queryByLabelText('Ingress rule 1, peer 60, kind')).toBeNull();
    expect(await screen.findByLabelText('Ingress rule 1, peer 60, kind', {}, { timeout: 25_000 })).toBeTruthy();
    expect(screen.getByLabelText('Ingress rule 1, peer 60, pod selector, label 1, value')).toHaveProperty(
      'value',
      'a59',
    );
  });
});
