// The text of one source article, loaded on demand.
import { useEffect, useState } from "react";
import { fetchSourceTexts } from "../../data/fetchSources.ts";

export type SourceTextState =
  | { status: "loading" }
  /** `message`: the failure's own words (English), empty when the data has no text for it. */
  | { status: "error"; message: string }
  | { status: "ready"; text: string };

/** The text of `sourceId` from sources.json; null = none wanted (the caller has the text). */
export function useSourceText(sourceId: string | null): SourceTextState {
  const [state, setState] = useState<SourceTextState>({ status: "loading" });
  useEffect(() => {
    if (sourceId === null) return;
    let live = true;
    setState({ status: "loading" });
    fetchSourceTexts()
      .then((texts) => {
        if (!live) return;
        const text = texts.get(sourceId);
        setState(text === undefined ? { status: "error", message: "" } : { status: "ready", text });
      })
      .catch((e: unknown) => {
        if (live) setState({ status: "error", message: e instanceof Error ? e.message : String(e) });
      });
    return () => {
      live = false;
    };
  }, [sourceId]);
  return state;
}
