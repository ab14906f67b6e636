// Shared pieces of the translated upstream e2e scenarios: constants, label mutations (AddPodLabels,
// AddNamespaceLabel) and policies used by more than one test.
import type { NetworkPolicyIngressRule } from '../../types';
import type { Cluster } from '../model';
import { genPolicy, genPolicyMatchLabels as genML, inNs, podIP, setEgress, setIngress } from './xyz-model';

export const NS_KEY = 'kubernetes.io/metadata.name';
export const TCP = 'TCP' as const;

/** AddPodLabels: merges labels into a pod of the model. */
export const addPodLabels = (ns: string, pod: string, labels: Record<string, string>) => (c: Cluster) => {
  const p = c.pods.find((x) => x.namespace === ns && x.name === pod);
  if (p) p.labels = { ...p.labels, ...labels };
};

/** AddNamespaceLabel. */
export const addNsLabel = (ns: string, k: string, v: string) => (c: Cluster) => {
  const n = c.namespaces.find((x) => x.name === ns);
  if (n) n.labels = { ...n.labels, [k]: v };
};

/** "should enforce except clause ...": cidr <x/a IP>/4 (masked: 0.0.0.0/4), except <x/b IP>/32. */
export const exceptPolicy = inNs(
  'x',
  genML(
    'allow-client-a-via-cidr-egress-rule',
    { pod: 'a' },
    setEgress({ to: [{ ipBlock: { cidr: '0.0.0.0/4', except: [`${podIP('x', 'b')}/32`] } }] }),
  ),
);
export const nsYpodA = {
  namespaceSelector: { matchLabels: { [NS_KEY]: 'y' } },
  podSelector: { matchLabels: { pod: 'a' } },
};

export const denyIngressX = inNs('x', genPolicy('deny-ingress', {}, setIngress()));
export const allowPort = (port: number): NetworkPolicyIngressRule => ({
  from: [{ namespaceSelector: { matchLabels: { [NS_KEY]: 'y' } } }],
  ports: [{ port, protocol: 'TCP' }],
});
export const port81Policy = inNs('x', genML('allow-client-a-via-ns-selector', { pod: 'a' }, setIngress(allowPort(81))));
export const port80Policy = inNs(
  'x',
  genML('allow-client-a-via-ns-selector-80', { pod: 'a' }, setIngress(allowPort(80))),
);
