// The bridge to real clusters, as the server composes it: load the clusters, guard every request,
// and hand /clusters/... to the bridge handler. See README-integration.md.
export { loadClusters, DEMO_CLUSTER, type ClusterRegistry, type LoadClustersOptions } from './registry';
export { createBridgeHandler, stripClusterPrefix, type BridgeHandlerOptions, type RequestHandler } from './handler';
export { createBridgeBefore } from './compose';
export { extractBridgeArgs, type BridgeArgs } from './args';
export { checkRequestSecurity, servedHosts } from './security';
export { sendStatus } from './bridge-status';
export { decideForward, normalizeApiPath } from './path-policy';
export { parseCceSpec, type CceClusterOption, type CceOptions } from './cce';
export {
  BridgeConfigError,
  consoleLogger,
  type AuthKind,
  type BridgeLogger,
  type ClusterInfo,
  type ClusterKind,
} from './types';
