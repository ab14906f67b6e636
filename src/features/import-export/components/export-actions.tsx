// The export buttons: download YAML/JSON, copy YAML, copy a kubectl apply command, copy a share
// link. Results are announced in a polite live region; the share link is also shown to select by hand.
import { useState } from 'react';
import type { NetworkPolicy } from '../../../k8s/networking/types';
import { EXPORT_MIME, exportFilename, exportText, kubectlApplyCommand, type ExportFormat } from '../model/export-text';
import { encodeShareFragment } from '../model/share-link';
import { copyText, downloadText, urlWithFragment } from './browser-io';

interface Props {
  readonly policy: NetworkPolicy;
}

export function ExportActions({ policy }: Props) {
  const [status, setStatus] = useState('');
  // The link shown belongs to one draft: after an edit it is stale and hidden.
  const [shared, setShared] = useState<{ policy: NetworkPolicy; url: string } | undefined>(undefined);

  const download = (format: ExportFormat) => {
    const name = exportFilename(policy, format);
    downloadText(name, exportText(policy, format), EXPORT_MIME[format]);
    setStatus(`Downloading ${name}.`);
  };
  const copy = async (what: string, text: string) => {
    const ok = await copyText(text);
    setStatus(ok ? `Copied ${what} to the clipboard.` : `Could not copy ${what}: the browser refused the clipboard.`);
  };
  const share = async () => {
    try {
      const url = urlWithFragment(await encodeShareFragment(policy));
      setShared({ policy, url });
      const ok = await copyText(url);
      const size = `${(url.length / 1024).toFixed(1)} kB`;
      // Chat tools and some browsers cut or refuse very long URLs; the link says so when it may be one.
      const long = url.length > 32_000 ? ' It is long: some chat tools cut links like this, so check it opens.' : '';
      setStatus(
        ok
          ? `Copied the share link (${size}) to the clipboard. Anyone who opens it gets this draft; nothing is uploaded.${long}`
          : `Could not copy the share link; select it below (${size}).${long}`,
      );
    } catch {
      setStatus('This browser cannot compress the draft (CompressionStream is missing), so no share link can be made.');
    }
  };

  return (
    <div className="io-export" role="group" aria-label="Export">
      <button type="button" onClick={() => download('yaml')}>
        Download YAML
      </button>
      <button type="button" onClick={() => download('json')}>
        Download JSON
      </button>
      <button type="button" onClick={() => void copy('the YAML', exportText(policy, 'yaml'))}>
        Copy YAML
      </button>
      <button
        type="button"
        onClick={() => void copy('the kubectl apply command', kubectlApplyCommand(exportText(policy, 'yaml')))}
      >
        Copy kubectl apply command
      </button>
      <button type="button" onClick={() => void share()}>
        Copy share link
      </button>
      <p className="io-status" role="status" aria-live="polite">
        {status}
      </p>
      {shared !== undefined && shared.policy === policy && (
        <label className="io-share-url">
          Share link
          <input type="text" readOnly value={shared.url} onFocus={(e) => e.currentTarget.select()} />
        </label>
      )}
    </div>
  );
}
