// The Host/Origin guard on its own: which Host values, Origins and Fetch Metadata it lets through.
import type { IncomingMessage } from 'node:http';
import os from 'node:os';
import { describe, expect, it } from 'vitest';
import { checkRequestSecurity, servedHosts } from './security';

const hosts = servedHosts('127.0.0.1', 8080);
const req = (method: string, headers: Record<string, string>): IncomingMessage =>
  ({
    method,
    headers: Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v])),
  }) as unknown as IncomingMessage;

describe('servedHosts', () => {
  it('adds localhost and [::1] for a loopback listener, nothing for others', () => {
    expect(servedHosts('127.0.0.1', 8080)).toEqual(['127.0.0.1:8080', 'localhost:8080', '[::1]:8080']);
    expect(servedHosts('10.0.0.5', 80)).toEqual(['10.0.0.5:80']);
    expect(servedHosts('::1', 9)).toEqual(['[::1]:9', '127.0.0.1:9', 'localhost:9']);
  });

  it('adds the local addresses and host name for a wildcard listener', () => {
    const all = servedHosts('0.0.0.0', 8080);
    expect(all).toContain('127.0.0.1:8080');
    expect(all).toContain(`${os.hostname().toLowerCase()}:8080`);
    expect(all).not.toContain('attacker.example:8080');
  });
});

describe('checkRequestSecurity', () => {
  it.each([
    ['127.0.0.1:8080', true],
    ['LOCALHOST:8080', true],
    ['[::1]:8080', true],
    ['127.0.0.1:8081', false],
    ['127.0.0.1', false],
    ['attacker.example:8080', false],
    ['', false],
    // IPv6 literals: only the bracketed loopback with the served port.
    ['[::1]:8081', false],
    ['[::1]', false],
    ['::1:8080', false],
    ['[0:0:0:0:0:0:0:1]:8080', false],
    ['[::ffff:127.0.0.1]:8080', false],
    ['[::1%25lo]:8080', false],
    // Look-alikes an attacker's DNS name or a parser confusion could produce.
    ['127.0.0.1.:8080', false],
    ['localhost.:8080', false],
    ['127.0.0.1:8080.attacker.example', false],
    ['attacker.example:8080@127.0.0.1:8080', false],
    ['127.0.0.1:8080 ', false],
    ['127.0.0.1:08080', false],
    ['2130706433:8080', false],
  ])('Host %j accepted: %s', (host, ok) => {
    const r = checkRequestSecurity(req('GET', host === '' ? {} : { Host: host }), hosts);
    expect(r === null).toBe(ok);
    if (r !== null) expect(r).toMatchObject({ kind: 'Status', code: 403, reason: 'Forbidden' });
  });

  it.each([
    ['POST', { Origin: 'http://127.0.0.1:8080' }, true],
    ['PUT', { Origin: 'http://localhost:8080' }, true],
    ['DELETE', { Origin: 'http://127.0.0.1:8081' }, false],
    ['PATCH', { Origin: 'https://evil.example' }, false],
    ['POST', { Origin: 'null' }, false],
    ['POST', { Origin: 'http://127.0.0.1:8080/path' }, false],
    ['POST', { Origin: 'file://' }, false],
    ['POST', {}, true],
    ['POST', { 'Sec-Fetch-Site': 'same-origin' }, true],
    ['POST', { 'Sec-Fetch-Site': 'none' }, true],
    ['POST', { 'Sec-Fetch-Site': 'same-site' }, false],
    ['DELETE', { 'Sec-Fetch-Site': 'cross-site' }, false],
    ['GET', { Origin: 'https://evil.example', 'Sec-Fetch-Site': 'cross-site' }, true],
    ['HEAD', { Origin: 'https://evil.example' }, true],
    ['OPTIONS', { Origin: 'https://evil.example' }, true],
    // Every other method can change state, whatever its name.
    ['PROPFIND', { Origin: 'https://evil.example' }, false],
    ['MKCOL', { Origin: 'https://evil.example' }, false],
    ['LOCK', { 'Sec-Fetch-Site': 'cross-site' }, false],
    ['post', { Origin: 'https://evil.example' }, false],
    // IPv6 origins: the loopback literal with the served port only.
    ['POST', { Origin: 'http://[::1]:8080' }, true],
    ['POST', { Origin: 'http://[::1]:8081' }, false],
    ['POST', { Origin: 'http://[::2]:8080' }, false],
    ['POST', { Origin: 'http://[0:0:0:0:0:0:0:1]:8080' }, false], // not the serialised form a browser sends
    ['POST', { Origin: 'http://127.0.0.1:8080.evil.example' }, false],
    ['POST', { Origin: 'http://evil.example#@127.0.0.1:8080' }, false],
    ['POST', { Origin: 'http://user@127.0.0.1:8080' }, false],
  ] as [string, Record<string, string>, boolean][])('%s with %j accepted: %s', (method, headers, ok) => {
    expect(checkRequestSecurity(req(method, { Host: '127.0.0.1:8080', ...headers }), hosts) === null).toBe(ok);
  });
});
