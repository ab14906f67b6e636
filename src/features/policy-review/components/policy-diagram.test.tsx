// @vitest-environment happy-dom
import { describe, it, expect, afterEach } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import type { NetworkPolicy } from '../../../k8s/networking/types';
import { PolicyDiagram, wrapText } from './policy-diagram';

afterEach(cleanup);

describe('wrapText', () => {
  it('keeps short text on one line and wraps long text at spaces into at most three lines', () => {
    expect(wrapText('pods labelled app=web')).toEqual(['pods labelled app=web']);
    const long =
      'pods labelled app=frontend AND in namespaces labelled team=platform (both must match) and more words here';
    const lines = wrapText(long);
    expect(lines).toHaveLength(3);
    expect(lines.every((l) => l.length <= 33)).toBe(true);
    expect(lines[2]?.endsWith('…')).toBe(true);
    expect(lines.join(' ').replace('…', '').length).toBeLessThan(long.length);
  });
});

describe('PolicyDiagram', () => {
  it('draws one node per shown peer, a "+N more" node, port labels, and a text equivalent with every rule', () => {
    const peers = Array.from({ length: 9 }, (_, i) => ({ podSelector: { matchLabels: { app: `a${i}` } } }));
    const policy: NetworkPolicy = {
      metadata: { name: 'p', namespace: 'shop' },
      spec: { podSelector: {}, ingress: [{ from: peers, ports: [{ port: 80 }, { port: 'http' }] }] },
    };
    const { container } = render(<PolicyDiagram policy={policy} />);
    const img = screen.getByRole('img');
    expect(img.getAttribute('aria-label')).toContain('The policy selects all pods in namespace "shop".');
    expect(container.querySelectorAll('.diagram-node')).toHaveLength(6 + 1 + 1);
    expect(container.textContent).toContain('+4 more peers');
    expect(container.textContent).toContain('rule 1: 80/TCP, http/TCP');
    const items = screen.getByRole('list', { name: 'Diagram as text' }).querySelectorAll('li');
    // One sentence for the selection, one per peer (all 9, including those folded into "+N more"), one for egress.
    expect(items).toHaveLength(1 + 9 + 1);
    expect(screen.getByRole('figure').getAttribute('aria-labelledby')).toBeTruthy();
  });
});
