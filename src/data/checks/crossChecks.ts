// The checks across files, one function each: unique ids, files named after their ids, line
// ends on their places, known ids in annotations and the tour, quotes verbatim, every segment
// annotated. Each returns the errors it finds; validateData runs them in order.
import type { DataError } from "../dataErrors.ts";
import type { CorridorNode, TourStep } from "../schema.ts";
import { normalizeWhitespace } from "../sourceText.ts";
import { didYouMean } from "../suggestIds.ts";
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
        message: `id "${id}" is already used in ${earlier}; ids must be unique`,
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
      message: `the file must be named after the id: ${s.id}.json`,
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
          message: `unknown node id "${s[end]}" (see data/nodes.json)${didYouMean(s[end], nodeIds)}`,
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
          message: `must equal the coordinates of its "${end}" node ${s[end]} (${node.coordinates.join(", ")}), not ${point.join(", ")}`,
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
        message: `unknown segment id "${id}" (see data/segments/)${didYouMean(id, known.segmentIds)}`,
      });
  });
  a.nodes.forEach((id, i) => {
    if (!known.nodeIds.has(id))
      errors.push({
        file: a.file,
        entry,
        field: `nodes.${i}`,
        message: `unknown node id "${id}" (see data/nodes.json)${didYouMean(id, known.nodeIds)}`,
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
          message: `quote not found verbatim in ${source.textFile}: "${q.slice(0, 60)}${q.length > 60 ? "…" : ""}"`,
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
      message: "segment has no annotation: add one in data/annotations/ that names it under segments",
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
            message: `unknown place id "${id}"${didYouMean(id, known.nodeIds)}`,
          });
      return;
    }
    const ids = t.type === "segment" ? known.segmentIds : known.nodeIds;
    if (!ids.has(t.id))
      errors.push({
        file,
        entry: `step ${i + 1}`,
        field: "target.id",
        message: `unknown ${t.type} id "${t.id}"${didYouMean(t.id, ids)}`,
      });
  });
  return errors;
}
