// The data files as the repository holds them (editor-data.json, emitted by
// scripts/corridorDataPlugin.ts from the same reading as `npm run check:data`), for the editor's
// live check and for "Edit" on a published source. Fetched once, when the editor first opens.
import type { RawData } from "../data/validateData.ts";

export const EDITOR_DATA_FILE = "editor-data.json";

let loading: Promise<RawData> | null = null;

function isRawData(v: unknown): v is RawData {
  const o = v as Partial<RawData> | null;
  return (
    !!o &&
    Array.isArray(o.sources) &&
    Array.isArray(o.segments) &&
    Array.isArray(o.annotations) &&
    typeof o.texts === "object" &&
    !!o.nodes
  );
}

export function fetchEditorData(fetchImpl: typeof fetch = fetch): Promise<RawData> {
  loading ??= fetchImpl(EDITOR_DATA_FILE)
    .then(async (res) => {
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      const json: unknown = await res.json();
      if (!isRawData(json)) throw new Error("not in the expected format");
      return json;
    })
    .catch((e: unknown) => {
      loading = null;
      throw new Error(
        `The editor could not load the data files (${EDITOR_DATA_FILE}: ${e instanceof Error ? e.message : String(e)}).`,
      );
    });
  return loading;
}

/** A published source's three files from the raw data, or null when it has none. */
export function sourceFiles(
  raw: RawData,
  sourceId: string,
): { text: string; source: unknown; annotations: unknown } | null {
  const source = raw.sources.find((f) => (f.content as { id?: unknown } | null)?.id === sourceId);
  if (!source) return null;
  const textFile = (source.content as { textFile?: unknown }).textFile;
  const annotations = raw.annotations.find(
    (f) => (f.content as { source?: unknown } | null)?.source === sourceId,
  );
  return {
    text: typeof textFile === "string" ? (raw.texts[textFile] ?? "") : "",
    source: source.content,
    annotations: annotations?.content ?? { source: sourceId, annotations: [] },
  };
}

/** Ids the published data uses: a new source and its annotations must not take them. */
export function takenIds(raw: RawData, except?: string) {
  const sources = new Set<string>();
  const annotations = new Set<string>();
  for (const f of raw.sources) {
    const id = (f.content as { id?: unknown } | null)?.id;
    if (typeof id === "string" && id !== except) sources.add(id);
  }
  for (const f of raw.annotations) {
    const c = f.content as { source?: unknown; annotations?: { id?: unknown }[] } | null;
    if (c?.source === except) continue;
    for (const a of c?.annotations ?? []) if (typeof a.id === "string") annotations.add(a.id);
  }
  return { sources, annotations };
}
