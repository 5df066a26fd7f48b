// The one declarative registry of the interface's languages. The `?lang=` parameter, the
// language menu, `<html lang>`, the data check (a name per language for every place and
// segment), the catalogue loader and the font coverage test all read it, so adding a language
// is a line here, a catalogue in catalogues/ and the names in the data (README, "Languages").

/** The font subsets (as @fontsource names them) a language's text needs besides "latin". */
export type FontSubset = "latin-ext" | "cyrillic" | "cyrillic-ext" | "chinese-simplified";

export interface LanguageSpec {
  /** What `?lang=` and `<html lang>` say; also the key in the data's `names`. */
  code: string;
  /** The language's name in itself, as the menu shows it. */
  nativeName: string;
  /** The locale Intl formats dates, numbers and plurals with. */
  locale: string;
  /** The font subsets its letters need beyond basic Latin (src/ui/fontFiles.ts ships them). */
  fonts: readonly FontSubset[];
}

export const LANGUAGES = [
  { code: "en", nativeName: "English", locale: "en-GB", fonts: [] },
  { code: "ru", nativeName: "Русский", locale: "ru-RU", fonts: ["cyrillic"] },
  { code: "tr", nativeName: "Türkçe", locale: "tr-TR", fonts: ["latin-ext"] },
  { code: "az", nativeName: "Azərbaycanca", locale: "az-Latn-AZ", fonts: ["latin-ext"] },
  { code: "kk", nativeName: "Қазақша", locale: "kk-KZ", fonts: ["cyrillic", "cyrillic-ext"] },
  { code: "zh", nativeName: "中文", locale: "zh-Hans-CN", fonts: ["chinese-simplified"] },
] as const satisfies readonly LanguageSpec[];

export type Lang = (typeof LANGUAGES)[number]["code"];

/** English is the data's own language (`name`, `summary`) and the bundled catalogue. */
export const DEFAULT_LANG = "en" satisfies Lang;

export const LANGUAGE_CODES: readonly Lang[] = LANGUAGES.map((l) => l.code);

/** The languages the data carries translations for (`names.ru`, `summaries.ru` …): all but English. */
export type TranslatedLang = Exclude<Lang, typeof DEFAULT_LANG>;
export const TRANSLATED_LANGS = LANGUAGE_CODES.filter((l): l is TranslatedLang => l !== DEFAULT_LANG);

export function isLang(code: string): code is Lang {
  return (LANGUAGE_CODES as readonly string[]).includes(code);
}

export function languageSpec(lang: Lang): LanguageSpec {
  // Every Lang is in LANGUAGES by construction of the type.
  return LANGUAGES.find((l) => l.code === lang) as LanguageSpec;
}
