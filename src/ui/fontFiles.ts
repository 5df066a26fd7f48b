// The Noto Sans files (from npm) the map labels and the exported figures use: per style, one file
// per @fontsource subset, each with the unicode-range @fontsource gives it (as in
// @fontsource/noto-sans/400.css), so the map fetches a file only when it draws a letter of it.
// The ranges are in fontRanges.ts (read by scripts too); Chinese is a subset of our own
// (public/fonts/cjk/, `npm run fonts:cjk`), listed in cjkFonts.ts.
import italicCyrillic from "@fontsource/noto-sans/files/noto-sans-cyrillic-400-italic.woff2?url";
import regularCyrillic from "@fontsource/noto-sans/files/noto-sans-cyrillic-400-normal.woff2?url";
import semiboldCyrillic from "@fontsource/noto-sans/files/noto-sans-cyrillic-600-normal.woff2?url";
import italicCyrillicExt from "@fontsource/noto-sans/files/noto-sans-cyrillic-ext-400-italic.woff2?url";
import regularCyrillicExt from "@fontsource/noto-sans/files/noto-sans-cyrillic-ext-400-normal.woff2?url";
import semiboldCyrillicExt from "@fontsource/noto-sans/files/noto-sans-cyrillic-ext-600-normal.woff2?url";
import italicLatin from "@fontsource/noto-sans/files/noto-sans-latin-400-italic.woff2?url";
import regularLatin from "@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url";
import semiboldLatin from "@fontsource/noto-sans/files/noto-sans-latin-600-normal.woff2?url";
import italicExt from "@fontsource/noto-sans/files/noto-sans-latin-ext-400-italic.woff2?url";
import regularExt from "@fontsource/noto-sans/files/noto-sans-latin-ext-400-normal.woff2?url";
import semiboldExt from "@fontsource/noto-sans/files/noto-sans-latin-ext-600-normal.woff2?url";

export { FONT_SUBSET_RANGES } from "./fontRanges.ts";

/** Per style: Latin, Latin Extended (ə, ş, ğ …), Cyrillic, Cyrillic Extended (Kazakh ә, қ, ө …). */
export const FONT_FILES = {
  regular: [regularLatin, regularExt, regularCyrillic, regularCyrillicExt],
  semibold: [semiboldLatin, semiboldExt, semiboldCyrillic, semiboldCyrillicExt],
  italic: [italicLatin, italicExt, italicCyrillic, italicCyrillicExt],
} as const;
