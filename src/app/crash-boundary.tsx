// The last line of defence: an unexpected error in a part of the page shows what happened and a
// way back, instead of React unmounting the whole app into a blank page. The draft is saved on
// unmount (use-draft.ts), so "Try again" and "Reload" come back to the last good draft.
import { Component, type ReactNode } from 'react';

interface Props {
  /** What broke, for the message ("The editor", "The cluster bar"). */
  readonly what: string;
  readonly children: ReactNode;
  /** Extra recovery actions (e.g. discarding a saved draft that cannot be shown). */
  readonly actions?: (retry: () => void) => ReactNode;
}

interface State {
  readonly error: Error | null;
}

export class CrashBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  // The children were unmounted by the error, so clearing it mounts them afresh from saved state.
  private readonly retry = () => this.setState({ error: null });

  override render(): ReactNode {
    const { error } = this.state;
    if (error === null) return this.props.children;
    return (
      <div className="panel crash" role="alert">
        <h2>{this.props.what} stopped after an unexpected error</h2>
        <p>
          {error.name}: {error.message}
        </p>
        <p>Your draft is kept in this browser. Try again, or reload the page.</p>
        <div className="crash-actions">
          <button type="button" onClick={this.retry}>
            Try again
          </button>
          <button type="button" onClick={() => window.location.reload()}>
            Reload
          </button>
          {this.props.actions?.(this.retry)}
        </div>
      </div>
    );
  }
}
