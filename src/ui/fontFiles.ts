// The Noto Sans files (from npm) the map labels and the exported figures use.
import italicLatin from "@fontsource/noto-sans/files/noto-sans-latin-400-italic.woff2?url";
import regularLatin from "@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url";
import semiboldLatin from "@fontsource/noto-sans/files/noto-sans-latin-600-normal.woff2?url";
import italicExt from "@fontsource/noto-sans/files/noto-sans-latin-ext-400-italic.woff2?url";
import regularExt from "@fontsource/noto-sans/files/noto-sans-latin-ext-400-normal.woff2?url";
import semiboldExt from "@fontsource/noto-sans/files/noto-sans-latin-ext-600-normal.woff2?url";

/** Per style: the Latin file, then Latin Extended (ə, ş, ğ …). */
export const FONT_FILES = {
  regular: [regularLatin, regularExt],
  semibold: [semiboldLatin, semiboldExt],
  italic: [italicLatin, italicExt],
} as const;
