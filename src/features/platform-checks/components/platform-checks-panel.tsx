// The "Platform checks" panel: a Target platform select (remembered in localStorage) and the
// warnings platformWarnings() gives for the draft, each with its field and its source.
import { useDeferredValue, useMemo, useState } from 'react';
import type { NetworkPolicy } from '../../../k8s/networking/types';
import { platformWarnings } from '../model/platform-rules';
import { isPlatformId, PLATFORMS, type PlatformId } from '../model/platforms';
import './platform-checks.css';

export const PLATFORM_STORAGE_KEY = 'netpol-studio:target-platform:v1';

function loadPlatform(): PlatformId {
  try {
    const v = localStorage.getItem(PLATFORM_STORAGE_KEY);
    return isPlatformId(v) ? v : 'none';
  } catch {
    return 'none';
  }
}

function savePlatform(id: PlatformId): void {
  try {
    localStorage.setItem(PLATFORM_STORAGE_KEY, id);
  } catch {
    // Not remembered across reloads; the choice still applies now.
  }
}

export function PlatformChecksPanel({ policy }: { readonly policy: NetworkPolicy }) {
  const [platform, setPlatform] = useState<PlatformId>(loadPlatform);
  // Deferred: a keystroke in the form commits first, the checks follow (they walk the whole policy).
  const deferred = useDeferredValue(policy);
  const warnings = useMemo(() => platformWarnings(deferred, platform), [deferred, platform]);
  const label = PLATFORMS.find((p) => p.id === platform)?.label ?? '';
  return (
    <section className="panel pc-panel" aria-labelledby="pc-title">
      <h2 id="pc-title">Platform checks</h2>
      <label className="pc-select">
        Target platform
        <select
          value={platform}
          onChange={(e) => {
            const v = e.target.value;
            if (!isPlatformId(v)) return;
            setPlatform(v);
            savePlatform(v);
          }}
        >
          {PLATFORMS.map((p) => (
            <option key={p.id} value={p.id}>
              {p.label}
            </option>
          ))}
        </select>
      </label>
      {platform === 'none' ? (
        <p className="pc-empty">
          Choose the cluster&apos;s network plugin to see what its data plane ignores or rejects of what the API
          accepts.
        </p>
      ) : warnings.length === 0 ? (
        <p className="pc-empty" role="status">
          Nothing in this policy is known to behave differently on {label}.
        </p>
      ) : (
        <ul className="pc-list" aria-label={`Platform warnings for ${label}`}>
          {warnings.map((w, i) => (
            <li key={`${w.code}-${w.path}-${i}`} className={`pc-item pc-${w.level}`}>
              <span className="pc-level">{w.level === 'warning' ? 'Warning' : 'Note'}</span>
              {w.path !== '' && <code className="pc-path">{w.path}</code>}
              <span className="pc-message">{w.message}</span>
              <span className="pc-source">Source: {w.source}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
