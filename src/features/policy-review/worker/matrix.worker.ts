// Web Worker: computes the before/after reachability matrices off the main thread, so typing in
// the editor stays responsive while a large cluster is evaluated.
import { computeMatrices, type MatrixRequest, type MatrixResponse } from '../model/compute-matrices';

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<MatrixRequest>) => void) | null;
  postMessage(msg: MatrixResponse, transfer: Transferable[]): void;
};

scope.onmessage = (e) => {
  const req = e.data;
  try {
    const result = computeMatrices(req);
    const transfer: Transferable[] = [result.after.buffer];
    if (result.before !== null) transfer.push(result.before.buffer);
    scope.postMessage({ ok: true, result }, transfer);
  } catch (err) {
    scope.postMessage({ ok: false, id: req.id, error: err instanceof Error ? err.message : String(err) }, []);
  }
};
