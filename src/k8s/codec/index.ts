// The codec's public surface: parse (JSON/YAML, positions, List unwrapping), locate, serialise.
export { parseDocuments, expandListItems } from './parse';
export type { ParseResult, ParsedDocument, SyntaxIssue, TextFormat, ListItem } from './parse';
export type { LocateOptions, LocatedRange } from './locate';
export type { Path } from './pos-node';
export type { TextRange } from './positions';
export { goYamlNumber } from './go-yaml-schema';
export { toJSON, toYAML, toYAMLStream } from './serialize';
export { orderForKubectl, compareGoStrings } from './order';
export { sortKeysGoYaml, compareGoYamlKeys } from './go-yaml-sort';
export type { SerializeOptions } from './serialize';
export { checkNetworkPolicyManifests, kindErrors } from './manifest-check';
export type {
  ManifestCheck,
  ManifestCheckOptions,
  ManifestEntry,
  LocatedFieldError,
  LocatedWarning,
} from './manifest-check';
