// The bridge's command-line options are taken out of argv and the rest is left for the server.
import { describe, expect, it } from 'vitest';
import { extractBridgeArgs } from './args';

describe('extractBridgeArgs', () => {
  it('takes the bridge options in both spellings and keeps the rest in order', () => {
    const { bridge, rest } = extractBridgeArgs([
      '--port',
      '0',
      '--kubeconfig',
      '/k/config',
      '--context=prod',
      '--cce',
      'cn=https://abc.cce.cn-north-4.myhuaweicloud.com',
      '--cce=eu=https://def.cce.eu-west-101.myhuaweicloud.eu',
      '--cce-token-file',
      '/run/iam-token',
      '--in-memory',
    ]);
    expect(rest).toEqual(['--port', '0', '--in-memory']);
    expect(bridge).toEqual({
      kubeconfigPath: '/k/config',
      context: 'prod',
      cce: {
        clusters: [
          { name: 'cn', url: 'https://abc.cce.cn-north-4.myhuaweicloud.com' },
          { name: 'eu', url: 'https://def.cce.eu-west-101.myhuaweicloud.eu' },
        ],
        tokenFile: '/run/iam-token',
      },
    });
  });

  it('refuses an option without a value', () => {
    expect(() => extractBridgeArgs(['--kubeconfig'])).toThrow('--kubeconfig needs a value');
    expect(() => extractBridgeArgs(['--cce', 'no-url'])).toThrow(/NAME=https/);
  });
});
