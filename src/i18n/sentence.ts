// Sentence ends in the exports and the overview. Some languages' dates end in an abbreviation's period
// (Russian "2 дек. 2026 г.", Kazakh "31 қаң."), so a sentence that ends with a date must not get a
// second one: "На 2 дек. 2026 г.", not "… г..".

/** `text` ending in one period: added where it has none. */
export function withPeriod(text: string): string {
  return /[.。]$/u.test(text) ? text : `${text}.`;
}

/** A filled-in message whose date param ended it with its own period: the doubled one dropped. */
export function oneFinalPeriod(text: string): string {
  return text.replace(/\.\.$/u, ".");
}
