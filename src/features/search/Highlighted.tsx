// Text with the matched words in <mark>: React text nodes only, so nothing in the data is parsed.
import type { Range } from "./snippet.ts";

export function Highlighted({ text, ranges }: { text: string; ranges: readonly Range[] }) {
  if (ranges.length === 0) return <>{text}</>;
  const parts: (string | { mark: string; at: number })[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (start > at) parts.push(text.slice(at, start));
    parts.push({ mark: text.slice(start, end), at: start });
    at = end;
  }
  if (at < text.length) parts.push(text.slice(at));
  // Plain strings between the marks need no key; each mark is keyed by where it starts.
  return <>{parts.map((p) => (typeof p === "string" ? p : <mark key={p.at}>{p.mark}</mark>))}</>;
}
