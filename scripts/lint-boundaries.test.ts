// The architecture's import boundaries, as eslint.config.js enforces them: linting probe sources at
// paths inside each layer must report the rule (the core: no React, no DOM globals, no node:*, nothing
// above it; browser code: no server, CLI or Node built-ins; server and CLI: only the core).
import { ESLint } from 'eslint';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');
const eslint = new ESLint({ cwd: root });

/** The rule ids ESLint reports for `code` as if it were the file at `file` (which need not exist). */
async function rulesFor(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\n`, { filePath: path.join(root, file) });
  return (result?.messages ?? []).map((m) => m.ruleId ?? `fatal: ${m.message}`);
}

describe('import boundaries (eslint.config.js)', () => {
  it('the core accepts imports from the core', async () => {
    expect(await rulesFor('src/k8s/zz-probe.ts', "export { FieldPath } from './field';")).toEqual([]);
  }, 60_000);

  it.each([
    ["import { useState } from 'react';\nexport const x = useState;", 'no-restricted-imports'],
    ["import { readFileSync } from 'node:fs';\nexport const x = readFileSync;", 'no-restricted-imports'],
    ["import { readFileSync } from 'fs';\nexport const x = readFileSync;", 'no-restricted-imports'],
    ['export const title = (): string => document.title;', 'no-restricted-globals'],
    ["export { createApp } from '../server/app';", 'import-x/no-restricted-paths'],
    ["export { runCli } from '../cli/main';", 'import-x/no-restricted-paths'],
  ])(
    'the core refuses %j (%s)',
    async (code, rule) => {
      expect(await rulesFor('src/k8s/zz-probe.ts', code)).toContain(rule);
    },
    60_000,
  );

  it.each([
    ["export { runCli } from '../../cli/main';", 'import-x/no-restricted-paths'],
    ["export * from '../../server/app';", 'import-x/no-restricted-paths'],
    ["import { readFileSync } from 'node:fs';\nexport const x = readFileSync;", 'no-restricted-imports'],
  ])(
    'browser code refuses %j (%s)',
    async (code, rule) => {
      expect(await rulesFor('src/features/policy-editor/zz-probe.ts', code)).toContain(rule);
    },
    60_000,
  );

  it('the server and the CLI refuse browser code', async () => {
    const code = "export * from '../lib/api-client';";
    expect(await rulesFor('src/server/zz-probe.ts', code)).toContain('import-x/no-restricted-paths');
    expect(await rulesFor('src/cli/zz-probe.ts', code)).toContain('import-x/no-restricted-paths');
    expect(await rulesFor('src/server/zz-probe.ts', "export * from '../k8s/field';")).toEqual([]);
  }, 60_000);
});
