// Platform checks (issue 7): data-plane limits of common network plugins. The page mounts the panel.
export { PlatformChecksPanel } from './components/platform-checks-panel';
export { platformWarnings, type PlatformWarning } from './model/platform-rules';
export { PLATFORMS, SOURCES, isPlatformId, type Platform, type PlatformId } from './model/platforms';
