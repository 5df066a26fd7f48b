// A modal dialog on the native <dialog> element: the page behind is inert, focus stays inside,
// Esc closes it, and focus goes back to what opened it.
import { type ReactNode, useEffect, useId, useRef } from "react";

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
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <header className="dialog-header">
        <div>
          {kicker && <p className="dialog-kicker">{kicker}</p>}
          <h2 id={titleId}>{title}</h2>
        </div>
        <button type="button" className="icon-button" onClick={onClose} aria-label="Close">
          ×
        </button>
      </header>
      {children}
    </dialog>
  );
}
