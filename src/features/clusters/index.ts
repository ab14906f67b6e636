// Public API of the clusters feature: the cluster bar (header), the policy list and the
// "Save changes" bar the editor page mounts.
export { ClusterBar } from './components/cluster-bar';
export { ClusterPolicies, type ClusterPoliciesProps } from './components/policy-list';
export { SaveChangesBar, type SaveChangesBarProps } from './components/save-changes-bar';
