// A fake CliIO for tests: in-memory files and stdin, captured stdout and stderr.
import type { CliIO } from './io';

export interface FakeIO extends Required<CliIO> {
  out: () => string;
  err: () => string;
}

export function fakeIO(files: Record<string, string> = {}, stdin = ''): FakeIO {
  let out = '';
  let err = '';
  return {
    stdout: (s) => {
      out += s;
    },
    stderr: (s) => {
      err += s;
    },
    readFile: (path) => {
      const text = files[path];
      if (text === undefined) {
        return Promise.reject(
          Object.assign(new Error(`ENOENT: no such file or directory, open '${path}'`), { code: 'ENOENT' }),
        );
      }
      return Promise.resolve(text);
    },
    readStdin: () => Promise.resolve(stdin),
    out: () => out,
    err: () => err,
  };
}
