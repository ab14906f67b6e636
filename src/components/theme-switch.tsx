// The header's Theme choice: System (follow the operating system), Light or Dark.
import { useSyncExternalStore } from 'react';
import { getThemePreference, parsePreference, setThemePreference, subscribeColorScheme } from '../lib/color-scheme';

export function ThemeSwitch() {
  const pref = useSyncExternalStore(subscribeColorScheme, getThemePreference, () => 'system' as const);
  return (
    <label className="theme-switch">
      Theme
      <select value={pref} onChange={(e) => setThemePreference(parsePreference(e.target.value))}>
        <option value="system">System</option>
        <option value="light">Light</option>
        <option value="dark">Dark</option>
      </select>
    </label>
  );
}
