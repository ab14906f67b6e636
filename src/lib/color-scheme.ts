// The colour scheme: the user's choice (System / Light / Dark, kept in localStorage) applied as
// <html data-theme>, which app.css turns into `color-scheme`; listeners hear choice and system changes.
export type ThemePreference = 'system' | 'light' | 'dark';
export type ColorScheme = 'light' | 'dark';

export const THEME_STORAGE_KEY = 'netpol-studio.theme';
const DARK_QUERY = '(prefers-color-scheme: dark)';

export function parsePreference(value: unknown): ThemePreference {
  return value === 'light' || value === 'dark' ? value : 'system';
}

export function resolveScheme(pref: ThemePreference, systemDark: boolean): ColorScheme {
  return pref === 'system' ? (systemDark ? 'dark' : 'light') : pref;
}

const listeners = new Set<() => void>();
let preference: ThemePreference = 'system';
let watchingSystem = false;

function systemDark(): boolean {
  return typeof window !== 'undefined' && window.matchMedia?.(DARK_QUERY).matches === true;
}

function apply(): void {
  if (typeof document === 'undefined') return;
  // "system" removes the attribute: the stylesheet then follows prefers-color-scheme by itself.
  if (preference === 'system') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = preference;
}

function readStored(): ThemePreference {
  try {
    return parsePreference(window.localStorage.getItem(THEME_STORAGE_KEY));
  } catch {
    return 'system'; // storage disabled (privacy mode): the choice just is not remembered
  }
}

export function getThemePreference(): ThemePreference {
  return preference;
}

/** The scheme in effect now (what Monaco's theme should match). */
export function getColorScheme(): ColorScheme {
  return resolveScheme(preference, systemDark());
}

export function setThemePreference(pref: ThemePreference): void {
  preference = pref;
  try {
    if (pref === 'system') window.localStorage.removeItem(THEME_STORAGE_KEY);
    else window.localStorage.setItem(THEME_STORAGE_KEY, pref);
  } catch {
    // not remembered; still applied below
  }
  apply();
  for (const l of [...listeners]) l();
}

/** Calls `listener` when the choice or (for "system") the operating system's setting changes. */
export function subscribeColorScheme(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Reads the stored choice and applies it; call once at start-up, before the first render. */
export function initColorScheme(): void {
  if (typeof window === 'undefined') return;
  preference = readStored();
  apply();
  if (watchingSystem) return;
  watchingSystem = true;
  window.matchMedia?.(DARK_QUERY).addEventListener?.('change', () => {
    for (const l of [...listeners]) l();
  });
}
