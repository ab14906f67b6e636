// Keeps docs/screenshots current without churn: a fresh rendering replaces the committed PNG only
// when it differs by more than rendering noise, so a test run on an up-to-date checkout writes nothing.
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { compareImages, decodePng, type Difference } from './png';

/** A pixel counts as changed when a channel moves by more than this (anti-aliasing moves a few units). */
export const CHANNEL_TOLERANCE = 32;
/** More changed pixels than this is a real change; one changed digit is about 40-60 pixels. */
export const MAX_NOISE_PIXELS = 64;

export type Outcome =
  | 'identical' // same bytes as the committed file
  | 'noise' // different bytes, same picture: the committed file is kept
  | 'written' // a new or really different picture was saved over the committed file
  | 'stale'; // a really different picture, not saved (the state was not the seed's); kept in test-results

export interface Verdict {
  readonly outcome: Outcome;
  readonly file: string;
  readonly difference: Difference | null;
}

/** Whether `fresh` shows the same picture as `committed`, up to rendering noise. */
export function samePicture(committed: Uint8Array, fresh: Uint8Array): Difference & { same: boolean } {
  const d = compareImages(decodePng(committed), decodePng(fresh), CHANNEL_TOLERANCE);
  return { ...d, same: d.sameSize && d.pixels <= MAX_NOISE_PIXELS };
}

/**
 * Saves `fresh` as `file` unless the committed file already shows the same picture. With
 * `mayWrite` false a changed picture goes to `staleDir` instead, for a person to look at.
 */
export async function keepCurrent(file: string, fresh: Buffer, mayWrite: boolean, staleDir: string): Promise<Verdict> {
  if (existsSync(file)) {
    const committed = await readFile(file);
    if (committed.equals(fresh)) return { outcome: 'identical', file, difference: null };
    const d = samePicture(committed, fresh);
    if (d.same) return { outcome: 'noise', file, difference: d };
    if (!mayWrite) {
      await mkdir(staleDir, { recursive: true });
      const out = path.join(staleDir, path.basename(file));
      await writeFile(out, fresh);
      return { outcome: 'stale', file: out, difference: d };
    }
    await writeFile(file, fresh);
    return { outcome: 'written', file, difference: d };
  }
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, fresh);
  return { outcome: 'written', file, difference: null };
}
