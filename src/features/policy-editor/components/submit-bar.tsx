// The Create button and its options (server-side dry run, pretty output), plus Start over. It
// always says where Create posts: the cluster, the namespace and the full request URL; and when
// the draft's namespace is not the header's namespace in use, it says so and offers to switch.
interface Props {
  readonly blocked: boolean;
  readonly pending: boolean;
  readonly dryRun: boolean;
  readonly pretty: boolean;
  /** The cluster the request goes to (the header's selection). */
  readonly cluster: string;
  /** The namespace Create posts to. */
  readonly namespace: string;
  /** The request line's URL (path and query), as sent. */
  readonly url: string;
  /** The draft's own metadata.namespace ('' when it names none). */
  readonly draftNamespace: string;
  /** The header's namespace in use; undefined until known. */
  readonly namespaceInUse: string | undefined;
  readonly onUseNamespaceInUse: () => void;
  readonly onDryRunChange: (v: boolean) => void;
  readonly onPrettyChange: (v: boolean) => void;
  readonly onCreate: () => void;
  readonly onStartOver: () => void;
}

export function SubmitBar(p: Props) {
  const differs = p.namespaceInUse !== undefined && p.draftNamespace !== '' && p.draftNamespace !== p.namespaceInUse;
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
      <span id="submit-target" className="submit-target">
        <span data-testid="submit-where">
          Creates in namespace <strong>{p.namespace}</strong>
          {p.draftNamespace === '' && ' (the namespace in use; the draft names none)'} on cluster{' '}
          <strong>{p.cluster}</strong>:
        </span>{' '}
        <span className="mono">POST {p.url}</span>
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
      {differs && (
        <p className="message info namespace-mismatch" data-testid="namespace-mismatch">
          The draft&apos;s namespace is <strong>{p.draftNamespace}</strong>, not the namespace in use (
          <strong>{p.namespaceInUse}</strong>).{' '}
          <button type="button" onClick={p.onUseNamespaceInUse}>
            Use {p.namespaceInUse}
          </button>
        </p>
      )}
    </div>
  );
}
