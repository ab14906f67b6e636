// @vitest-environment happy-dom
// PolicyForm driven by role and label: building the seed's request, outside changes, errors.
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { goNumber, invalid, FieldPath, required } from '../../../k8s/field';
import type { NetworkPolicy } from '../../../k8s/networking/types';
import { fieldDomId } from '../form-model';
import { Harness, last, newHandle } from './test-harness';

afterEach(cleanup);

const template: NetworkPolicy = {
  apiVersion: 'networking.k8s.io/v1',
  kind: 'NetworkPolicy',
  metadata: { name: 'new-policy', namespace: 'default' },
  spec: { podSelector: {} },
};

// The seed's example request (creating-a-networkpolicy.md), key order included.
const seed: NetworkPolicy = {
  apiVersion: 'networking.k8s.io/v1',
  kind: 'NetworkPolicy',
  metadata: { name: 'test-network-policy', namespace: 'default', labels: { app: 'nginx' } },
  spec: {
    podSelector: { matchLabels: { app: 'nginx' } },
    ingress: [
      {
        from: [{ podSelector: { matchLabels: { app: 'naginx1' } } }],
        ports: [{ protocol: 'TCP', port: 6379 }],
      },
    ],
  },
};

const type = (el: HTMLElement, value: string) => fireEvent.change(el, { target: { value } });
const group = (name: string) => screen.getByRole('group', { name });
const click = (name: string, within_: HTMLElement = document.body) =>
  fireEvent.click(within(within_).getByRole('button', { name }));

