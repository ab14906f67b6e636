// `netpol validate [--output text|json] FILE...`: checks NetworkPolicy manifests as the apiserver
// would on create. Reading files and printing happen here; the checking is the core's
// checkNetworkPolicyManifests.
import { checkNetworkPolicyManifests, type ManifestCheck } from '../../k8s/codec';
import { parseArgs } from '../args';
import { EXIT_INVALID, EXIT_OK, EXIT_USAGE, type Command } from '../command';
import type { ResolvedIO } from '../io';
import { printJson, printText, type SourceResult } from './validate-output';

const USAGE = `Validate NetworkPolicy manifests as kube-apiserver does on create.

Usage:
  netpol validate [--output text|json] [--namespace NS] FILE...

FILE is a JSON or YAML file (multi-document YAML and kind: List included); - reads standard input.
The apiserver's defaults (protocol TCP, policyTypes) are applied before validating, as on create;
an object with generateName and no name is named as the apiserver's store does (prefix + xxxxx
in place of the 5 random characters).
Warnings (unknown fields; for a valid policy, the apiserver's create warnings about non-canonical
ipBlock CIDRs) go to standard error as FILE:LINE:COLUMN: warning: ... and leave the exit status alone.

Options:
  -o, --output text|json   text (default): kubectl-style error lines with FILE:LINE:COLUMN;
                           json: one array, an entry per object:
                           {"source", "index", "kind", "name", "valid", "errors": [{"type",
                            "field", "badValue", "detail", "message"}]}; index is the
                           object's 0-based position in its source (Lists unwrapped)
  -n, --namespace NS       the namespace of objects that name none, as kubectl's context gives
                           it (default: default)
  -h, --help               show this help

Exit status: 0 all valid, 1 any invalid, 2 usage error or unreadable/unparsable input.
`;

async function readSource(source: string, io: ResolvedIO, stdin: { text?: Promise<string> }): Promise<string> {
  if (source !== '-') return io.readFile(source);
  stdin.text ??= io.readStdin();
  return stdin.text;
}

/** Plain words for the usual reasons a file cannot be read (Node's messages name the syscall). */
const READ_ERRORS: Record<string, string> = {
  ENOENT: 'no such file or directory',
  EISDIR: 'is a directory',
  EACCES: 'permission denied',
  ENOTDIR: 'not a directory',
};

const errorText = (e: unknown): string => {
  if (e instanceof Error) {
    const code = (e as { code?: unknown }).code;
    return (typeof code === 'string' && Object.hasOwn(READ_ERRORS, code) ? READ_ERRORS[code] : undefined) ?? e.message;
  }
  return String(e);
};

async function run(args: string[], io: ResolvedIO): Promise<number> {
  const parsed = parseArgs(args, [
    { name: 'output', short: 'o', value: true },
    { name: 'namespace', short: 'n', value: true },
  ]);
  if ('error' in parsed) {
    io.stderr(`netpol validate: ${parsed.error}\nRun 'netpol validate --help' for usage.\n`);
    return EXIT_USAGE;
  }
  const output = parsed.options.get('output') ?? 'text';
  if (output !== 'text' && output !== 'json') {
    io.stderr(`netpol validate: unsupported --output ${JSON.stringify(output)}: use text or json\n`);
    return EXIT_USAGE;
  }
  if (parsed.positionals.length === 0) {
    io.stderr(
      `netpol validate: no input: give one or more FILEs, or - for standard input\nRun 'netpol validate --help' for usage.\n`,
    );
    return EXIT_USAGE;
  }
  const ns = parsed.options.get('namespace');
  const namespace = typeof ns === 'string' && ns !== '' ? ns : 'default';
  const stdin: { text?: Promise<string> } = {};
  const results: SourceResult[] = [];
  for (const source of parsed.positionals) {
    let check: ManifestCheck | undefined;
    let readError: string | undefined;
    try {
      check = checkNetworkPolicyManifests(await readSource(source, io, stdin), { namespace });
    } catch (e) {
      readError = errorText(e);
    }
    results.push({ source, check, readError });
  }
  const inputProblem = output === 'json' ? printJson(results, io) : printText(results, io);
  if (inputProblem) return EXIT_USAGE;
  return results.some((r) => r.check?.entries.some((e) => !e.valid)) ? EXIT_INVALID : EXIT_OK;
}

export const validate: Command = {
  summary: 'Validate NetworkPolicy manifests (JSON, YAML, multi-document, List) as kube-apiserver does',
  usage: USAGE,
  run,
};
