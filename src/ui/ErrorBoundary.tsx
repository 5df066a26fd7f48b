// Keeps a failure inside the panel it happened in: the panel shows a readable message with a
// "Reload panel" button, the error goes to the console, and the rest of the app keeps working.
// React catches render errors only in class components, hence the class.
import { Component, type ErrorInfo, Fragment, type ReactNode } from "react";

interface Props {
  /** What the panel is, for the message and the log, e.g. "Segment list". */
  name: string;
  /** Where the message sits: the failed panel's own class keeps it in the panel's place. */
  className?: string;
  /** For dialogs and the details: a way to close the failed one. */
  onClose?: () => void;
  /** When this changes (say, another segment is selected), a failed panel tries again. */
  resetOn?: unknown;
  children: ReactNode;
}

interface State {
  error: Error | null;
  /** Bumped by "Reload panel" so the panel is mounted afresh. */
  attempt: number;
}

export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, attempt: 0 };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    console.error(`Panel "${this.props.name}" failed:`, error, info.componentStack ?? "");
  }

  override componentDidUpdate(prev: Props) {
    if (this.state.error && prev.resetOn !== this.props.resetOn) this.reload();
  }

  private readonly reload = () => this.setState((s) => ({ error: null, attempt: s.attempt + 1 }));

  override render() {
    const { name, className, onClose, children } = this.props;
    if (!this.state.error) return <Fragment key={this.state.attempt}>{children}</Fragment>;
    return (
      <section className={`panel-error ${className ?? ""}`} role="alert" aria-label={`${name} (failed)`}>
        <p>
          <strong>This panel failed</strong> ({name}). The rest of the map still works.
        </p>
        <p className="panel-error-detail">{this.state.error.message}</p>
        <p className="panel-error-actions">
          <button type="button" onClick={this.reload}>
            Reload panel
          </button>
          {onClose && (
            <button type="button" onClick={onClose}>
              Close
            </button>
          )}
        </p>
      </section>
    );
  }
}
