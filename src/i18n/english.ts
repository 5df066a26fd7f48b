// English as an I18n value: the default of the writers that take one as an optional last
// argument (exports, route words, the map controller's texts), for callers not translated yet.
// Its own module, beside the context rather than its default: it carries the whole English
// catalogue, which the still embed (which shares the context) must not fetch.
import { en } from "./catalogues/en.ts";
import { type I18n, i18nFor } from "./i18nContext.ts";
import { DEFAULT_LANG } from "./languages.ts";

export const ENGLISH: I18n = i18nFor(DEFAULT_LANG, en);
