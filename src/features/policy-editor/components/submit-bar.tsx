// The Create button and its options (server-side dry run, pretty output), plus Start over.
interface Props {
  readonly blocked: boolean;
  readonly pending: boolean;
  readonly dryRun: boolean;
  readonly pretty: boolean;
  readonly namespace: string;
  readonly onDryRunChange: (v: boolean) => void;
  readonly onPrettyChange: (v: boolean) => void;
  readonly onCreate: () => void;
  readonly onStartOver: () => void;
}

export function SubmitBar(p: Props) {
  return (
    <div className="submit-bar" role="group" aria-label="Submit">
      <button
        type="button"
        className="primary"
        disabled={p.blocked || p.pending}
        aria-describedby="submit-target"
        onClick={p.onCreate}
      >
        {p.pending ? 'Creating…' : 'Create'}
      </button>
      <span id="submit-target" className="mono">
        POST …/namespaces/{p.namespace}/networkpolicies
      </span>
      <label className="inline">
        <input type="checkbox" checked={p.dryRun} onChange={(e) => p.onDryRunChange(e.target.checked)} />
        Dry run
      </label>
      <label className="inline">
        <input type="checkbox" checked={p.pretty} onChange={(e) => p.onPrettyChange(e.target.checked)} />
        Pretty
      </label>
      <span className="spacer" />
      <button
        type="button"
        onClick={() => {
          if (window.confirm('Start over? The current draft will be discarded.')) p.onStartOver();
        }}
      >
        Start over
      </button>
    </div>
  );
}
