// The demo cluster's object store: in-memory maps, one global resourceVersion counter, synchronous
// transactions (so check-then-write is atomic in Node's single thread) made durable by journal.ts.
import { Journal, type JournalOp, type JournalRecord, type Snapshot } from './journal';

export type Obj = Record<string, unknown> & { metadata: Record<string, unknown> };
export type Resource = 'namespaces' | 'pods' | 'networkpolicies';
export const RESOURCES: readonly Resource[] = ['namespaces', 'pods', 'networkpolicies'];

export type WatchEventType = 'ADDED' | 'MODIFIED' | 'DELETED';
export interface WatchEvent {
  type: WatchEventType;
  res: Resource;
  rv: number;
  object: Obj;
}

/** The write side of one transaction. Objects passed in become owned by the store. */
export interface Tx {
  get(res: Resource, namespace: string, name: string): Obj | undefined;
  list(res: Resource, namespace?: string): Obj[];
  /** Inserts or replaces; assigns and returns the new resourceVersion (set on the object). */
  put(res: Resource, obj: Obj): Obj;
  remove(res: Resource, namespace: string, name: string): Obj | undefined;
}

const keyOf = (namespace: string, name: string): string => (namespace === '' ? name : `${namespace}/${name}`);
const nameOf = (o: Obj): string => String(o.metadata.name ?? '');
const nsOf = (o: Obj): string => String(o.metadata.namespace ?? '');

/** How many past events a watch can resume from before it gets 410 Gone. */
const HISTORY = 2000;

export class Store {
  private maps = new Map<Resource, Map<string, Obj>>(RESOURCES.map((r) => [r, new Map()]));
  private rv: number;
  private listeners = new Set<(ev: WatchEvent) => void>();
  private history: WatchEvent[] = [];
  private closed = false;

  private constructor(
    private readonly journal: Journal | null,
    rv: number,
  ) {
    this.rv = rv;
  }

  /** A store that writes nothing to disk (--in-memory, tests). */
  static inMemory(seed: Obj[] = []): Store {
    const s = new Store(null, 0);
    s.load(seed);
    return s;
  }

  /** Opens the durable store in `dir`; on first use it starts from `seed` (written durably). */
  static async open(dir: string, seed: () => Obj[]): Promise<Store> {
    const { journal, state } = await Journal.open(dir);
    const s = new Store(journal, state.snapshot?.rv ?? 0);
    if (state.snapshot === null) {
      s.load(seed());
      await journal.compact(() => s.snapshot());
      return s;
    }
    for (const [res, objs] of Object.entries(state.snapshot.objects)) {
      const m = s.maps.get(res as Resource);
      if (m !== undefined) for (const o of objs) m.set(keyOf(nsOf(o as Obj), nameOf(o as Obj)), o as Obj);
    }
    for (const rec of state.records) {
      if (rec.rv <= state.snapshot.rv) continue;
      for (const op of rec.ops) {
        const m = s.maps.get(op.res as Resource);
        if (m === undefined) continue;
        if (op.obj === undefined) m.delete(op.key);
        else m.set(op.key, op.obj as Obj);
      }
      s.rv = Math.max(s.rv, rec.rv);
    }
    return s;
  }

  private load(seed: Obj[]): void {
    for (const o of seed) {
      const res = resourceOfKind(String(o.kind ?? ''));
      if (res === undefined) continue;
      o.metadata = placeResourceVersion(o.metadata, String(++this.rv));
      this.maps.get(res)?.set(keyOf(nsOf(o), nameOf(o)), o);
    }
  }

  get resourceVersion(): string {
    return String(this.rv);
  }

  get durable(): boolean {
    return this.journal !== null;
  }

  get(res: Resource, namespace: string, name: string): Obj | undefined {
    return this.maps.get(res)?.get(keyOf(namespace, name));
  }

  list(res: Resource, namespace?: string): Obj[] {
    const all = [...(this.maps.get(res)?.values() ?? [])];
    const out = namespace === undefined ? all : all.filter((o) => nsOf(o) === namespace);
    // Lists come back in key order, as etcd returns them.
    return out.sort((a, b) => {
      const ka = keyOf(nsOf(a), nameOf(a));
      const kb = keyOf(nsOf(b), nameOf(b));
      return ka < kb ? -1 : ka > kb ? 1 : 0;
    });
  }

