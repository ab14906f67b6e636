// @vitest-environment happy-dom
// The Theme choice: parsed defensively, remembered, applied as html[data-theme], heard by listeners.
import { afterEach, describe, expect, it } from 'vitest';
import {
  THEME_STORAGE_KEY,
  getColorScheme,
  getThemePreference,
  initColorScheme,
  parsePreference,
  resolveScheme,
  setThemePreference,
  subscribeColorScheme,
} from './color-scheme';

afterEach(() => setThemePreference('system'));

describe('parsePreference and resolveScheme', () => {
  it('accepts only light and dark, anything else is system', () => {
    expect(parsePreference('light')).toBe('light');
    expect(parsePreference('dark')).toBe('dark');
    for (const v of ['system', 'Dark', '', null, undefined, 1]) expect(parsePreference(v)).toBe('system');
  });
  it('system follows the operating system, a choice pins it', () => {
    expect(resolveScheme('system', true)).toBe('dark');
    expect(resolveScheme('system', false)).toBe('light');
    expect(resolveScheme('light', true)).toBe('light');
    expect(resolveScheme('dark', false)).toBe('dark');
  });
});

describe('the Theme choice', () => {
  it('sets html[data-theme], stores it, and tells the listeners', () => {
    const heard: string[] = [];
    const stop = subscribeColorScheme(() => heard.push(getThemePreference()));
    setThemePreference('dark');
    expect(document.documentElement.dataset.theme).toBe('dark');
    expect(localStorage.getItem(THEME_STORAGE_KEY)).toBe('dark');
    expect(getColorScheme()).toBe('dark');
    setThemePreference('light');
    expect(document.documentElement.dataset.theme).toBe('light');
    expect(getColorScheme()).toBe('light');
    setThemePreference('system');
    expect(document.documentElement.dataset.theme).toBeUndefined();
    expect(localStorage.getItem(THEME_STORAGE_KEY)).toBeNull();
    stop();
    setThemePreference('dark');
    expect(heard).toEqual(['dark', 'light', 'system']);
  });

  it('initColorScheme restores the stored choice, and ignores a garbled one', () => {
    localStorage.setItem(THEME_STORAGE_KEY, 'dark');
    initColorScheme();
    expect(getThemePreference()).toBe('dark');
    expect(document.documentElement.dataset.theme).toBe('dark');
    localStorage.setItem(THEME_STORAGE_KEY, 'purple');
    initColorScheme();
    expect(getThemePreference()).toBe('system');
    expect(document.documentElement.dataset.theme).toBeUndefined();
  });
});
