// The registry's words: each label is a catalogue key (src/i18n/catalogues/en.ts), with its
// English text beside it for the parts of the app that are not translated yet (route, export,
// share, the map style). Keys follow the ids (`kind.rail`, `status.planned`), so the compiler
// refuses a kind, status or place kind the English catalogue does not name.
import type { NodeKind, SegmentKind } from "../data/vocabulary.ts";
import type { PlainKey } from "../i18n/catalogue.ts";
import { en } from "../i18n/catalogues/en.ts";

/** Words the interface shows: a catalogue key, and its English text (for what is not translated yet). */
export interface Labelled {
  labelKey: PlainKey;
  label: string;
}
export const labelled = (labelKey: PlainKey): Labelled => ({ labelKey, label: en[labelKey] as string });

export const kindWords = (kind: SegmentKind) => ({
  ...labelled(`kind.${kind}`),
  patternKey: `pattern.${kind}` as const,
  patternLabel: en[`pattern.${kind}`],
});

export const nodeWords = (kind: NodeKind) => ({
  ...labelled(`nodeKind.${kind}`),
  pluralKey: `nodeKinds.${kind}` as const,
  plural: en[`nodeKinds.${kind}`],
});