describe('PolicyForm', () => {
  it("builds the seed's example request through the form only", () => {
    const h = newHandle();
    render(<Harness initial={template} handle={h} />);
    type(screen.getByRole('textbox', { name: 'Name' }), 'test-network-policy');
    click('Add label');
    type(screen.getByLabelText('Label 1, key'), 'app');
    type(screen.getByLabelText('Label 1, value'), 'nginx');
    const podSelector = group('Pod selector (spec.podSelector): the pods this policy applies to');
    click('Add match label', podSelector);
    type(screen.getByLabelText('Pod selector, label 1, key'), 'app');
    type(screen.getByLabelText('Pod selector, label 1, value'), 'nginx');
    click('Add ingress rule');
    const rule = group('Ingress rule 1');
    click('Add peer', rule);
    expect(screen.getByLabelText('Ingress rule 1, peer 1, kind')).toHaveProperty('value', 'pods');
    click('Add match label', group('Ingress rule 1, peer 1'));
    type(screen.getByLabelText('Ingress rule 1, peer 1, pod selector, label 1, key'), 'app');
    type(screen.getByLabelText('Ingress rule 1, peer 1, pod selector, label 1, value'), 'naginx1');
    click('Add port', rule);
    type(screen.getByLabelText('Ingress rule 1, port 1, port'), '6379');
    const out = last(h);
    expect(out).toStrictEqual(seed);
    expect(JSON.stringify(out)).toBe(JSON.stringify(seed));
  });

  it('resets to a policy changed from outside, without emitting it back', () => {
    const h = newHandle();
    render(<Harness initial={template} handle={h} />);
    const changed: NetworkPolicy = { ...seed, metadata: { ...seed.metadata, name: 'from-text' } };
    act(() => h.setPolicy(changed));
    expect(screen.getByRole('textbox', { name: 'Name' })).toHaveProperty('value', 'from-text');
    expect(screen.getByLabelText('Ingress rule 1, port 1, port')).toHaveProperty('value', '6379');
    expect(h.emitted).toHaveLength(0);
    type(screen.getByLabelText('Ingress rule 1, port 1, port'), '80');
    expect(last(h).spec?.ingress?.[0]?.ports).toEqual([{ protocol: 'TCP', port: 80 }]);
    expect(last(h).metadata?.name).toBe('from-text');
  });

  it('applies a same-shape outside change in place: same elements, focus kept', () => {
    const h = newHandle();
    render(<Harness initial={seed} handle={h} />);
    const port = screen.getByLabelText('Ingress rule 1, port 1, port');
    const name = screen.getByRole('textbox', { name: 'Name' });
    name.focus();
    const edited = structuredClone(seed) as NetworkPolicy & { spec: { ingress: { ports: object[] }[] } };
    edited.spec.ingress[0]?.ports.splice(0, 1, { protocol: 'tcp', port: 8080 });
    act(() => h.setPolicy(edited));
    expect(screen.getByLabelText('Ingress rule 1, port 1, port')).toBe(port);
    expect(port).toHaveProperty('value', '8080');
    expect(screen.getByLabelText('Ingress rule 1, port 1, protocol')).toHaveProperty('value', '"tcp"');
    expect(document.activeElement).toBe(name);
    expect(h.emitted).toHaveLength(0);
    type(screen.getByRole('textbox', { name: 'Name' }), 'x');
    expect(last(h)).toStrictEqual({ ...edited, metadata: { ...edited.metadata, name: 'x' } });
  });

  it('resets when an outside change alters the structure (a rule added in the text)', () => {
    const h = newHandle();
    render(<Harness initial={seed} handle={h} />);
    const two = structuredClone(seed) as NetworkPolicy & { spec: { ingress: object[] } };
    two.spec.ingress.push({ ports: [{ port: 53, protocol: 'UDP' }] });
    act(() => h.setPolicy(two));
    expect(screen.getByLabelText('Ingress rule 2, port 1, port')).toHaveProperty('value', '53');
    expect(screen.getByLabelText('Ingress rule 2, port 1, protocol')).toHaveProperty('value', '"UDP"');
    fireEvent.click(within(group('Ingress rule 2')).getByRole('button', { name: 'Remove rule' }));
    expect(last(h)).toStrictEqual(seed);
  });

  it('shows each error beside its control with the apiserver message', () => {
    const h = newHandle();
    const portPath = FieldPath.of('spec', 'ingress').index(0).child('ports').index(0).child('port');
    const errors = [
      invalid(portPath, goNumber(0), 'must be between 1 and 65535, inclusive'),
      required(FieldPath.of('spec', 'ingress').index(0).child('from').index(0), 'must specify a peer'),
      required(FieldPath.of('metadata', 'namespace')),
    ];
    const policy: NetworkPolicy = { spec: { ingress: [{ from: [{}], ports: [{ port: 0 }] }] } };
    render(<Harness initial={policy} handle={h} errors={errors} />);
    const port = screen.getByLabelText('Ingress rule 1, port 1, port');
    expect(port.getAttribute('aria-invalid')).toBe('true');
    const describedBy = port.getAttribute('aria-describedby') ?? '';
    const text = describedBy
      .split(' ')
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join(' ');
    expect(text).toContain('Invalid value: 0: must be between 1 and 65535, inclusive');
    expect(port.id).toBe(fieldDomId('spec.ingress[0].ports[0].port'));
    const peer = group('Ingress rule 1, peer 1');
    expect(peer.id).toBe(fieldDomId('spec.ingress[0].from[0]'));
    expect(within(peer).getByText('Required value: must specify a peer')).toBeTruthy();
    const ns = screen.getByRole('combobox', { name: 'Namespace' });
    expect(ns.getAttribute('aria-invalid')).toBe('true');
    for (const e of errors) expect(document.getElementById(fieldDomId(e.field))).not.toBeNull();
    act(() => h.setErrors([]));
    expect(port.getAttribute('aria-invalid')).toBeNull();
    expect(screen.queryByText(/Invalid value: 0/)).toBeNull();
  });

  it('has an element with fieldDomId(path) for every path of a policy using every field', () => {
    const rich: NetworkPolicy = {
      apiVersion: 'networking.k8s.io/v1',
      kind: 'NetworkPolicy',
      metadata: {
        name: 'a',
        namespace: 'b',
        labels: { x: 'y' },
        annotations: { 'a/b': 'c' },
        uid: 'u',
        ownerReferences: [
          { apiVersion: 'v1', kind: 'K', name: 'n', uid: 'x', controller: true, blockOwnerDeletion: false },
        ],
        finalizers: ['a/b', 'orphan'],
      },
      spec: {
        podSelector: { matchLabels: { a: 'b' }, matchExpressions: [{ key: 'k', operator: 'In', values: ['v'] }] },
        ingress: [
          {
            from: [
              {
                podSelector: { matchLabels: { a: 'b' } },
                namespaceSelector: { matchExpressions: [{ key: 'k', operator: 'Exists' }] },
              },
              { ipBlock: { cidr: '10.0.0.0/8', except: ['10.1.0.0/16'] } },
            ],
            ports: [{ protocol: 'UDP', port: 'dns', endPort: 60 }],
          },
        ],
        egress: [{ to: [{ namespaceSelector: {} }], ports: [{ port: 443 }] }],
        policyTypes: ['Ingress', 'Egress'],
      },
    };
    render(<Harness initial={rich} handle={newHandle()} />);
    const paths: string[] = [];
    const walk = (v: unknown, path: string) => {
      if (path !== '') paths.push(path);
      if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${path}[${i}]`));
      else if (typeof v === 'object' && v !== null)
        for (const [k, x] of Object.entries(v))
          walk(x, /[./]/.test(k) ? `${path}[${k}]` : path === '' ? k : `${path}.${k}`);
    };
    walk(rich, '');
    expect(paths.length).toBeGreaterThan(50);
    const missing = paths.filter((p) => document.getElementById(fieldDomId(p)) === null);
    expect(missing).toEqual([]);
    const ids = [...document.querySelectorAll('[id]')].map((e) => e.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('shows a name error by Generate name when only generateName is edited', () => {
    const h = newHandle();
    const errors = [required(FieldPath.of('metadata', 'name'), 'name or generateName is required')];
    render(<Harness initial={{ metadata: { generateName: '' } }} handle={h} errors={errors} />);
    expect(screen.queryByRole('textbox', { name: 'Name' })).toBeNull();
    expect(screen.getByRole('textbox', { name: 'Generate name' })).toBeTruthy();
    const holder = document.getElementById(fieldDomId('metadata.name'));
    expect(holder?.textContent).toContain('Required value: name or generateName is required');
  });
});
