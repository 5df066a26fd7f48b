// Keeps a failure inside the panel it happened in: the panel shows a readable message with a
// "Reload panel" button, the error goes to the console, and the rest of the app keeps working.
// React catches render errors only in class components, hence the class; it reads the language
// from the context (the app provides it around every panel).
import { Component, type ErrorInfo, Fragment, type ReactNode } from "react";
import type { MessageKey } from "../i18n/catalogue.ts";
import { type I18n, I18nContext, i18nOf } from "../i18n/i18nContext.ts";

/** The panels a boundary guards: each is named by its catalogue key `error.panel.<id>`. */
export type PanelId = MessageKey extends infer K ? (K extends `error.panel.${infer P}` ? P : never) : never;

interface Props {
  /** Which panel it is, for the message (in the reader's language) and the log (the id). */
  name: PanelId;
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
  static override contextType = I18nContext;
  declare context: I18n | null;
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
    const { t } = i18nOf(this.context);
    const panel = t(`error.panel.${name}`);
    return (
      <section
        className={`panel-error ${className ?? ""}`}
        role="alert"
        aria-label={t("error.failedLabel", { name: panel })}
      >
        <p>
          <strong>{t("error.panelFailed")}</strong> {t("error.panelRest", { name: panel })}
        </p>
        {/* The error's own words are the code's or the browser's: English, and marked so. */}
        <p className="panel-error-detail">
          {t("error.detail")} <span lang="en">{this.state.error.message}</span>
        </p>
        <p className="panel-error-actions">
          <button type="button" onClick={this.reload}>
            {t("error.reload")}
          </button>
          {onClose && (
            <button type="button" onClick={onClose}>
              {t("app.close")}
            </button>
          )}
        </p>
      </section>
    );
  }
}
