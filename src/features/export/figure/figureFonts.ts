// The Noto Sans faces a figure embeds. An SVG drawn as an image (the PNG path) cannot load font
// files and may not see the page's fonts, so every face its text needs is inlined as a data URL:
// Latin always, Latin Extended for Turkish and Azerbaijani (ğ ş ı ə), Cyrillic for Russian and
// Kazakh, Cyrillic Extended for Kazakh's ә ғ қ ң ө ұ ү һ. Which ones is read from the figure's
// own text (a Russian source title in an English figure needs Cyrillic too), and each face
// carries its unicode-range, as @fontsource declares it, so the engine picks the right one per
// letter. Chinese has no face here: the app ships no CJK font file for figures yet.
import cyrillic400 from "@fontsource/noto-sans/files/noto-sans-cyrillic-400-normal.woff2?url";
import cyrillic600 from "@fontsource/noto-sans/files/noto-sans-cyrillic-600-normal.woff2?url";
import cyrillicExt400 from "@fontsource/noto-sans/files/noto-sans-cyrillic-ext-400-normal.woff2?url";
import cyrillicExt600 from "@fontsource/noto-sans/files/noto-sans-cyrillic-ext-600-normal.woff2?url";
import { FONT_FILES } from "../../../ui/fontFiles.ts";

/** The ranges of @fontsource/noto-sans's subsets (its 400.css). */
const RANGES = {
  latin:
    "U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD",
  "latin-ext":
    "U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF",
  cyrillic: "U+0301,U+0400-045F,U+0490-0491,U+04B0-04B1,U+2116",
  "cyrillic-ext": "U+0460-052F,U+1C80-1C8A,U+20B4,U+2DE0-2DFF,U+A640-A69F,U+FE2E-FE2F",
} as const;

type Subset = keyof typeof RANGES;

export interface FigureFace {
  subset: Subset;
  weight: 400 | 600;
  url: string;
  range: string;
}

export const FIGURE_FACES: readonly FigureFace[] = [
  { subset: "latin", weight: 400, url: FONT_FILES.regular[0] },
  { subset: "latin-ext", weight: 400, url: FONT_FILES.regular[1] },
  { subset: "latin", weight: 600, url: FONT_FILES.semibold[0] },
  { subset: "latin-ext", weight: 600, url: FONT_FILES.semibold[1] },
  { subset: "cyrillic", weight: 400, url: cyrillic400 },
  { subset: "cyrillic", weight: 600, url: cyrillic600 },
  { subset: "cyrillic-ext", weight: 400, url: cyrillicExt400 },
  { subset: "cyrillic-ext", weight: 600, url: cyrillicExt600 },
].map((f) => ({
  ...f,
  subset: f.subset as Subset,
  weight: f.weight as 400 | 600,
  range: RANGES[f.subset as Subset],
}));

/** A unicode-range as [from, to] code point pairs. */
function intervals(range: string): [number, number][] {
  return range.split(",").map((part) => {
    const [from = "0", to] = part.replace("U+", "").split("-");
    return [Number.parseInt(from, 16), Number.parseInt(to ?? from, 16)];
  });
}

/** The subsets `text` has a letter in (Latin always: digits, spaces and punctuation are there). */
export function subsetsFor(text: string): Set<Subset> {
  const used = new Set<Subset>(["latin"]);
  const tables = (Object.keys(RANGES) as Subset[]).map((s) => [s, intervals(RANGES[s])] as const);
  for (const ch of new Set(text)) {
    const c = ch.codePointAt(0) ?? 0;
    if (c < 0x100) continue;
    for (const [subset, spans] of tables) if (spans.some(([a, b]) => c >= a && c <= b)) used.add(subset);
  }
  return used;
}

/** The faces the text needs, in both weights the figure uses. */
export function facesFor(text: string): FigureFace[] {
  const used = subsetsFor(text);
  return FIGURE_FACES.filter((f) => used.has(f.subset));
}
