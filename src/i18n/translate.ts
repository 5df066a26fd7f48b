// Looks a message up and fills it in. Pure (the caller passes catalogue and locale), so tests
// and non-React code use it as the components do.
import type { Catalogue, Message, MessageKey, PluralForms, Say, TFunction } from "./catalogue.ts";

const pluralRules = new Map<string, Intl.PluralRules>();
const BASE_NUMBERS = new Intl.NumberFormat("en-US", { maximumFractionDigits: 3 });

function rulesFor(locale: string): Intl.PluralRules {
  let rules = pluralRules.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(locale);
    pluralRules.set(locale, rules);
  }
  return rules;
}

/**
 * A number with the language's digit grouping and decimal mark (its catalogue's `number.*`):
 * Intl lays the digits out, the marks are ours, because engines lack some locales' number data
 * (Debian's Chromium writes Kazakh and Azerbaijani numbers the English way).
 */
export function formatNumber(value: number, marks: { group: string; decimal: string }): string {
  return BASE_NUMBERS.formatToParts(value)
    .map((p) => (p.type === "group" ? marks.group : p.type === "decimal" ? marks.decimal : p.value))
    .join("");
}

export const numberMarks = (catalogue: Catalogue) => ({
  group: catalogue["number.group"],
  decimal: catalogue["number.decimal"],
});

/** The plural form for `count` by the locale's CLDR rules (ru: one/few/many/other), else "other". */
export function pluralText(forms: PluralForms, count: number, locale: string): string {
  const category = rulesFor(locale).select(count);
  return forms[category] ?? forms.other;
}

/** Replaces each `{name}` with its parameter; numbers are written the locale's way. */
export function fillIn(
  text: string,
  params: Record<string, string | number>,
  marks: { group: string; decimal: string },
): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === "number" ? formatNumber(value, marks) : value;
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
  return fillIn(text, params, numberMarks(catalogue));
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
