// The article texts, loaded once and only when the reader first opens.
import { INLINE_DATA } from "./inlineData.ts";
export interface SourceText {
  id: string;
  text: string;
}

export const SOURCES_URL = "sources.json";

let cached: Promise<Map<string, string>> | null = null;

export function fetchSourceTexts(): Promise<Map<string, string>> {
  if (INLINE_DATA) return Promise.resolve(new Map(INLINE_DATA.sources.map((s) => [s.id, s.text])));
  cached ??= fetch(SOURCES_URL)
    .then((res) => {
      // i18n-ignore: the failure's technical detail, shown in English (lang=en) under the translated message
      if (!res.ok) throw new Error(`Could not load the article texts (${SOURCES_URL}: HTTP ${res.status}).`);
      return res.json() as Promise<SourceText[]>;
    })
    .then((list) => new Map(list.map((s) => [s.id, s.text])))
    .catch((e: unknown) => {
      cached = null;
      throw e;
    });
  return cached;
}
