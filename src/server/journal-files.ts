// File-level helpers of the journal: the data-directory lock, directory fsync, tolerant reads
// and record/snapshot shape checks.
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import type { JournalRecord, Snapshot } from './journal';

export const LOCK = 'lock';

/**
 * One server per data directory: two processes appending to one journal would interleave
 * transactions. A lock left by a killed process (its pid no longer runs) is taken over.
 */
export function takeLock(dir: string): void {
  const file = path.join(dir, LOCK);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(file, String(process.pid), { flag: 'wx' });
      return;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    const pid = Number(fs.readFileSync(file, 'utf8').trim());
    if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && isRunning(pid)) {
      throw new Error(`${dir} is in use by another NetworkPolicy Studio server (pid ${pid})`);
    }
    fs.rmSync(file, { force: true });
  }
  throw new Error(`cannot lock ${dir}`);
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export async function syncDir(dir: string): Promise<void> {
  const d = await fsp.open(dir, 'r');
  try {
    await d.sync();
  } finally {
    await d.close();
  }
}

export async function readIfExists(file: string): Promise<string | null> {
  try {
    return await fsp.readFile(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
}

export function parseRecord(line: string): JournalRecord | null {
  try {
    const v: unknown = JSON.parse(line);
    if (typeof v !== 'object' || v === null) return null;
    const r = v as { rv?: unknown; ops?: unknown };
    if (typeof r.rv !== 'number' || !Array.isArray(r.ops)) return null;
    return v as JournalRecord;
  } catch {
    return null;
  }
}

export function isSnapshot(v: unknown): v is Snapshot {
  if (typeof v !== 'object' || v === null) return false;
  const s = v as { format?: unknown; rv?: unknown; objects?: unknown };
  return s.format === 1 && typeof s.rv === 'number' && typeof s.objects === 'object' && s.objects !== null;
}
