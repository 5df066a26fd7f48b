// In-page checks of a page shown in another language, as source text so every engine's driver
// can run them (Chromium's page.evaluate, Firefox's BiDi, WebKit's WebDriver: no imports).
//
// UNMARKED_ENGLISH: every text a reader sees or hears (text nodes, aria-label, title,
// placeholder, alt) that is in the page's language by its nearest `lang` — so neither a quote
// nor a text marked "in English" — and still reads as English: it has English words that no
// other language of the corridor writes. A text left out of the catalogues shows up here.

/** English words no Russian, Kazakh, Turkish or Azerbaijani interface text contains. */
export const ENGLISH_WORDS = [
  "the",
  "and",
  "with",
  "from",
  "this",
  "that",
  "which",
  "for",
  "of",
  "are",
  "has",
  "have",
  "been",
  "will",
  "show",
  "shows",
  "open",
  "close",
  "choose",
  "select",
  "loading",
  "source",
  "sources",
  "segment",
  "segments",
  "details",
  "legend",
  "layers",
  "share",
  "export",
  "present",
  "route",
  "search",
  "timeline",
  "today",
];

/** `(lang) => string[]`: each English-looking text not marked with another language, described. */
export const UNMARKED_ENGLISH = `((lang) => {
  const words = new RegExp("(^|[^\\\\p{L}])(" + ${JSON.stringify(ENGLISH_WORDS.join("|"))} + ")(?![\\\\p{L}])", "iu");
  const out = [];
  const langOf = (el) => (el && el.closest("[lang]") ? el.closest("[lang]").getAttribute("lang") : "");
  const inPageLanguage = (el) => {
    const l = langOf(el);
    return l === lang || l.startsWith(lang + "-");
  };
  // Titles and quotes stay as published: what stands in quotation marks is not counted.
  const unquoted = (t) => t.replace(/«[^»]*»|“[^”]*”|„[^“”]*[“”]|"[^"]*"|《[^》]*》/g, "");
  const describe = (el) => el.tagName.toLowerCase() + (el.className && typeof el.className === "string" ? "." + el.className.split(" ")[0] : "");
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const el = n.parentElement;
    // Code and what the reader typed or copies (the embed code, a permalink) are not text.
    if (!el || el.closest("script, style, noscript, svg title, textarea, code, pre, kbd")) continue;
    const text = n.textContent.trim();
    if (!text || !inPageLanguage(el)) continue;
    if (words.test(unquoted(text))) out.push(describe(el) + ' "' + text.slice(0, 80) + '"');
  }
  for (const el of document.body.querySelectorAll("[aria-label], [title], [placeholder], [alt]")) {
    if (!inPageLanguage(el)) continue;
    for (const a of ["aria-label", "title", "placeholder", "alt"]) {
      const v = el.getAttribute(a);
      if (v && words.test(unquoted(v))) out.push(describe(el) + " " + a + '="' + v.slice(0, 80) + '"');
    }
  }
  return out;
})`;

/**
 * `(root) => string[]`: every element in `root` (and `root`) whose content overflows its box
 * sideways. Skipped: what has no box of its own, the visually hidden text for screen readers
 * (clipped to 1 px on purpose), the value inside a text field, which scrolls by design, and a
 * line cut with an ellipsis whose whole text is its title.
 */
export const OVERFLOWING = `((root) => {
  const out = [];
  for (const el of [root, ...root.querySelectorAll("*")]) {
    if (el.closest(".visually-hidden") || el instanceof SVGElement) continue;
    if (el.matches("input, textarea, select")) continue;
    if (el.clientWidth === 0 && el.clientHeight === 0) continue;
    // Cut on purpose with an ellipsis, the whole text in its title (one line that must not grow).
    if (getComputedStyle(el).textOverflow === "ellipsis" && el.title) continue;
    if (el.scrollWidth > el.clientWidth) {
      const text = (el.textContent || "").trim().slice(0, 50);
      out.push(el.tagName.toLowerCase() + "." + String(el.className).split(" ")[0] + " " +
        el.scrollWidth + ">" + el.clientWidth + ' "' + text + '"');
    }
  }
  return out;
})`;
