// The frame shared by the details of a segment and of a place: a labelled region with its
// title and a close button. A new selection scrolls the panel back to its title. As a bottom
// sheet (narrow screens) the title bar also carries a grip and an expand button, and a
// vertical swipe on it pulls the sheet up or down.
import { type PointerEvent, type ReactNode, useEffect, useRef } from "react";
import { useI18n } from "../../i18n/i18nContext.ts";
import { SWIPE_MIN_PX, stepSheet, toggleSheet, useSheet } from "./sheet.ts";
import { useDetailsFocus } from "./useDetailsFocus.ts";

export function DetailsFrame({
  label,
  title,
  onClose,
  children,
}: {
  label: string;
  title: string;
  onClose: () => void;
  children: ReactNode;
}) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  const sheet = useSheet();
  const swipeFrom = useRef<number | null>(null);
  const frameRef = useRef<HTMLElement>(null);
  const { t } = useI18n();
  useDetailsFocus(frameRef, headingRef, title);
  // biome-ignore lint/correctness/useExhaustiveDependencies: re-run when the title changes, i.e. a new selection
  useEffect(() => {
    // Not inside a frame: there scrollIntoView scrolls the host page too, and a report would
    // jump to every embed that opens with a selection (its panel's title is in view anyway).
    if (window.parent === window) headingRef.current?.scrollIntoView?.({ block: "nearest" });
    // In the sheet the body scrolls on its own, below the title bar.
    if (bodyRef.current) bodyRef.current.scrollTop = 0;
  }, [title]);

  const swipe = sheet && {
    onPointerDown: (e: PointerEvent) => {
      swipeFrom.current = e.clientY;
    },
    onPointerUp: (e: PointerEvent) => {
      const from = swipeFrom.current;
      swipeFrom.current = null;
      if (from === null || Math.abs(e.clientY - from) < SWIPE_MIN_PX) return;
      sheet.setSize(stepSheet(sheet.size, e.clientY < from ? "up" : "down"));
    },
    onPointerCancel: () => {
      swipeFrom.current = null;
    },
  };

  return (
    <section ref={frameRef} className="details" aria-label={label}>
      <header className="details-header" {...swipe}>
        {sheet && <span className="sheet-grip" aria-hidden="true" />}
        <h2 ref={headingRef} tabIndex={-1}>
          {title}
        </h2>
        {sheet && (
          <button
            type="button"
            className="icon-button sheet-toggle"
            aria-expanded={sheet.size === "full"}
            aria-label={sheet.size === "full" ? t("details.collapse") : t("details.expand")}
            onClick={() => sheet.setSize(toggleSheet(sheet.size))}
          >
            <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
              <path d="M3 10l5-5 5 5" fill="none" stroke="currentColor" strokeWidth="2" />
            </svg>
          </button>
        )}
        <button type="button" className="icon-button" onClick={onClose} aria-label={t("details.close")}>
          ×
        </button>
      </header>
      <div className="details-body" ref={bodyRef}>
        {children}
      </div>
    </section>
  );
}
