// Durable persistence for the demo cluster: a snapshot file plus an append-only, fsync'd journal
// of JSON lines, with group commit. Node only; the in-memory state lives in store.ts.
//
// Why this design (measured on the project's machine, node 20, see toolchain-notes §6):
// - No native code: better-sqlite3 compiles for ~1 minute on every fresh install, lmdb/level ship
//   binaries, node:sqlite does not exist on node 20. Plain files need nothing.
// - A full atomic rewrite of the store (tmp + fsync + rename + fsync dir) cost 2.2 ms for 2,000
//   policies on a quiet machine (15 ms under load) and grows with the store, so rewriting on every
//   write makes the bench (thousands of creates) quadratic. One fdatasync of an appended line cost
//   0.15 ms quiet (5-20 ms while other jobs hammered the disk). Group commit makes one fsync cover
//   every write that arrived meanwhile, and up to 4 fsyncs overlap, so 16 concurrent clients share
//   them instead of queueing behind each other.
// - The journal is compacted into the snapshot atomically (tmp, fsync, rename, fsync dir) when it
//   grows past twice the live objects; replay skips journal records already in the snapshot, so a
//   crash between the two steps of compaction loses nothing.
// - kill -9 cannot tear a write that write(2) completed (the page cache survives the process);
//   a torn tail after a power loss is a partial last line, which load() drops and truncates.
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { jsonOf } from './json-cache';
import { isSnapshot, LOCK, parseRecord, readIfExists, syncDir, takeLock } from './journal-files';

/** One stored object change. `obj` is absent for deletions. */
export interface JournalOp {
  res: string;
  key: string;
  obj?: Record<string, unknown>;
}

/** One transaction: every op in it becomes durable together. */
export interface JournalRecord {
  rv: number;
  ops: JournalOp[];
}

export interface Snapshot {
  format: 1;
  rv: number;
  objects: Record<string, Record<string, unknown>[]>;
}

export interface LoadedState {
  /** Null when the directory held no data yet (first start: seed it). */
  snapshot: Snapshot | null;
  records: JournalRecord[];
}

const SNAPSHOT = 'snapshot.json';
const JOURNAL = 'journal.jsonl';

export class Journal {
  private fd: number | null = null;
  /** Records waiting to be written (in order), with their acknowledgement callbacks. */
  private pending: { line: string; done: (err: Error | null) => void }[] = [];
  private compactions: { make: () => Snapshot; done: (err: Error | null) => void }[] = [];
  private inflight = 0;
  private compacting = false;
  private scheduled = false;
  private linesSinceSnapshot = 0;
  private failed: Error | null = null;

  private constructor(readonly dir: string) {}

  /** Opens (creating) the directory and reads what is there, repairing a torn journal tail. */
  static async open(dir: string): Promise<{ journal: Journal; state: LoadedState }> {
    await fsp.mkdir(dir, { recursive: true });
    takeLock(dir);
    const j = new Journal(dir);
    // A leftover tmp file is an interrupted snapshot write: the rename never happened, so the old
    // snapshot plus the journal are still the truth.
    for (const f of await fsp.readdir(dir)) if (f.endsWith('.tmp')) await fsp.rm(path.join(dir, f), { force: true });
    let snapshot: Snapshot | null = null;
    const snapText = await readIfExists(path.join(dir, SNAPSHOT));
    if (snapText !== null) {
      const parsed: unknown = JSON.parse(snapText);
      if (!isSnapshot(parsed)) throw new Error(`${path.join(dir, SNAPSHOT)} is not a NetworkPolicy Studio snapshot`);
      snapshot = parsed;
    }
    const journalPath = path.join(dir, JOURNAL);
    const text = (await readIfExists(journalPath)) ?? '';
    const records: JournalRecord[] = [];
    let goodBytes = 0;
    let offset = 0;
    while (offset < text.length) {
      const nl = text.indexOf('\n', offset);
      if (nl < 0) break; // a line without its newline was never acknowledged
      const line = text.slice(offset, nl);
      const rec = parseRecord(line);
      if (rec === null) break;
      records.push(rec);
      offset = nl + 1;
      goodBytes += Buffer.byteLength(line, 'utf8') + 1;
    }
    if (offset < text.length) {
      console.error(`netpol-studio: dropping a torn tail of ${journalPath} (${text.length - offset} chars)`);
      await fsp.truncate(journalPath, goodBytes);
    }
    j.fd = fs.openSync(journalPath, 'a');
    j.linesSinceSnapshot = records.length;
    if (snapshot === null && records.length > 0) snapshot = { format: 1, rv: 0, objects: {} };
    return { journal: j, state: { snapshot, records } };
  }

