// The form model's public surface: conversions, new items, field names and DOM ids.
export { toFormModel, fromFormModel, fromPolicyTypes } from './policy-model';
export { newRule, newPort, fromPort, portOut } from './rule-model';
export { newOwnerRef, OWNER_REF_KEYS } from './owner-model';
export { newPeer, peerKind, peerKindParts, type PeerKind } from './peer-model';
export { newExpression, emptySelector, selectorIsEmpty, OPERATORS } from './selector-model';
export { keptKeys, decode, encode } from './kept';
export { duplicateKeys } from './collections';
export { formFieldName, fieldDomId, domIdForName } from './field-name';
export { modelLeafChanges } from './model-diff';
export type * from './types';
