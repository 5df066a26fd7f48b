// Validates the raw contents of data/ as a whole: each file against its schema, then the links
// between files (ids, quotes, node ends) and the histories, one function per check. Pure: the
// caller reads the files.

import { checkText } from "./checkMessages.ts";
import {
  checkAnnotation,
  checkEverySegmentAnnotated,
  checkSegmentEnds,
  checkSegmentFileNames,
  checkTourTargets,
  checkUniqueIds,
} from "./checks/crossChecks.ts";
import { checkHistories } from "./checks/historyChecks.ts";
import { checkNames } from "./checks/nameChecks.ts";
import {
  idOf,
  parseAnnotationFiles,
  parseNodes,
  parseSegments,
  parseSources,
  parseTour,
} from "./checks/parseFiles.ts";
import { checkRouteFields } from "./checks/routeChecks.ts";
import type { DataError } from "./dataErrors.ts";
import type { Annotation, CorridorNode, Segment, Source, TourStep } from "./schema.ts";
import { articleText } from "./sourceText.ts";
import { didYouMeanHint } from "./suggestIds.ts";

export interface RawFile {
  /** Path relative to the project root. */
  file: string;
  /** Parsed JSON, or the raw text for article files. */
  content: unknown;
}

export interface RawData {
  sources: RawFile[];
  /** Article texts by file name (as in a source's `textFile`). */
  texts: Record<string, string>;
  segments: RawFile[];
  nodes: RawFile;
  annotations: RawFile[];
  /** data/tour.json; absent in a data set without a tour. */
  tour?: RawFile;
}

export interface SourceWithText extends Source {
  /** The article as shown: publisher promotion removed. */
  text: string;
}

export interface ValidData {
  sources: SourceWithText[];
  /** Each with the file it came from, for later checks' messages. */
  segments: (Segment & { file: string })[];
  nodes: CorridorNode[];
  tour: TourStep[];
  /** Annotations with the source they come from. */
  annotations: (Annotation & { source: string; file: string })[];
}

export type ValidationResult = { ok: true; data: ValidData } | { ok: false; errors: DataError[] };

/**
 * Validates the raw contents of data/ as a whole: each file against its schema
 * (`checks/parseFiles.ts`), then the links between files (`checks/crossChecks.ts`) and each
 * history as a whole (`checks/historyChecks.ts`), in the order a person fixing them would read them.
 */
export function validateData(raw: RawData): ValidationResult {
  const errors: DataError[] = [];
  const claims: { id: string; file: string; entry: string }[] = [];

  const parsedSources = parseSources(raw);
  errors.push(...parsedSources.errors);
  const sources: SourceWithText[] = [];
  for (const { file, entry, data } of parsedSources.items) {
    claims.push({ id: data.id, file, entry });
    const text = raw.texts[data.textFile];
    if (text === undefined)
      errors.push({
        file,
        entry,
        field: "textFile",
        ...checkText("editor.check.textFileMissing", { file: data.textFile }),
      });
    else sources.push({ ...data, text: articleText(text, data.omitLines) });
  }

  const parsedSegments = parseSegments(raw);
  errors.push(...parsedSegments.errors);
  const segments: ValidData["segments"] = parsedSegments.items.map(({ file, entry, data }) => {
    claims.push({ id: data.id, file, entry });
    return { ...data, file };
  });

  const parsedNodes = parseNodes(raw);
  errors.push(...parsedNodes.errors);
  const nodes = parsedNodes.items;
  for (const n of nodes) claims.push({ id: n.id, file: raw.nodes.file, entry: `"${n.id}"` });

  const parsedAnnotations = parseAnnotationFiles(raw);
  errors.push(...parsedAnnotations.errors);

  // Ids of entries that failed their schema still count as known, so one mistake is reported once.
  const rawNodes = (raw.nodes.content as { nodes?: unknown } | null)?.nodes;
  const known = {
    nodeIds: new Set([
      ...nodes.map((n) => n.id),
      ...(Array.isArray(rawNodes) ? rawNodes.map((n) => idOf(n) ?? "") : []),
    ]),
    segmentIds: new Set([...segments.map((s) => s.id), ...raw.segments.map((f) => idOf(f.content) ?? "")]),
  };
  const sourceById = new Map(sources.map((s) => [s.id, s]));

  errors.push(...checkSegmentFileNames(segments), ...checkSegmentEnds(segments, nodes, known.nodeIds));
  errors.push(...checkHistories(segments, nodes, raw.nodes.file));
  errors.push(...checkRouteFields(segments, nodes));
  errors.push(...checkNames(segments, nodes, raw.nodes.file));

  const annotations: ValidData["annotations"] = [];
  for (const { file, data } of parsedAnnotations.items) {
    const source = sourceById.get(data.source);
    if (!source)
      errors.push({
        file,
        entry: "",
        field: "source",
        ...checkText("editor.check.unknownSource", {
          id: data.source,
          hint: didYouMeanHint(data.source, sourceById.keys()),
        }),
      });
    for (const a of data.annotations) {
      const annotation = { ...a, source: data.source, file };
      claims.push({ id: a.id, file, entry: `"${a.id}"` });
      errors.push(...checkAnnotation(annotation, source, known));
      annotations.push(annotation);
    }
  }
  errors.push(...checkEverySegmentAnnotated(segments, annotations));

  const parsedTour = parseTour(raw);
  errors.push(...parsedTour.errors);
  const tour = parsedTour.items;
  if (raw.tour) errors.push(...checkTourTargets(tour, raw.tour.file, known));

  errors.push(...checkUniqueIds(claims));
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, data: { sources, segments, nodes, annotations, tour } };
}
