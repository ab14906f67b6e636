// Decoding a NetworkPolicy body as the apiserver's decoder does, on top of the shared core:
// kind/version, JSON type errors (400), strict unknown/duplicate fields (400, Warning or dropped),
// then defaulting. Nothing here validates the policy: that is validateNetworkPolicy's job.
import { applyNetworkPolicyDefaults } from '../k8s/networking/defaults';
import {
  cannotBeHandled,
  decodeErrors,
  decoderError,
  strictDecodingErrorMessage,
  strictDecodingMessages,
} from '../k8s/networking/decode';
import { badRequestStatus } from '../k8s/status';
import { decodeRaw, jsonTextShape } from './body-decode';
import { StatusError } from './http-util';
import type { FieldValidation } from './request-options';

export const NP_EXPECTED = { group: 'networking.k8s.io', version: 'v1', kind: 'NetworkPolicy' } as const;

export interface DecodedPolicy {
  obj: Record<string, unknown>;
  /** Warning header texts (fieldValidation=Warn). */
  warnings: string[];
}

const versionOf = (apiVersion: string): string => apiVersion.slice(apiVersion.lastIndexOf('/') + 1);

/**
 * Every object member in JSON text has exactly one ':' outside strings, and the parsed value keeps
 * one key per distinct member: the counts differ exactly when some object repeats a key. This
 * linear pass spares the full strict scanner on the (usual) bodies without duplicates.
 */
export function mayHaveDuplicateKeys(text: string, parsed: unknown): boolean {
  return jsonTextShape(text).colons !== countKeys(parsed);
}

/** Object members in a parsed value, counted with an explicit stack (bodies nest up to 10,000 deep). */
function countKeys(root: unknown): number {
  let n = 0;
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const v = stack.pop();
    if (Array.isArray(v)) {
      for (const x of v) stack.push(x);
    } else if (typeof v === 'object' && v !== null) {
      for (const x of Object.values(v)) {
        n++;
        stack.push(x);
      }
    }
  }
  return n;
}

/** Type errors and strict findings of an already parsed object (jsonText: the raw text, if any). */
export function checkDecoded(
  obj: Record<string, unknown>,
  jsonText: string | null,
  validation: FieldValidation,
  kind = 'NetworkPolicy',
  apiVersion = 'networking.k8s.io/v1',
): string[] {
  const typeErr = decoderError(decodeErrors(obj));
  if (typeErr !== undefined) {
    throw new StatusError(badRequestStatus(cannotBeHandled(typeErr.goMessage, kind, versionOf(apiVersion))));
  }
  if (validation === 'Ignore') return [];
  // Raw JSON text gives unknown and duplicate fields in document order; without text (YAML,
  // patches) only unknown fields can be found.
  const msgs = strictDecodingMessages(jsonText !== null && mayHaveDuplicateKeys(jsonText, obj) ? jsonText : obj);
  if (msgs.length === 0) return [];
  if (validation === 'Strict') {
    throw new StatusError(badRequestStatus(strictDecodingErrorMessage(msgs, kind, versionOf(apiVersion))));
  }
  return msgs;
}

/** Body bytes to a defaulted NetworkPolicy object, or a 400 StatusError. */
export function decodePolicyBody(body: Buffer, format: 'json' | 'yaml', validation: FieldValidation): DecodedPolicy {
  const raw = decodeRaw(body, format, NP_EXPECTED);
  const warnings = checkDecoded(raw.obj, format === 'json' ? raw.jsonText : null, validation, raw.kind, raw.apiVersion);
  return { obj: applyNetworkPolicyDefaults(raw.obj), warnings };
}
