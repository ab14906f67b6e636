// kubectl's `tokenFile` user field, which @kubernetes/client-node 1.4 ignores (it knows only the
// dashed `token-file`, read once at load): the file is read again on every request, like client-go.
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { isRecord } from '../../k8s/json';
import { CredentialsError } from './types';

/**
 * The token file each user of one kubeconfig names (`tokenFile`, or `token-file`), by user name,
 * resolved against the kubeconfig's directory as kubectl resolves it. Unparsable input gives an
 * empty map: client-node has already loaded (and so validated) the same file.
 */
export function kubeconfigTokenFiles(file: string): Map<string, string> {
  const out = new Map<string, string>();
  let doc: unknown;
  try {
    doc = parse(readFileSync(file, 'utf8'));
  } catch {
    return out;
  }
  const users = isRecord(doc) && Array.isArray(doc.users) ? (doc.users as unknown[]) : [];
  for (const entry of users) {
    if (!isRecord(entry) || typeof entry.name !== 'string' || !isRecord(entry.user)) continue;
    const tf = entry.user.tokenFile ?? entry.user['token-file'];
    if (typeof tf === 'string' && tf !== '' && !out.has(entry.name)) {
      out.set(entry.name, path.resolve(path.dirname(file), tf));
    }
  }
  return out;
}

/**
 * Reads a bearer token file on every call, trimmed. As client-go's cached file token source does,
 * a failed or empty read after a good one keeps the last good token (a rotation writing the file
 * is not an outage); with no good read yet it is a CredentialsError naming the file, never its content.
 */
export class TokenFileSource {
  private last: string | undefined;

  constructor(readonly file: string) {}

  async token(): Promise<string> {
    let problem: string;
    try {
      const token = (await readFile(this.file, 'utf8')).trim();
      // eslint-disable-next-line no-control-regex -- a header value cannot carry control characters
      if (/[\x00-\x1f\x7f]/.test(token)) problem = 'holds more than one line or control characters';
      else if (token !== '') {
        this.last = token;
        return token;
      } else problem = 'is empty';
    } catch (err) {
      problem = `could not be read (${(err as { code?: string }).code ?? 'unreadable'})`;
    }
    if (this.last !== undefined) return this.last;
    throw new CredentialsError(`the token file ${JSON.stringify(this.file)} named in the kubeconfig ${problem}`);
  }
}
