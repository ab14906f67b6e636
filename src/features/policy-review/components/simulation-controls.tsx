// The simulation's controls: namespaces to show, the probe's port and protocol, and the view.
import { useState } from 'react';
import type { Probe } from '../model/engine';
import type { MatrixView } from './matrix-grid';

interface Props {
  namespaces: string[];
  chosen: string[];
  isDefault: boolean;
  onChosen: (ns: string[] | null) => void;
  probe: Probe;
  onProbe: (p: Probe) => void;
  protocols: readonly string[];
  view: MatrixView;
  onView: (v: MatrixView) => void;
}

const VIEWS: { value: MatrixView; label: string }[] = [
  { value: 'before', label: 'Before (cluster as it is)' },
  { value: 'after', label: 'After (with the draft)' },
  { value: 'diff', label: 'Diff (changes highlighted)' },
];

export function SimulationControls(props: Props) {
  const { namespaces, chosen, isDefault, onChosen, probe, onProbe, protocols, view, onView } = props;
  // The field keeps what is typed (even empty or out of range); only valid ports reach the probe.
  const [portText, setPortText] = useState(String(probe.port));
  const [shownPort, setShownPort] = useState(probe.port);
  if (probe.port !== shownPort) {
    setShownPort(probe.port);
    setPortText(String(probe.port));
  }
  const toggle = (ns: string, on: boolean) =>
    onChosen(on ? namespaces.filter((n) => n === ns || chosen.includes(n)) : chosen.filter((n) => n !== ns));
  return (
    <div className="simulation-controls">
      <fieldset>
        <legend>Namespaces</legend>
        {namespaces.map((ns) => (
          <label key={ns} className="inline-check">
            <input type="checkbox" checked={chosen.includes(ns)} onChange={(e) => toggle(ns, e.target.checked)} /> {ns}
          </label>
        ))}
        <button type="button" className="btn" disabled={isDefault} onClick={() => onChosen(null)}>
          Draft&apos;s namespaces
        </button>
      </fieldset>
      <fieldset>
        <legend>Probe</legend>
        <label>
          Port{' '}
          <input
            type="number"
            min={1}
            max={65535}
            value={portText}
            onChange={(e) => {
              setPortText(e.target.value);
              const v = Number(e.target.value);
              if (Number.isInteger(v) && v >= 1 && v <= 65535) onProbe({ ...probe, port: v });
            }}
          />
        </label>{' '}
        <label>
          Protocol{' '}
          <select value={probe.protocol} onChange={(e) => onProbe({ ...probe, protocol: e.target.value })}>
            {protocols.map((p) => (
              <option key={p}>{p}</option>
            ))}
          </select>
        </label>
      </fieldset>
      <fieldset>
        <legend>Show</legend>
        {VIEWS.map((v) => (
          <label key={v.value} className="inline-check">
            <input type="radio" name="matrix-view" checked={view === v.value} onChange={() => onView(v.value)} />{' '}
            {v.label}
          </label>
        ))}
      </fieldset>
    </div>
  );
}