  /**
   * Resolves once the record is on disk. Appends are written in call order (synchronously, so a
   * later transaction can never precede an earlier one in the file) and acknowledged after an
   * fdatasync that started after their write.
   */
  append(rec: JournalRecord): Promise<void> {
    if (this.failed !== null) return Promise.reject(this.failed);
    const line = `${recordLine(rec)}\n`;
    return new Promise<void>((resolve, reject) => {
      this.pending.push({ line, done: (err) => (err === null ? resolve() : reject(err)) });
      this.schedule();
    });
  }

  /** How many journal lines exist beyond the snapshot (the store decides when to compact). */
  get journalLength(): number {
    return this.linesSinceSnapshot;
  }

  /**
   * Writes a snapshot atomically and empties the journal. `make` is called once no fsync is in
   * flight and before any later append is written, so the snapshot holds everything written.
   */
  compact(make: () => Snapshot): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.compactions.push({ make, done: (err) => (err === null ? resolve() : reject(err)) });
      this.schedule();
    });
  }

  /**
   * Group commit: work starts after the I/O callbacks already queued have run, so requests that
   * arrive together share one fsync. Up to MAX_INFLIGHT fsyncs overlap: under a slow disk a new
   * batch need not wait for the previous batch's fsync (its own fsync covers its own write).
   */
  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      this.pump();
    });
  }

  private pump(): void {
    if (this.compacting || this.fd === null) return;
    if (this.failed !== null) {
      this.fail(this.failed);
      return;
    }
    if (this.compactions.length > 0) {
      if (this.inflight === 0) void this.runCompaction();
      return;
    }
    if (this.pending.length === 0 || this.inflight >= MAX_INFLIGHT) return;
    const batch = this.pending;
    this.pending = [];
    try {
      fs.writeSync(this.fd, batch.map((b) => b.line).join(''));
    } catch (err) {
      this.fail(toError(err), batch);
      return;
    }
    this.linesSinceSnapshot += batch.length;
    this.inflight++;
    fs.fdatasync(this.fd, (err) => {
      this.inflight--;
      if (err !== null) {
        this.fail(toError(err), batch);
        return;
      }
      for (const b of batch) b.done(null);
      this.pump();
    });
  }

  private async runCompaction(): Promise<void> {
    this.compacting = true;
    const jobs = this.compactions;
    this.compactions = [];
    try {
      const last = jobs[jobs.length - 1];
      if (last !== undefined) await this.writeSnapshot(last.make());
      for (const j of jobs) j.done(null);
    } catch (err) {
      this.fail(toError(err));
      for (const j of jobs) j.done(toError(err));
    } finally {
      this.compacting = false;
    }
    this.pump();
  }

  /**
   * A failed write or fsync leaves the file's state unknown (the "fsyncgate" lesson): stop taking
   * writes rather than acknowledge anything that might not be on disk.
   */
  private fail(err: Error, batch: { done: (err: Error | null) => void }[] = []): void {
    this.failed ??= err;
    for (const b of [...batch, ...this.pending]) b.done(this.failed);
    this.pending = [];
  }

  private async writeSnapshot(snap: Snapshot): Promise<void> {
    const final = path.join(this.dir, SNAPSHOT);
    const tmp = `${final}.${process.pid}.tmp`;
    const fh = await fsp.open(tmp, 'w');
    try {
      await fh.writeFile(JSON.stringify(snap));
      await fh.sync();
    } finally {
      await fh.close();
    }
    await fsp.rename(tmp, final);
    await syncDir(this.dir);
    // Only now is the journal redundant: records up to snap.rv are skipped on replay anyway.
    if (this.fd !== null) {
      fs.ftruncateSync(this.fd, 0);
      fs.fsyncSync(this.fd);
    }
    this.linesSinceSnapshot = 0;
  }

  /** Waits for pending writes and syncs, then closes the file. */
  async close(): Promise<void> {
    while (
      this.scheduled ||
      this.compacting ||
      this.inflight > 0 ||
      this.pending.length > 0 ||
      this.compactions.length > 0
    ) {
      if (this.failed !== null) break;
      await new Promise((r) => setTimeout(r, 1));
    }
    if (this.fd !== null) fs.closeSync(this.fd);
    fs.rmSync(path.join(this.dir, LOCK), { force: true });
    this.fd = null;
  }
}

const MAX_INFLIGHT = 4;

/**
 * JSON of a record, reusing each object's serialisation through jsonOf: the response for the same
 * object is then written from the same string instead of stringifying it twice.
 */
function recordLine(rec: JournalRecord): string {
  const ops = rec.ops.map(
    (op) =>
      `{"res":${JSON.stringify(op.res)},"key":${JSON.stringify(op.key)}${op.obj === undefined ? '' : `,"obj":${jsonOf(op.obj)}`}}`,
  );
  return `{"rv":${rec.rv},"ops":[${ops.join(',')}]}`;
}
const toError = (err: unknown): Error => (err instanceof Error ? err : new Error(String(err)));
