// The interface's Chinese font: the subset of Noto Sans SC (src/ui/cjkFonts.ts, `npm run
// fonts:cjk`; its manifest comes with the catalogue, cjkFontFiles.ts) added to the "Noto Sans"
// family the page already uses, only once a language whose registry entry needs
// "chinese-simplified" is chosen; no other page declares or fetches it. Each
// face carries exactly its characters as unicode-range, so the browser fetches only the files the
// page's text needs (the map's own labels go through its font-faces, src/map/style.ts).
import { loadedCjkFontFiles, needsCjkFont } from "./cjkFontFiles.ts";
import type { Lang } from "./languages.ts";

let added = false;

/**
 * Declares the Chinese faces once (a no-op without the CSS Font Loading API, or before the
 * manifest is here: the catalogue of a Chinese language waits for it).
 */
export function addCjkFontFaces(lang: Lang): void {
  const files = loadedCjkFontFiles();
  if (added || !files || !needsCjkFont(lang) || typeof FontFace === "undefined" || !document.fonts) return;
  added = true;
  const faces = [
    ...files.regular.map((f) => ({ ...f, weight: "400" })),
    ...files.semibold.map((f) => ({ ...f, weight: "600" })),
  ];
  for (const f of faces) {
    const url = new URL(f.file, document.baseURI).href;
    document.fonts.add(
      new FontFace("Noto Sans", `url(${JSON.stringify(url)}) format("woff2")`, {
        weight: f.weight,
        style: "normal",
        display: "swap",
        unicodeRange: f.ranges.join(","),
      }),
    );
  }
}
