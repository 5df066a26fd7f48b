// The editor's test steps that run inside the page, shared by the Chromium suite and the
// Firefox/WebKit one (test/xbrowser/). Each function stands alone (it is sent to the engine as
// source text), so none refers to anything outside itself. They do what a user's paste or
// selection does, through the same events; the keys, clicks and map clicks stay real.

/** Sets the control labelled `label` (exact text) inside the editor as typing or choosing would. */
export function setEditorField({ label, value }: { label: string; value: string }) {
  const panel = document.querySelector('[role="dialog"].editor-panel');
  const found = [...(panel?.querySelectorAll("label") ?? [])].find(
    (l) => (l.textContent ?? "").replace(/\s+/g, " ").trim() === label,
  );
  const el = found?.control;
  if (!el) return false;
  if (el instanceof HTMLInputElement && el.type === "checkbox") {
    if (el.checked !== (value === "true")) el.click();
    return true;
  }
  const proto =
    el instanceof HTMLTextAreaElement
      ? HTMLTextAreaElement.prototype
      : el instanceof HTMLSelectElement
        ? HTMLSelectElement.prototype
        : HTMLInputElement.prototype;
  Object.getOwnPropertyDescriptor(proto, "value")?.set?.call(el, value);
  el.dispatchEvent(new Event(el instanceof HTMLSelectElement ? "change" : "input", { bubbles: true }));
  el.dispatchEvent(new Event("blur", { bubbles: true }));
  return true;
}

/**
 * Selects `passage` in the editor's article text box as a mouse drag would, and focuses the box
 * (so a key press goes to it). False when the passage is not in one piece of the shown text.
 */
export function selectInArticle(passage: string) {
  const box = document.querySelector<HTMLElement>('[role="textbox"][aria-readonly="true"]');
  const piece = [...(box?.querySelectorAll("[data-start]") ?? [])].find((p) =>
    (p.textContent ?? "").includes(passage),
  );
  const text = piece?.firstChild;
  if (!box || !text) return false;
  const at = (text.textContent ?? "").indexOf(passage);
  box.focus();
  const range = document.createRange();
  range.setStart(text, at);
  range.setEnd(text, at + passage.length);
  const sel = getSelection();
  sel?.removeAllRanges();
  sel?.addRange(range);
  return true;
}

/** Puts the caret (a collapsed selection) just before `passage` in the article text box. */
export function caretBefore(passage: string) {
  const box = document.querySelector<HTMLElement>('[role="textbox"][aria-readonly="true"]');
  const piece = [...(box?.querySelectorAll("[data-start]") ?? [])].find((p) =>
    (p.textContent ?? "").includes(passage),
  );
  const text = piece?.firstChild;
  if (!box || !text) return false;
  box.focus();
  getSelection()?.collapse(text, (text.textContent ?? "").indexOf(passage));
  return true;
}

/** What the editor shows: its quotes, pinned targets, check result, and the draft annotations in the details. */
export function editorState() {
  const panel = document.querySelector('[role="dialog"].editor-panel');
  const norm = (s: string | null) => (s ?? "").replace(/\s+/g, " ").trim();
  return {
    open: panel !== null,
    quotes: [...(panel?.querySelectorAll(".editor-quotes blockquote") ?? [])].map((q) => norm(q.textContent)),
    pinned: [...(panel?.querySelectorAll('[aria-label="Pinned to"] .chip') ?? [])].map((c) =>
      norm(c.firstChild?.textContent ?? ""),
    ),
    passes: norm(panel?.querySelector(".editor-ok")?.textContent ?? "").includes("passes"),
    problems: [...(panel?.querySelectorAll(".editor-problems li") ?? [])].map((li) => norm(li.textContent)),
    draftsInDetails: [
      ...document.querySelectorAll(
        '[aria-label="Segment details"] article.annotation.is-draft, [aria-label="Place details"] article.annotation.is-draft',
      ),
    ].map((a) => norm(a.textContent)),
  };
}
