// The shape of a message catalogue, taken from the English one: every other catalogue must
// have exactly its keys (a missing key is a type error, an extra one too), and t() accepts
// only its keys, with the parameters its English text names.
import type { en } from "./catalogues/en.ts";

/** A message that depends on a number: one text per CLDR plural category the language has. */
export interface PluralForms {
  zero?: string;
  one?: string;
  two?: string;
  few?: string;
  many?: string;
  /** Every language has "other"; it is also the fallback. */
  other: string;
}

export type Message = string | PluralForms;

type English = typeof en;
export type MessageKey = keyof English;

/** What a catalogue holds: for each English key, a text, or plural forms where English has them. */
export type Catalogue = { readonly [K in MessageKey]: English[K] extends string ? string : PluralForms };

/** The names in `{braces}` of a text. */
type Placeholders<S> = S extends `${string}{${infer P}}${infer Rest}` ? P | Placeholders<Rest> : never;

type TextsOf<M> = M extends string ? M : M[keyof M & ("zero" | "one" | "two" | "few" | "many" | "other")];

/** The parameters a key takes: its English text's placeholders; a plural also takes `count`. */
export type ParamsOf<K extends MessageKey> = {
  [P in Placeholders<TextsOf<English[K]>> | (English[K] extends string ? never : "count")]: P extends "count"
    ? number
    : string | number;
};

/** The keys whose text takes no parameter: what the registries name (`kind.rail`). */
export type PlainKey = { [K in MessageKey]: keyof ParamsOf<K> extends never ? K : never }[MessageKey];

/** t(key) for keys without placeholders, t(key, params) for the others. */
export type TFunction = <K extends MessageKey>(
  key: K,
  ...params: keyof ParamsOf<K> extends never ? [] : [ParamsOf<K>]
) => string;

/**
 * Says a registry word (a kind, a status) in the reader's language: its key's text, or the
 * English given where it has no key (a kind a registry copy adds without catalogue entries).
 */
export type Say = (key: PlainKey | undefined, english: string) => string;
