// Watches every query and mutation of the app (the editor's create, the review's reads) and keeps
// the latest access failure (401, 403, unreachable), so the cluster bar can say it wherever the
// request came from. The clusters feature's own queries show their errors in place.
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { clusterKeys } from '../api/keys';
import { failureOf, isAccessFailure, type RequestFailure } from '../model/connection-state';

export interface AccessFailure {
  readonly failure: RequestFailure;
  readonly cluster: string;
  readonly seq: number;
}

export function useAccessFailures(cluster: string): [AccessFailure | undefined, () => void] {
  const client = useQueryClient();
  const [last, setLast] = useState<AccessFailure | undefined>(undefined);

  useEffect(() => {
    let seq = 0;
    const record = (err: unknown) => {
      const failure = failureOf(err);
      if (isAccessFailure(failure)) setLast({ failure, cluster, seq: ++seq });
    };
    const offQueries = client.getQueryCache().subscribe((e) => {
      if (e.type !== 'updated' || e.action.type !== 'error') return;
      if (e.query.queryKey[0] === clusterKeys.all[0]) return;
      record(e.action.error);
    });
    const offMutations = client.getMutationCache().subscribe((e) => {
      if (e.type === 'updated' && e.action.type === 'error') record(e.action.error);
    });
    return () => {
      offQueries();
      offMutations();
    };
  }, [client, cluster]);

  const shown = last !== undefined && last.cluster === cluster ? last : undefined;
  return [shown, () => setLast(undefined)];
}
