// The registry's words: each label is a catalogue key (src/i18n/catalogues/en.ts), with its
// English text beside it for the parts of the app that are not translated yet (route, export,
// share, the map style). Keys follow the ids (`kind.rail`, `status.planned`), so the compiler
// refuses a kind, status or place kind the English catalogue does not name. The English is
// read from the registry's part of the catalogue (en/registryWords.ts), not the whole file: the
// registry is in the still embed too, which takes the rest of its words from its lite file.
import type { NodeKind, SegmentKind } from "../data/vocabulary.ts";
import type { PlainKey } from "../i18n/catalogue.ts";
import { registryWords } from "../i18n/catalogues/en/registryWords.ts";

type RegistryKey = keyof typeof registryWords & PlainKey;

/** Words the interface shows: a catalogue key, and its English text (for what is not translated yet). */
export interface Labelled {
  labelKey: PlainKey;
  label: string;
}
export const labelled = (labelKey: RegistryKey): Labelled => ({ labelKey, label: registryWords[labelKey] });

export const kindWords = (kind: SegmentKind) => ({
  ...labelled(`kind.${kind}`),
  patternKey: `pattern.${kind}` as const,
  patternLabel: registryWords[`pattern.${kind}`],
});

export const nodeWords = (kind: NodeKind) => ({
  ...labelled(`nodeKind.${kind}`),
  pluralKey: `nodeKinds.${kind}` as const,
  plural: registryWords[`nodeKinds.${kind}`],
});
