// Each template through the review engine: its warnings and its kubectl-style description agree
// with the one-line purpose the gallery shows.
import { describe, expect, it } from 'vitest';
import { describeNetworkPolicy, policyWarnings } from '../../../k8s/networking/semantics';
import type { NetworkPolicy } from '../../../k8s/networking/types';
import { findTemplate, POLICY_TEMPLATES } from './templates';
import { cluster, NS } from './templates-test-cluster';

function build(id: string): NetworkPolicy {
  const t = findTemplate(id);
  if (t === undefined) throw new Error(`no template ${id}`);
  return t.build(NS);
}

describe('the review engine agrees with each purpose', () => {
  const warningCodes = (id: string) => policyWarnings(build(id), cluster).map((w) => w.code);

  it.each(POLICY_TEMPLATES.map((t) => [t.id] as const))('%s draws no error-level or validity warning', (id) => {
    for (const w of policyWarnings(build(id), cluster)) {
      expect(w.severity).not.toBe('error');
      expect(['EmptyPodSelector', 'EgressWithoutDNS', 'PortsWithoutPeers']).toContain(w.code);
    }
  });

  it('the egress denials warn that DNS is cut (as their purposes say); the DNS template does not', () => {
    expect(warningCodes('default-deny-egress')).toContain('EgressWithoutDNS');
    expect(warningCodes('deny-all')).toContain('EgressWithoutDNS');
    expect(warningCodes('allow-dns-egress')).not.toContain('EgressWithoutDNS');
    expect(warningCodes('default-deny-ingress')).not.toContain('EgressWithoutDNS');
  });

  it('the port range opens its ports to every source, which the engine points out and the purpose says', () => {
    const w = policyWarnings(build('allow-port-range'), cluster).find((x) => x.code === 'PortsWithoutPeers');
    expect(w?.message).toContain('from every source');
    expect(findTemplate('allow-port-range')?.purpose).toContain('from anywhere');
    for (const t of POLICY_TEMPLATES.filter((x) => x.id !== 'allow-port-range'))
      expect(policyWarnings(t.build(NS), cluster).map((x) => x.code)).not.toContain('PortsWithoutPeers');
  });

  it('the kubectl-style description shows what the title promises', () => {
    const text = (id: string) => describeNetworkPolicy(build(id));
    expect(text('default-deny-ingress')).toContain('(Selected pods are isolated for ingress connectivity)');
    expect(text('default-deny-ingress')).toContain('Not affecting egress traffic');
    expect(text('default-deny-egress')).toContain('(Selected pods are isolated for egress connectivity)');
    expect(text('allow-all-ingress')).toContain('From: <any> (traffic not restricted by source)');
    // AND: both selectors in one peer, listed under a single "From:".
    expect(text('allow-from-pods-in-labelled-namespace')).toMatch(
      /From:\n\s+NamespaceSelector: team=frontend\n\s+PodSelector: app=web\n/,
    );
    expect(text('allow-dns-egress')).toMatch(/To Port: 53\/UDP\n\s+To Port: 53\/TCP/);
    expect(text('allow-egress-cidr-except')).toMatch(
      /IPBlock:\n\s+CIDR: 203\.0\.113\.0\/24\n\s+Except: 203\.0\.113\.128\/25/,
    );
    expect(text('allow-port-range')).toContain('To Port Range: 32000-32768/TCP');
    expect(text('limit-database-to-clients')).toContain('To Port: 5432/TCP');
  });
});
