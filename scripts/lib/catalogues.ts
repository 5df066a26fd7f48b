// Every catalogue, for the build (the still embed's lite files take their texts from them). The
// type lists every language of the registry, so a language added there and not here does not
// compile.
import type { Catalogue } from "../../src/i18n/catalogue.ts";
import az from "../../src/i18n/catalogues/az.ts";
import { en } from "../../src/i18n/catalogues/en.ts";
import kk from "../../src/i18n/catalogues/kk.ts";
import ru from "../../src/i18n/catalogues/ru.ts";
import tr from "../../src/i18n/catalogues/tr.ts";
import zh from "../../src/i18n/catalogues/zh.ts";
import type { Lang } from "../../src/i18n/languages.ts";

export const CATALOGUES: Readonly<Record<Lang, Catalogue>> = { en, ru, tr, az, kk, zh };
