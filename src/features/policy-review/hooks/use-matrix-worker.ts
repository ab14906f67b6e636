// Runs the matrix computation in a Web Worker, debounced: only the newest request's answer is
// kept, and `computing` is true from the first change until that answer arrives.
import { useEffect, useRef, useState } from 'react';
import { computeMatrices, type MatrixRequest, type MatrixResponse, type MatrixResult } from '../model/compute-matrices';

export const MATRIX_DEBOUNCE_MS = 200;

export interface MatrixState {
  result: MatrixResult | null;
  computing: boolean;
  error: string | null;
}

/** The matrix worker, as the panel uses it (exported for the browser benchmark's harness). */
export function createMatrixWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null;
  return new Worker(new URL('../worker/matrix.worker.ts', import.meta.url), { type: 'module' });
}

/** `input` must be memoised by the caller: a new object means "recompute". */
export function useMatrixWorker(input: Omit<MatrixRequest, 'id'> | null): MatrixState {
  const [state, setState] = useState<MatrixState>({ result: null, computing: false, error: null });
  const worker = useRef<Worker | null>(null);
  const latest = useRef(0);

  useEffect(() => {
    const w = createMatrixWorker();
    worker.current = w;
    if (w !== null) {
      w.onmessage = (e: MessageEvent<MatrixResponse>) => {
        const msg = e.data;
        const id = msg.ok ? msg.result.id : msg.id;
        if (id !== latest.current) return;
        setState(
          msg.ok
            ? { result: msg.result, computing: false, error: null }
            : (s) => ({ ...s, computing: false, error: msg.error }),
        );
      };
      w.onerror = (e) => setState((s) => ({ ...s, computing: false, error: e.message || 'the worker failed' }));
    }
    return () => {
      w?.terminate();
      worker.current = null;
    };
  }, []);

  useEffect(() => {
    if (input === null) return;
    const id = ++latest.current;
    setState((s) => (s.computing ? s : { ...s, computing: true }));
    const timer = setTimeout(() => {
      const req: MatrixRequest = { ...input, id };
      const w = worker.current;
      if (w !== null) {
        w.postMessage(req);
        return;
      }
      // No Worker (tests in a DOM emulation): compute here; still debounced and newest-wins.
      try {
        const result = computeMatrices(req);
        if (id === latest.current) setState({ result, computing: false, error: null });
      } catch (err) {
        setState((s) => ({ ...s, computing: false, error: err instanceof Error ? err.message : String(err) }));
      }
    }, MATRIX_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [input]);

  return state;
}
