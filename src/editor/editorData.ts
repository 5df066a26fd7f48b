// The data files as the repository holds them (editor-data.json, emitted by
// scripts/corridorDataPlugin.ts from the same reading as `npm run check:data`), for the editor's
// live check and for "Edit" on a published source. Fetched once, when the editor first opens.
import type { CheckText } from "../data/checkMessages.ts";
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

/** The data files did not load: why, as a text the panel says in the reader's language. */
export class EditorDataError extends Error {
  constructor(readonly reason: CheckText) {
    super("english" in reason ? reason.english : reason.key);
  }
}

const NOT_RAW_DATA: CheckText = { key: "editor.loadBadFormat" };

export function fetchEditorData(fetchImpl: typeof fetch = fetch): Promise<RawData> {
  loading ??= fetchImpl(EDITOR_DATA_FILE)
    .then(async (res) => {
      // A status line and a network error are the browser's words, shown as they come.
      if (!res.ok) throw new EditorDataError({ english: `HTTP ${res.status}` });
      const json: unknown = await res.json();
      if (!isRawData(json)) throw new EditorDataError(NOT_RAW_DATA);
      return json;
    })
    .catch((e: unknown) => {
      loading = null;
      throw e instanceof EditorDataError ? e : new EditorDataError({ english: String(e) });
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
