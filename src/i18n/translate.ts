// Looks a message up and fills it in. Pure (the caller passes catalogue and locale), so tests
// and non-React code use it as the components do.
import type { Catalogue, Message, MessageKey, PluralForms, Say, TFunction } from "./catalogue.ts";

const pluralRules = new Map<string, Intl.PluralRules>();
const numberFormats = new Map<string, Intl.NumberFormat>();

function rulesFor(locale: string): Intl.PluralRules {
  let rules = pluralRules.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(locale);
    pluralRules.set(locale, rules);
  }
  return rules;
}

/** A number as the locale writes it ("12 345" in Russian, "12,345" in English). */
export function formatNumber(value: number, locale: string): string {
  let format = numberFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale);
    numberFormats.set(locale, format);
  }
  return format.format(value);
}

/** The plural form for `count` by the locale's CLDR rules (ru: one/few/many/other), else "other". */
export function pluralText(forms: PluralForms, count: number, locale: string): string {
  const category = rulesFor(locale).select(count);
  return forms[category] ?? forms.other;
}

/** Replaces each `{name}` with its parameter; numbers are written the locale's way. */
export function fillIn(text: string, params: Record<string, string | number>, locale: string): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === "number" ? formatNumber(value, locale) : value;
  });
}

export function translate(
  catalogue: Catalogue,
  locale: string,
  key: MessageKey,
  params: Record<string, string | number> = {},
): string {
  const message: Message = catalogue[key];
  const text = typeof message === "string" ? message : pluralText(message, Number(params.count ?? 0), locale);
  return fillIn(text, params, locale);
}

/** A typed t() bound to one catalogue and locale. */
export function makeT(catalogue: Catalogue, locale: string): TFunction {
  return ((key: MessageKey, params?: Record<string, string | number>) =>
    translate(catalogue, locale, key, params)) as TFunction;
}

/** A Say bound to one catalogue and locale. */
export function makeSay(catalogue: Catalogue, locale: string): Say {
  return (key, english) => (key ? translate(catalogue, locale, key) : english);
}
