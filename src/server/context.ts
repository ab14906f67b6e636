// What every API handler receives, and the body-reading steps shared by writes (415, then 413).
import type http from 'node:http';
import { unsupportedMediaTypeStatus, badRequestStatus } from '../k8s/status';
import { bodyFormat, parseMediaType, readBody, StatusError, type OutputKind } from './http-util';
import { parseDeleteOptions, type DeleteOptions } from './request-options';
import type { Store } from './store';

export interface Ctx {
  req: http.IncomingMessage;
  res: http.ServerResponse;
  query: URLSearchParams;
  output: OutputKind;
  pretty: boolean;
  store: Store;
  now: () => Date;
  maxBodyBytes: number;
  /** generateName's name maker (names.SimpleNameGenerator by default; tests force collisions). */
  generateName: (prefix: string) => string;
}

/** A create/update body: Content-Type checked first (415), then read within the limit (413). */
export async function readObjectBody(ctx: Ctx): Promise<{ body: Buffer; format: 'json' | 'yaml' }> {
  const format = bodyFormat(ctx.req.headers['content-type']);
  if (format === null) throw new StatusError(unsupportedMediaTypeStatus());
  return { body: await readBody(ctx.req, ctx.maxBodyBytes), format };
}

export type PatchType = 'json' | 'merge' | 'strategic' | 'apply';

const PATCH_TYPES: Record<string, PatchType> = {
  'application/json-patch+json': 'json',
  'application/merge-patch+json': 'merge',
  'application/strategic-merge-patch+json': 'strategic',
  'application/apply-patch+yaml': 'apply',
};

/** A PATCH body: its Content-Type names the patch type (415 with the patch types otherwise). */
export async function readPatchBody(ctx: Ctx, strategicAllowed: boolean): Promise<{ body: Buffer; type: PatchType }> {
  const m = parseMediaType(ctx.req.headers['content-type'] ?? '');
  const type = m === null ? undefined : PATCH_TYPES[`${m.type}/${m.subtype}`];
  if (type === undefined || (type === 'strategic' && !strategicAllowed)) {
    const accepted = [
      'application/json-patch+json',
      'application/merge-patch+json',
      'application/apply-patch+yaml',
      ...(strategicAllowed ? ['application/strategic-merge-patch+json'] : []),
    ];
    const s = unsupportedMediaTypeStatus();
    s.message = `the body of the request was in an unknown format - accepted media types include: ${accepted.join(', ')}`;
    throw new StatusError(s);
  }
  return { body: await readBody(ctx.req, ctx.maxBodyBytes), type };
}

/** A DELETE's options: the optional DeleteOptions body (a JSON object), else the query. */
export async function readDeleteOptions(ctx: Ctx): Promise<DeleteOptions> {
  const body = await readBody(ctx.req, ctx.maxBodyBytes);
  if (body.length === 0) return parseDeleteOptions(null, ctx.query);
  let v: unknown;
  try {
    v = JSON.parse(body.toString('utf8'));
  } catch {
    v = null;
  }
  if (typeof v !== 'object' || v === null || Array.isArray(v)) {
    throw new StatusError(badRequestStatus(`the body of the request could not be decoded as DeleteOptions`));
  }
  return parseDeleteOptions(v as Record<string, unknown>, ctx.query);
}
