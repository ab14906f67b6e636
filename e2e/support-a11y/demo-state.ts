// Brings the demo cluster's NetworkPolicies back to the shipped seed before screenshots (other specs
// may leave policies behind) and reports what could not be restored, so a picture is only saved
// from the state every run starts with.
import { readFile } from 'node:fs/promises';
import { expect, type APIRequestContext } from '@playwright/test';
import { parseAllDocuments } from 'yaml';
import { deletePolicy } from './drafts';

/** The seed the e2e server starts from (scripts/start.js --in-memory with no --seed). */
const SEED_FILE = 'src/server/demo-data/web-shop.yaml';

interface Listed {
  metadata: { name: string; namespace: string; generation?: number };
}

async function seedPolicies(): Promise<Set<string>> {
  const docs = parseAllDocuments(await readFile(SEED_FILE, 'utf8'));
  const keys = new Set<string>();
  for (const doc of docs) {
    const o = doc.toJSON() as { kind?: string; metadata?: { name?: string; namespace?: string } } | null;
    if (o?.kind === 'NetworkPolicy' && o.metadata?.name !== undefined)
      keys.add(`${o.metadata.namespace ?? 'default'}/${o.metadata.name}`);
  }
  return keys;
}

async function listed(request: APIRequestContext, path: string): Promise<Listed[]> {
  const res = await request.get(path);
  expect(res.ok(), `GET ${path}`).toBe(true);
  return ((await res.json()) as { items: Listed[] }).items;
}

/**
 * Deletes every NetworkPolicy the seed does not have, then returns what still differs from the seed
 * (a seed policy changed or deleted by another spec, pods added): empty when the cluster is as shipped.
 */
export async function restoreSeedPolicies(request: APIRequestContext): Promise<string[]> {
  const seed = await seedPolicies();
  for (const p of await listed(request, '/apis/networking.k8s.io/v1/networkpolicies')) {
    const key = `${p.metadata.namespace}/${p.metadata.name}`;
    if (!seed.has(key)) await deletePolicy(request, p.metadata.namespace, p.metadata.name);
  }
  const problems: string[] = [];
  const now = await listed(request, '/apis/networking.k8s.io/v1/networkpolicies');
  const present = new Set(now.map((p) => `${p.metadata.namespace}/${p.metadata.name}`));
  for (const key of seed) if (!present.has(key)) problems.push(`seed policy ${key} was deleted`);
  for (const p of now)
    if ((p.metadata.generation ?? 1) !== 1)
      problems.push(`seed policy ${p.metadata.namespace}/${p.metadata.name} was changed`);
  const seedText = await readFile(SEED_FILE, 'utf8');
  const seedPods = (seedText.match(/^kind: Pod$/gm) ?? []).length;
  const pods = await listed(request, '/api/v1/pods');
  if (pods.length !== seedPods) problems.push(`${pods.length} pods instead of the seed's ${seedPods}`);
  return problems;
}
