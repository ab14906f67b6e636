// @vitest-environment happy-dom
import { describe, it, expect, afterEach, vi } from 'vitest';
import { act, cleanup, renderHook } from '@testing-library/react';
import type { MatrixRequest, MatrixResponse } from '../model/compute-matrices';
import { MATRIX_DEBOUNCE_MS, useMatrixWorker } from './use-matrix-worker';

class FakeWorker {
  static last: FakeWorker | null = null;
  posted: MatrixRequest[] = [];
  onmessage: ((e: MessageEvent<MatrixResponse>) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  terminated = false;
  constructor() {
    FakeWorker.last = this;
  }
  postMessage(req: MatrixRequest) {
    this.posted.push(req);
  }
  terminate() {
    this.terminated = true;
  }
  answer(id: number, allowed: number) {
    const result = { id, pods: ['a/x'], before: null, after: new Uint8Array([allowed]), diff: null, ms: 1 };
    this.onmessage?.({ data: { ok: true, result } } as MessageEvent<MatrixResponse>);
  }
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

const input = (port: number): Omit<MatrixRequest, 'id'> => ({
  cluster: { namespaces: [], pods: [] },
  before: null,
  after: [],
  probe: { port, protocol: 'TCP' },
});

describe('useMatrixWorker', () => {
  it('debounces changes into one request, shows computing, and keeps only the newest answer', async () => {
    vi.useFakeTimers();
    vi.stubGlobal('Worker', FakeWorker);
    const { result, rerender, unmount } = renderHook(({ i }) => useMatrixWorker(i), {
      initialProps: { i: input(80) },
    });
    const w = FakeWorker.last;
    if (w === null) throw new Error('no worker created');
    expect(result.current.computing).toBe(true);
    rerender({ i: input(81) });
    rerender({ i: input(82) });
    await act(async () => {
      await vi.advanceTimersByTimeAsync(MATRIX_DEBOUNCE_MS + 10);
    });
    expect(w.posted.map((r) => r.probe.port)).toEqual([82]);
    const newest = w.posted[0]?.id ?? -1;
    // An answer to an older request is ignored; the newest one ends "computing".
    act(() => w.answer(newest - 1, 0));
    expect(result.current.result).toBeNull();
    expect(result.current.computing).toBe(true);
    act(() => w.answer(newest, 1));
    expect(result.current.computing).toBe(false);
    expect(result.current.result?.after[0]).toBe(1);
    unmount();
    expect(w.terminated).toBe(true);
  });

  it('reports a worker error and stops computing', async () => {
    vi.useFakeTimers();
    vi.stubGlobal('Worker', FakeWorker);
    const once = input(80);
    const { result } = renderHook(() => useMatrixWorker(once));
    await act(async () => {
      await vi.advanceTimersByTimeAsync(MATRIX_DEBOUNCE_MS + 10);
    });
    const w = FakeWorker.last;
    const id = w?.posted[0]?.id ?? -1;
    act(() => w?.onmessage?.({ data: { ok: false, id, error: 'boom' } } as MessageEvent<MatrixResponse>));
    expect(result.current).toMatchObject({ computing: false, error: 'boom', result: null });
  });
});
