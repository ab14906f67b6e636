// Export: kubectl ordering, file names, heredoc delimiters and the apply command, run through sh.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseDocuments } from '../../../k8s/codec';
import type { NetworkPolicy } from '../../../k8s/networking/types';
import { exportFilename, exportText, heredocDelimiter, kubectlApplyCommand } from './export-text';

const policy: NetworkPolicy = {
  spec: { podSelector: {}, policyTypes: ['Ingress'] },
  metadata: { namespace: 'shop', name: 'allow-web' },
  kind: 'NetworkPolicy',
  apiVersion: 'networking.k8s.io/v1',
  extra: { keep: true },
};

describe('exportText', () => {
  it('writes YAML in kubectl order and reads back equal', () => {
    const y = exportText(policy, 'yaml');
    expect(y.split('\n').slice(0, 3)).toEqual(['apiVersion: networking.k8s.io/v1', 'kind: NetworkPolicy', 'metadata:']);
    expect(parseDocuments(y).documents[0]?.value).toEqual(policy);
  });
  it('writes JSON in kubectl order and reads back equal', () => {
    const j = exportText(policy, 'json');
    expect(Object.keys(JSON.parse(j) as object).slice(0, 4)).toEqual(['apiVersion', 'kind', 'metadata', 'spec']);
    expect(JSON.parse(j)).toEqual(policy);
    expect(j.endsWith('}\n')).toBe(true);
  });
});

describe('exportFilename', () => {
  it('uses the name', () => {
    expect(exportFilename(policy, 'yaml')).toBe('allow-web.yaml');
    expect(exportFilename(policy, 'json')).toBe('allow-web.json');
  });
  it('falls back to generateName, then to networkpolicy', () => {
    expect(exportFilename({ metadata: { generateName: 'np-' } }, 'yaml')).toBe('np.yaml');
    expect(exportFilename({}, 'json')).toBe('networkpolicy.json');
    expect(exportFilename({ metadata: { name: '../../etc/passwd' } }, 'yaml')).toBe('etc-passwd.yaml');
    expect(exportFilename({ metadata: { name: 'a b/c' } }, 'yaml')).toBe('a-b-c.yaml');
  });
});

describe('heredoc', () => {
  it('picks a delimiter that does not occur in the text', () => {
    expect(heredocDelimiter('a: b\n')).toBe('EOF');
    expect(heredocDelimiter('x: EOF\n')).toBe('EOF_NETPOL');
    expect(heredocDelimiter('EOF EOF_NETPOL EOF_NETPOL_2\n')).toBe('EOF_NETPOL_3');
    fc.assert(
      fc.property(fc.string(), (s) => {
        expect(s.includes(heredocDelimiter(s))).toBe(false);
      }),
    );
  });

  it('builds the apply command', () => {
    const y = exportText(policy, 'yaml');
    const cmd = kubectlApplyCommand(y);
    expect(cmd.startsWith("kubectl apply -f - <<'EOF'\napiVersion: networking.k8s.io/v1\n")).toBe(true);
    expect(cmd.endsWith('\nEOF\n')).toBe(true);
  });

  it('passes the text through a real shell byte for byte, even with $, backticks and EOF lines', () => {
    const nasty = 'metadata:\n  annotations:\n    a: "$HOME `id` \\\\n"\nEOF\nx: EOF_NETPOL\n';
    const cmd = kubectlApplyCommand(nasty).replace(/^kubectl apply -f -/, 'cat');
    const r = spawnSync('sh', ['-c', cmd], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(nasty);
  });
});
