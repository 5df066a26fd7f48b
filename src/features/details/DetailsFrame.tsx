// The frame shared by the details of a segment and of a place: a labelled region with its
// title and a close button. A new selection scrolls the panel back to its title.
import { type ReactNode, useEffect, useRef } from "react";
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
  const frameRef = useRef<HTMLElement>(null);
  useDetailsFocus(frameRef, headingRef, title);
  // biome-ignore lint/correctness/useExhaustiveDependencies: re-run when the title changes, i.e. a new selection
  useEffect(() => {
    headingRef.current?.scrollIntoView?.({ block: "nearest" });
  }, [title]);
  return (
    <section ref={frameRef} className="details" aria-label={label}>
      <header className="details-header">
        <h2 ref={headingRef} tabIndex={-1}>
          {title}
        </h2>
        <button type="button" className="icon-button" onClick={onClose} aria-label="Close details">
          ×
        </button>
      </header>
      <div className="details-body">{children}</div>
    </section>
  );
}
