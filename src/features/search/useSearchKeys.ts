// `/` and Ctrl+K (⌘K on a Mac) focus the search from anywhere on the page (PRODUCT.md), except
// while typing in another text field, where they are the user's text or that field's own keys,
// and in a dialog, which keeps focus to itself.
import { useEffect } from "react";

const NOT_TEXT = new Set([
  "button",
  "checkbox",
  "color",
  "file",
  "image",
  "radio",
  "range",
  "reset",
  "submit",
]);

function isTextField(el: EventTarget | null): boolean {
  if (!(el instanceof HTMLElement)) return false;
  if (el.isContentEditable || el.tagName === "TEXTAREA" || el.tagName === "SELECT") return true;
  return el instanceof HTMLInputElement && !NOT_TEXT.has(el.type);
}

export function useSearchKeys(input: () => HTMLInputElement | null, focusSearch: () => void): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey) return;
      const slash = e.key === "/" && !e.ctrlKey && !e.metaKey;
      const ctrlK = (e.ctrlKey || e.metaKey) && !e.shiftKey && e.key.toLowerCase() === "k";
      if (!slash && !ctrlK) return;
      const self = input();
      if (e.target === self && self) {
        // In the search itself `/` is text; Ctrl+K would take the browser to its address bar.
        if (ctrlK) {
          e.preventDefault();
          self.select();
        }
        return;
      }
      if (isTextField(e.target)) return;
      if (e.target instanceof Element && e.target.closest("dialog")) return;
      e.preventDefault();
      focusSearch();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [input, focusSearch]);
}
