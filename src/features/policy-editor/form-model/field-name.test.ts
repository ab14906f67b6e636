// Kubernetes paths map to the form control (or group) that edits them, and to its DOM id.
import { describe, expect, it } from 'vitest';
import { parseFieldPath } from '../../../k8s/field';
import { fieldDomId, formFieldName } from './field-name';

const cases: [string, string | undefined][] = [
  ['metadata.name', 'metadata.name'],
  ['metadata.generateName', 'metadata.generateName'],
  ['metadata.namespace', 'metadata.namespace'],
  ['metadata.labels', 'metadata.labels'],
  ['metadata.annotations[a/b]', 'metadata.annotations'],
  ['metadata.uid', 'metadata'],
  ['metadata.managedFields[0].manager', 'metadata'],
  ['metadata.finalizers', 'metadata.finalizers'],
  ['metadata.finalizers[2]', 'metadata.finalizers.items.2.value'],
  // Upstream's ValidateOwnerReferences paths carry no index: the whole list shows them.
  ['metadata.ownerReferences', 'metadata.ownerReferences'],
  ['metadata.ownerReferences.apiVersion', 'metadata.ownerReferences'],
  ['metadata.ownerReferences.uid', 'metadata.ownerReferences'],
  // Indexed paths (the decoder's type errors, server causes) land on the item or its control.
  ['metadata.ownerReferences[0]', 'metadata.ownerReferences.items.0'],
  ['metadata.ownerReferences[0].uid', 'metadata.ownerReferences.items.0.uid'],
  ['metadata.ownerReferences[1].controller', 'metadata.ownerReferences.items.1.controller'],
  ['metadata.ownerReferences[1].blockOwnerDeletion', 'metadata.ownerReferences.items.1.blockOwnerDeletion'],
  ['metadata.ownerReferences[1].other', 'metadata.ownerReferences.items.1'],
  ['kind', 'kind'],
  ['status', undefined],
  ['spec', 'spec'],
  ['spec.podSelector.matchLabels', 'spec.podSelector.matchLabels'],
  ['spec.podSelector.matchExpressions[1].values', 'spec.podSelector.matchExpressions.items.1.values'],
  ['spec.podSelector.matchExpressions[1].values[0]', 'spec.podSelector.matchExpressions.items.1.values'],
  ['spec.policyTypes[0]', 'spec.policyTypes'],
  ['spec.ingress', 'spec.ingress'],
  ['spec.ingress[0]', 'spec.ingress.items.0'],
  ['spec.ingress[0].ports[1].port', 'spec.ingress.items.0.ports.items.1.port'],
  ['spec.ingress[0].ports[1].endPort', 'spec.ingress.items.0.ports.items.1.endPort'],
  ['spec.ingress[0].ports[1]', 'spec.ingress.items.0.ports.items.1'],
  ['spec.ingress[0].from[2]', 'spec.ingress.items.0.peers.items.2'],
  ['spec.ingress[0].to[2]', 'spec.ingress.items.0'],
  ['spec.egress[3].to[2].ipBlock.cidr', 'spec.egress.items.3.peers.items.2.ipBlock.cidr'],
  ['spec.egress[3].to[2].ipBlock.except[1]', 'spec.egress.items.3.peers.items.2.ipBlock.except.items.1.value'],
  [
    'spec.egress[0].to[0].namespaceSelector.matchExpressions[0].operator',
    'spec.egress.items.0.peers.items.0.namespaceSelector.matchExpressions.items.0.operator',
  ],
];

describe('formFieldName', () => {
  it.each(cases)('%s -> %s', (path, name) => {
    expect(formFieldName(parseFieldPath(path))).toBe(name);
  });
});

describe('fieldDomId', () => {
  it('derives a valid, unique element id from the path', () => {
    expect(fieldDomId('spec.ingress[0].ports[1].port')).toBe('pf-spec-ingress-items-0-ports-items-1-port');
    expect(fieldDomId('metadata.labels[app]')).toBe('pf-metadata-labels');
    expect(fieldDomId('status.x')).toBe('pf-root');
    expect(fieldDomId('metadata.finalizers[0]')).toBe('pf-metadata-finalizers-items-0-value');
    expect(fieldDomId('metadata.ownerReferences.kind')).toBe('pf-metadata-ownerReferences');
    expect(fieldDomId('metadata.ownerReferences[0].controller')).toBe('pf-metadata-ownerReferences-items-0-controller');
  });
});
