// The cluster bar in the header: which cluster and namespace the app talks to, the API server
// URL (never credentials), and the connection state, always visible.
import { useEffect, useId } from 'react';
import { useClusters, type ClusterInfo } from '../api/get-clusters';
import { useClusterSelection, useSelectCluster } from '../hooks';
import { getClusterSelection, subscribeClusterSelection } from '../../../lib/current-cluster';
import { describeFailure } from '../model/connection-state';
import { getOpenedPolicy, setOpenedPolicy, subscribeOpenedPolicy } from '../model/opened-policy';
import { loadSession, saveSession, startSession, tabStorage } from '../model/session';
import { ConnectionStatus } from './connection-status';
import { NamespacePicker } from './namespace-picker';
import { useAccessFailures } from './use-access-failures';
import './clusters.css';

const KIND_LABEL: Record<ClusterInfo['kind'], string> = {
  demo: 'built-in demo',
  kubeconfig: 'kubeconfig',
  cce: 'Huawei CCE',
};

export function ClusterBar() {
  const clusters = useClusters();
  const selection = useClusterSelection();
  const select = useSelectCluster();
  const [accessFailure, dismiss] = useAccessFailures(selection.cluster);
  const selectId = useId();
  const list = clusters.data;
  const info = list?.items.find((c) => c.name === selection.cluster);

  // First load: the tab's saved selection if the server still offers it, else the server's
  // selected cluster (--context) and its namespace.
  useEffect(() => {
    if (list === undefined || selection.namespace !== undefined) return;
    const start = startSession(list, loadSession(tabStorage()));
    if (start.opened !== undefined && getOpenedPolicy() === undefined) setOpenedPolicy(start.opened);
    select({ cluster: start.cluster, namespace: start.namespace });
  }, [list, selection.namespace, select]);

  // Saved for a reload of this tab.
  useEffect(() => {
    const save = () => {
      const s = getClusterSelection();
      const opened = getOpenedPolicy();
      if (s.namespace === undefined) return;
      saveSession(tabStorage(), {
        cluster: s.cluster,
        namespace: s.namespace,
        ...(opened !== undefined ? { opened } : {}),
      });
    };
    const offSelection = subscribeClusterSelection(save);
    const offOpened = subscribeOpenedPolicy(save);
    return () => {
      offSelection();
      offOpened();
    };
  }, []);

  const onCluster = (name: string) => {
    const next = list?.items.find((c) => c.name === name);
    select({ cluster: name, namespace: next?.namespace || 'default' });
  };

  return (
    <div className="cluster-bar" role="group" aria-label="Cluster connection">
      <span className="cluster-field">
        <label htmlFor={selectId}>Cluster</label>
        <select
          id={selectId}
          value={selection.cluster}
          onChange={(e) => onCluster(e.target.value)}
          disabled={list === undefined}
        >
          {(list?.items ?? [{ name: selection.cluster, kind: 'demo' as const }]).map((c) => (
            <option key={c.name} value={c.name}>
              {c.name} ({KIND_LABEL[c.kind]})
            </option>
          ))}
        </select>
      </span>
      <NamespacePicker
        key={`${selection.cluster}/${selection.namespace ?? ''}`}
        cluster={selection.cluster}
        namespace={selection.namespace ?? 'default'}
      />
      <span className="cluster-server" data-testid="cluster-server">
        {info === undefined || info.server === null ? 'this server (built-in demo cluster)' : info.server}
      </span>
      {info?.insecureSkipTLSVerify === true && (
        <span className="cluster-warning">TLS verification off (insecure-skip-tls-verify in the kubeconfig)</span>
      )}
      {info?.problem !== undefined && <span className="cluster-warning">{info.problem}</span>}
      <ConnectionStatus cluster={selection.cluster} />
      {clusters.isError && (
        <p className="message error" role="alert">
          Could not load the cluster list: {clusters.error.message}
        </p>
      )}
      {accessFailure !== undefined && (
        <p className="message error cluster-access" role="alert" key={accessFailure.seq}>
          Last request to {accessFailure.cluster} failed: {describeFailure(accessFailure.failure)}{' '}
          <button type="button" className="link" onClick={dismiss}>
            Dismiss
          </button>
        </p>
      )}
    </div>
  );
}
