// runCli: help, unknown commands, the registry and the never-a-stack-trace rule.
import { describe, expect, it } from 'vitest';
import { parseArgs } from './args';
import { commands, runCli } from './main';
import { fakeIO } from './test-io';

describe('runCli', () => {
  it.each([['--help'], ['-h'], ['help']])('prints usage for %s and exits 0', async (arg) => {
    const io = fakeIO();
    expect(await runCli([arg], io)).toBe(0);
    expect(io.out()).toMatch(/^netpol: /);
    expect(io.out()).toMatch(/validate +Validate NetworkPolicy manifests/);
  });

  it("prints a command's help for help <command> and <command> --help", async () => {
    const a = fakeIO();
    expect(await runCli(['help', 'validate'], a)).toBe(0);
    expect(a.out()).toMatch(/netpol validate \[--output text\|json\]/);
    const b = fakeIO();
    expect(await runCli(['validate', '--help'], b)).toBe(0);
    expect(b.out()).toBe(a.out());
  });

  it('exits 2 with usage on stderr for no command or an unknown one', async () => {
    const none = fakeIO();
    expect(await runCli([], none)).toBe(2);
    expect(none.err()).toMatch(/Usage:/);
    const unknown = fakeIO();
    expect(await runCli(['frobnicate'], unknown)).toBe(2);
    expect(unknown.err()).toMatch(/^netpol: unknown command "frobnicate"/);
    expect(await runCli(['help', 'nope'], fakeIO())).toBe(2);
    expect(await runCli(['toString'], fakeIO())).toBe(2);
  });

  it('dispatches through the registry, and turns a crash into exit 2 without a stack trace', async () => {
    const io = fakeIO();
    commands.boom = {
      summary: 'test only',
      usage: 'boom\n',
      run: () => Promise.reject(new Error('kaput')),
    };
    try {
      expect(await runCli(['boom'], io)).toBe(2);
      expect(io.err()).toBe('netpol: internal error: kaput\n');
    } finally {
      delete commands.boom;
    }
  });
});

describe('parseArgs', () => {
  const specs = [
    { name: 'output', short: 'o', value: true },
    { name: 'verbose', short: 'v', value: false },
  ];

  it('reads long, short, = and attached forms, - and -- as positionals', () => {
    const r = parseArgs(['--output', 'json', 'a', '-', '-ojson', '--output=text', '-v', '--', '--x'], specs);
    expect(r).toEqual({
      options: new Map<string, string | true>([
        ['output', 'text'],
        ['verbose', true],
      ]),
      positionals: ['a', '-', '--x'],
    });
    expect(parseArgs(['-o', 'json'], specs)).toMatchObject({ options: new Map([['output', 'json']]) });
  });

  it('returns errors for unknown flags and missing values', () => {
    expect(parseArgs(['--nope'], specs)).toEqual({ error: 'unknown flag: --nope' });
    expect(parseArgs(['-x'], specs)).toEqual({ error: 'unknown flag: -x' });
    expect(parseArgs(['--output'], specs)).toEqual({ error: 'flag --output needs a value' });
    expect(parseArgs(['--verbose=1'], specs)).toEqual({ error: 'flag --verbose takes no value' });
  });
});
