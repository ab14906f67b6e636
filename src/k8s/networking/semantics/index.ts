// Public API of the NetworkPolicy semantics engine (pure: runs in the browser, the server and the CLI).
export { compileSelector, formatLabelSelector, selectorMatches, type CompiledSelector, type Labels } from './selector';
export { cidrContains, cidrOverlaps, cidrWithin, formatIP, parseCidr, parseIP, type Cidr, type IPAddr } from './ip';
export {
  buildCluster,
  flattenObjects,
  namespaceLabels,
  podKey,
  NAMESPACE_NAME_LABEL,
  type BuildClusterResult,
  type Cluster,
  type ClusterNamespace,
  type ClusterPod,
  type ContainerPort,
} from './model';
export {
  compilePeer,
  compilePolicies,
  compilePolicy,
  compilePort,
  policyNamespace,
  type CompiledPeer,
  type CompiledPolicy,
  type CompiledPort,
  type CompiledRule,
} from './compile';
export { indexCluster, peerMatchesPod, portMatches, type ClusterIndex, type Endpoint, type Probe } from './match';
export {
  decideConnection,
  decideDirection,
  isolatingPolicies,
  resolveEndpoint,
  type ConnectionVerdict,
  type Direction,
  type DirectionVerdict,
  type RuleMatch,
} from './decide';
export {
  matrixDiff,
  matrixGet,
  naiveReachabilityMatrix,
  reachabilityMatrix,
  toCompiled,
  type MatrixChange,
  type ReachabilityMatrix,
} from './matrix';
export { affectedPods, type AffectedPods, type PodMatch } from './affected';
export {
  explainNetworkPolicy,
  IPBLOCK_NOTE,
  type DirectionExplanation,
  type PeerExplanation,
  type PolicyExplanation,
  type PortExplanation,
  type RuleExplanation,
} from './explain';
export { describeNetworkPolicy } from './describe';
export { explainConnection, type ConnectionExplanation } from './explain-connection';
export {
  describeLabels,
  describeNamespaces,
  describePeer,
  describePeers,
  describePort,
  describePorts,
  describeSelectedPods,
  IPBLOCK_POD_CAVEAT,
} from './wording';
export { policyWarnings, type PolicyWarning, type WarningCode } from './warnings';
export { sanitizePolicy } from './sanitize';