  /**
   * Runs `fn` synchronously against the current state; its writes are applied at once (later
   * requests see them) and the promise resolves with fn's result when they are durable.
   * If fn throws, nothing it wrote is kept.
   */
  async transact<T>(fn: (tx: Tx) => T): Promise<T> {
    if (this.closed) throw new Error('the store is closed');
    const ops: JournalOp[] = [];
    const events: WatchEvent[] = [];
    const undo: (() => void)[] = [];
    const startRv = this.rv;
    const tx: Tx = {
      get: (res, ns, name) => this.get(res, ns, name),
      list: (res, ns) => this.list(res, ns),
      put: (res, obj) => {
        const m = this.maps.get(res);
        if (m === undefined) throw new Error(`unknown resource ${res}`);
        const key = keyOf(nsOf(obj), nameOf(obj));
        const prev = m.get(key);
        undo.push(() => (prev === undefined ? m.delete(key) : m.set(key, prev)));
        const rv = ++this.rv;
        obj.metadata = placeResourceVersion(obj.metadata, String(rv));
        m.set(key, obj);
        ops.push({ res, key, obj });
        events.push({ type: prev === undefined ? 'ADDED' : 'MODIFIED', res, rv, object: obj });
        return obj;
      },
      remove: (res, ns, name) => {
        const m = this.maps.get(res);
        const key = keyOf(ns, name);
        const prev = m?.get(key);
        if (m === undefined || prev === undefined) return undefined;
        undo.push(() => m.set(key, prev));
        m.delete(key);
        const rv = ++this.rv;
        ops.push({ res, key });
        // A deleted object is reported with the resourceVersion of its deletion, as etcd3 does.
        const gone = { ...prev, metadata: { ...prev.metadata, resourceVersion: String(rv) } };
        events.push({ type: 'DELETED', res, rv, object: gone });
        return prev;
      },
    };
    let result: T;
    try {
      result = fn(tx);
    } catch (err) {
      for (const u of undo.reverse()) u();
      this.rv = startRv;
      throw err;
    }
    if (ops.length === 0) return result;
    const rec: JournalRecord = { rv: this.rv, ops };
    if (this.journal !== null) {
      await this.journal.append(rec);
      if (this.journal.journalLength > Math.max(1000, 2 * this.size())) {
        void this.journal
          .compact(() => this.snapshot())
          .catch((err: unknown) => {
            console.error(`netpol-studio: compaction failed: ${String(err)}`);
          });
      }
    }
    for (const ev of events) this.emit(ev);
    return result;
  }

  private size(): number {
    let n = 0;
    for (const m of this.maps.values()) n += m.size;
    return n;
  }

  private snapshot(): Snapshot {
    const objects: Snapshot['objects'] = {};
    for (const [res, m] of this.maps) objects[res] = [...m.values()];
    return { format: 1, rv: this.rv, objects };
  }

  private emit(ev: WatchEvent): void {
    this.history.push(ev);
    // Trimmed in chunks so each write costs O(1) amortised (a splice per event would be O(HISTORY)).
    if (this.history.length > 2 * HISTORY) this.history.splice(0, this.history.length - HISTORY);
    for (const l of this.listeners) l(ev);
  }

  /**
   * Events after resourceVersion `since` (null: too old, the caller answers 410 Gone), then live
   * events through `listener` until the returned function is called.
   */
  watch(since: number, listener: (ev: WatchEvent) => void): { backlog: WatchEvent[] | null; stop: () => void } {
    const oldest = this.history[0]?.rv ?? this.rv + 1;
    const backlog = since >= this.rv ? [] : since + 1 < oldest ? null : this.history.filter((e) => e.rv > since);
    this.listeners.add(listener);
    return { backlog, stop: () => this.listeners.delete(listener) };
  }

  async close(): Promise<void> {
    this.closed = true;
    this.listeners.clear();
    await this.journal?.close();
  }
}

/** ObjectMeta's field order keeps resourceVersion after uid, wherever the object set it. */
const BEFORE_RV = new Set(['name', 'generateName', 'namespace', 'selfLink', 'uid']);
function placeResourceVersion(meta: Record<string, unknown>, rv: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  let placed = false;
  for (const [k, v] of Object.entries(meta)) {
    if (k === 'resourceVersion') continue;
    if (!placed && !BEFORE_RV.has(k)) {
      out.resourceVersion = rv;
      placed = true;
    }
    out[k] = v;
  }
  if (!placed) out.resourceVersion = rv;
  return out;
}

export function resourceOfKind(kind: string): Resource | undefined {
  if (kind === 'Namespace') return 'namespaces';
  if (kind === 'Pod') return 'pods';
  if (kind === 'NetworkPolicy') return 'networkpolicies';
  return undefined;
}
