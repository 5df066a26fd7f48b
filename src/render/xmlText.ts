// The one XML escaper of the hand-written XML files (the SVG figure, the KML download). All data
// text is untrusted, and some characters cannot be written in XML 1.0 at all, escaped or not
// (a U+0001 in a name would make the whole file unreadable), so they are dropped first.

/**
 * Drops what XML 1.0 cannot carry: it allows #x9 #xA #xD, #x20–#xD7FF, #xE000–#xFFFD and
 * #x10000–#x10FFFF, so the other C0 controls, lone surrogates, U+FFFE and U+FFFF go.
 */
export function xmlChars(text: string): string {
  let out = "";
  // for…of walks code points: a surrogate pair arrives whole, a lone surrogate alone.
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    const bad =
      c < 0x20
        ? c !== 0x9 && c !== 0xa && c !== 0xd
        : (c >= 0xd800 && c <= 0xdfff) || c === 0xfffe || c === 0xffff;
    if (!bad) out += ch;
  }
  return out;
}

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };

/** Text for XML element content or attribute values (quoted with either quote). */
export function escapeXml(text: string): string {
  return xmlChars(text).replace(/[&<>"']/g, (c) => ENTITIES[c] ?? "&apos;");
}

/** A CDATA section; a `]]>` inside is split across two sections so it cannot end the first. */
export function cdata(text: string): string {
  return `<![CDATA[${xmlChars(text).replaceAll("]]>", "]]]]><![CDATA[>")}]]>`;
}
