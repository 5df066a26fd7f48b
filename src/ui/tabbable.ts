// The elements Tab stops at inside a container, in order, for dialogs that keep focus inside.

const CANDIDATES =
  "a[href], area[href], button, input, select, textarea, iframe, summary, [tabindex], [contenteditable='true']";

export function tabbables(root: HTMLElement): HTMLElement[] {
  const all = [...root.querySelectorAll<HTMLElement>(CANDIDATES)].filter(
    (el) =>
      el.tabIndex >= 0 &&
      !(el as HTMLButtonElement).disabled &&
      !el.closest("[inert]") &&
      el.getClientRects().length > 0 &&
      getComputedStyle(el).visibility !== "hidden",
  );
  // Of a group of radio buttons, Tab stops only at the checked one (or the first when none is).
  return all.filter((el) => {
    if (!(el instanceof HTMLInputElement) || el.type !== "radio" || !el.name) return true;
    const group = all.filter(
      (o): o is HTMLInputElement => o instanceof HTMLInputElement && o.type === "radio" && o.name === el.name,
    );
    const checked = group.find((o) => o.checked);
    return checked ? checked === el : group[0] === el;
  });
}
