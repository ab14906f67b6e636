// Keeps the editor usable if a review view throws on an unexpected draft: the error is shown in
// the panel and the view retries when the draft changes.
import { Component, type ReactNode } from 'react';

interface Props {
  /** Changes with the draft; a new value clears a previous error. */
  resetKey: unknown;
  children: ReactNode;
}

interface State {
  error: Error | null;
  key: unknown;
}

export class ReviewErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, key: this.props.resetKey };

  static getDerivedStateFromError(error: Error): Partial<State> {
    return { error };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey === state.key ? null : { error: null, key: props.resetKey };
  }

  override render(): ReactNode {
    if (this.state.error === null) return this.props.children;
    return (
      <p role="alert" className="review-error">
        This view could not be shown for the current draft ({this.state.error.message}). It will try again when the
        draft changes.
      </p>
    );
  }
}
