// A modal dialog on the native <dialog> element: the page behind is inert, Esc closes it, and
// focus goes back to what opened it. Tab from the last control wraps to the first and Shift+Tab
// from the first to the last: showModal alone would let focus leave for the browser's own UI.
import { type KeyboardEvent, type ReactNode, useEffect, useId, useRef } from "react";
import { useI18n } from "../i18n/i18nContext.ts";
import { tabbables } from "./tabbable.ts";

/** Keeps Tab and Shift+Tab inside the dialog. */
function wrapTab(e: KeyboardEvent<HTMLDialogElement>): void {
  if (e.key !== "Tab" || e.altKey || e.ctrlKey || e.metaKey) return;
  const stops = tabbables(e.currentTarget);
  const first = stops[0];
  const last = stops.at(-1);
  if (!first || !last) return;
  const active = document.activeElement;
  if (e.shiftKey && (active === first || active === e.currentTarget)) {
    e.preventDefault();
    last.focus();
  } else if (!e.shiftKey && active === last) {
    e.preventDefault();
    first.focus();
  }
}

export function Dialog({
  title,
  kicker,
  onClose,
  className,
  children,
}: {
  title: ReactNode;
  kicker?: string;
  onClose: () => void;
  className?: string;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const { t } = useI18n();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const opener = document.activeElement as HTMLElement | null;
    if (typeof dialog.showModal === "function" && !dialog.open) dialog.showModal();
    else dialog.setAttribute("open", "");
    return () => {
      if (dialog.open && typeof dialog.close === "function") dialog.close();
      opener?.focus?.();
    };
  }, []);
  return (
    <dialog
      ref={ref}
      className={`dialog ${className ?? ""}`}
      aria-labelledby={titleId}
      onKeyDown={wrapTab}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      {/* A div, not <header>: inside a dialog a header would count as a second page banner. */}
      <div className="dialog-header">
        <div>
          {kicker && <p className="dialog-kicker">{kicker}</p>}
          <h2 id={titleId}>{title}</h2>
        </div>
        <button type="button" className="icon-button" onClick={onClose} aria-label={t("app.close")}>
          ×
        </button>
      </div>
      {children}
    </dialog>
  );
}
