// Where a DOM selection sits in the article's text: each piece of the shown article is an
// element with `data-start` (its offset in the text) holding the piece's text as one text node,
// so a boundary inside a piece is its start plus the offset, and a boundary between elements is
// the start of the first piece after it. The quote is then cut from the text itself
// (quoteFromSelection), never from what the browser copied.

/** The text offset of a DOM boundary (node, offset) inside `root`. */
export function textOffset(root: Element, node: Node, offset: number, textLength: number): number {
  if (node.nodeType === Node.TEXT_NODE) {
    const piece = node.parentElement?.closest<HTMLElement>("[data-start]");
    if (piece && root.contains(piece)) return Number(piece.dataset.start) + offset;
  }
  const at = document.createRange();
  at.setStart(node, offset);
  for (const piece of root.querySelectorAll<HTMLElement>("[data-start]")) {
    // The first piece that starts at or after the boundary.
    if (at.comparePoint(piece, 0) >= 0) return Number(piece.dataset.start);
  }
  return textLength;
}

/** The selection's [start, end) in the text, or null when it is not (wholly) inside `root`. */
export function selectionRange(root: Element, textLength: number): [number, number] | null {
  const sel = root.ownerDocument.getSelection();
  if (!sel || sel.rangeCount === 0) return null;
  const range = sel.getRangeAt(0);
  if (!root.contains(range.startContainer) || !root.contains(range.endContainer)) return null;
  const start = textOffset(root, range.startContainer, range.startOffset, textLength);
  const end = textOffset(root, range.endContainer, range.endOffset, textLength);
  return [Math.min(start, end), Math.max(start, end)];
}
