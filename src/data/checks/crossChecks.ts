// The checks across files, one function each: unique ids, files named after their ids, line
// ends on their places, known ids in annotations and the tour, quotes verbatim, every segment
// annotated. Each returns the errors it finds; validateData runs them in order.
import { checkText } from "../checkMessages.ts";
import type { DataError } from "../dataErrors.ts";
import type { CorridorNode, TourStep } from "../schema.ts";
import { normalizeWhitespace } from "../sourceText.ts";
import { didYouMeanHint } from "../suggestIds.ts";
import type { SourceWithText, ValidData } from "../validateData.ts";

/** Ids are unique across sources, segments, places and annotations; the first use wins. */
export function checkUniqueIds(claims: { id: string; file: string; entry: string }[]): DataError[] {
  const fileOfId = new Map<string, string>();
  const errors: DataError[] = [];
  for (const { id, file, entry } of claims) {
    const earlier = fileOfId.get(id);
    if (earlier)
      errors.push({
        file,
        entry,
        field: "id",
        ...checkText("editor.check.idTaken", { id, file: earlier }),
      });
    else fileOfId.set(id, file);
  }
  return errors;
}

/** A segment's file is named after its id. */
export function checkSegmentFileNames(segments: ValidData["segments"]): DataError[] {
  return segments
    .filter((s) => !s.file.endsWith(`/${s.id}.json`))
    .map((s) => ({
      file: s.file,
      entry: `"${s.id}"`,
      field: "id",
      ...checkText("editor.check.fileName", { file: `${s.id}.json` }),
    }));
}

/** A line starts and ends exactly on known places, so segments join end to end through them. */
export function checkSegmentEnds(
  segments: ValidData["segments"],
  nodes: CorridorNode[],
  nodeIds: Set<string>,
): DataError[] {
  const nodeById = new Map(nodes.map((n) => [n.id, n]));
  const errors: DataError[] = [];
  for (const s of segments) {
    const entry = `"${s.id}"`;
    for (const end of ["from", "to"] as const) {
      if (!nodeIds.has(s[end])) {
        errors.push({
          file: s.file,
          entry,
          field: end,
          ...checkText("editor.check.unknownNode", { id: s[end], hint: didYouMeanHint(s[end], nodeIds) }),
        });
        continue;
      }
      const node = nodeById.get(s[end]);
      const index = end === "from" ? 0 : s.waypoints.length - 1;
      const point = s.waypoints[index];
      if (node && point && (point[0] !== node.coordinates[0] || point[1] !== node.coordinates[1])) {
        errors.push({
          file: s.file,
          entry,
          field: `waypoints.${index}`,
          ...checkText("editor.check.endOnNode", {
            end,
            node: s[end],
            at: node.coordinates.join(", "),
            point: point.join(", "),
          }),
        });
      }
    }
  }
  return errors;
}

/** An annotation names a known source, known segments and places, and quotes its source verbatim. */
export function checkAnnotation(
  a: ValidData["annotations"][number],
  source: SourceWithText | undefined,
  known: { segmentIds: Set<string>; nodeIds: Set<string> },
): DataError[] {
  const errors: DataError[] = [];
  const entry = `"${a.id}"`;
  a.segments.forEach((id, i) => {
    if (!known.segmentIds.has(id))
      errors.push({
        file: a.file,
        entry,
        field: `segments.${i}`,
        ...checkText("editor.check.unknownSegment", { id, hint: didYouMeanHint(id, known.segmentIds) }),
      });
  });
  a.nodes.forEach((id, i) => {
    if (!known.nodeIds.has(id))
      errors.push({
        file: a.file,
        entry,
        field: `nodes.${i}`,
        ...checkText("editor.check.unknownNode", { id, hint: didYouMeanHint(id, known.nodeIds) }),
      });
  });
  if (source) {
    const haystack = normalizeWhitespace(source.text);
    a.quotes.forEach((q, i) => {
      if (!haystack.includes(normalizeWhitespace(q)))
        errors.push({
          file: a.file,
          entry,
          field: `quotes.${i}`,
          ...checkText("editor.check.quoteNotFound", {
            file: source.textFile,
            quote: `${q.slice(0, 60)}${q.length > 60 ? "…" : ""}`,
          }),
        });
    });
  }
  return errors;
}

/** Every segment carries at least one annotation (PRODUCT.md). */
export function checkEverySegmentAnnotated(
  segments: ValidData["segments"],
  annotations: ValidData["annotations"],
): DataError[] {
  return segments
    .filter((s) => !annotations.some((a) => a.segments.includes(s.id)))
    .map((s) => ({
      file: s.file,
      entry: `"${s.id}"`,
      field: "id",
      ...checkText("editor.check.notAnnotated"),
    }));
}

/** Each tour step shows a known segment or place; a route step runs between known places. */
export function checkTourTargets(
  tour: TourStep[],
  file: string,
  known: { segmentIds: Set<string>; nodeIds: Set<string> },
): DataError[] {
  const errors: DataError[] = [];
  tour.forEach((step, i) => {
    const t = step.target;
    if (t.type === "overview" || t.type === "changes") return;
    if (t.type === "route") {
      const places: [string, string][] = [
        ["target.from", t.from],
        ["target.to", t.to],
        ...(t.via ?? []).map((id, j): [string, string] => [`target.via.${j}`, id]),
      ];
      for (const [field, id] of places)
        if (!known.nodeIds.has(id))
          errors.push({
            file,
            entry: `step ${i + 1}`,
            field,
            ...checkText("editor.check.unknownPlace", { id, hint: didYouMeanHint(id, known.nodeIds) }),
          });
      return;
    }
    const ids = t.type === "segment" ? known.segmentIds : known.nodeIds;
    if (!ids.has(t.id))
      errors.push({
        file,
        entry: `step ${i + 1}`,
        field: "target.id",
        ...checkText(
          t.type === "segment" ? "editor.check.unknownTourSegment" : "editor.check.unknownTourNode",
          {
            id: t.id,
            hint: didYouMeanHint(t.id, ids),
          },
        ),
      });
  });
  return errors;
}
