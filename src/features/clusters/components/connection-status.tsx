// The connection state of one cluster, from GET /clusters/{name}/version: connected (with the
// version), unreachable, credentials rejected (401) or forbidden (403), with the server's message.
import { useClusterVersion } from '../api/get-version';
import {
  connectionFromError,
  connectionFromVersion,
  describeConnection,
  type ConnectionState,
} from '../model/connection-state';

function stateOf(q: ReturnType<typeof useClusterVersion>): ConnectionState {
  if (q.isPending) return { kind: 'checking' };
  if (q.isError) return connectionFromError(q.error);
  return connectionFromVersion(q.data);
}

export function ConnectionStatus({ cluster }: { readonly cluster: string }) {
  const version = useClusterVersion(cluster);
  const state = stateOf(version);
  const tone =
    state.kind === 'connected' ? 'ok' : state.kind === 'checking' ? 'busy' : `bad failure-${state.failure.kind}`;
  return (
    <span className="cluster-connection">
      <span className={`connection-state ${tone}`} role="status" aria-label="Connection" data-testid="connection-state">
        {describeConnection(state)}
      </span>
      <button type="button" onClick={() => void version.refetch()} disabled={version.isFetching}>
        Check again
      </button>
    </span>
  );
}
