// Import, export and share links for the editor's draft (issue 7). The page mounts DraftIoBar.
export { DraftIoBar, type DraftIoBarProps } from './components/draft-io-bar';
export { analyseImport, type ImportAnalysis, type ImportCandidate } from './model/import-text';
export {
  exportFilename,
  exportText,
  heredocDelimiter,
  kubectlApplyCommand,
  type ExportFormat,
} from './model/export-text';
export { decodeShareFragment, encodeShareFragment, isShareFragment, type ShareDecodeResult } from './model/share-link';
