// The sources behind a download, in three forms a reader can paste or import: a plain reference
// list, BibLaTeX `@online` entries and RIS (Zotero, EndNote, Mendeley). The map quotes news
// articles, so whoever reuses the data should be able to cite each quote, with an honest date
// ("year inferred") and an honest title (a lede's opening words are not a headline).
//
// Languages: the plain list (and the KML's balloons, which use `citation`) is written in the
// reader's language: its quotation marks, the lede note, the date, "accessed" (the access day
// stays ISO). The outlet and
// title are always the source's own, verbatim. BibTeX and RIS are read by reference managers,
// which want ISO dates and fields, so those stay as they are; only their free-text note (an
// inferred year, a lede for a title) is in the language.
import type { SourceRef } from "../../../data/corridorTypes.ts";
import { ENGLISH } from "../../../i18n/english.ts";
import type { I18n } from "../../../i18n/i18nContext.ts";
import { withPeriod } from "../../../i18n/sentence.ts";
import { formatSourceDate } from "../../../ui/format.ts";

/** Text fields are single-line in every citation format. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/** `Outlet. "Title…" [lede; no headline known]. 25 Feb 2025 (year inferred).` — without the URL. */
export function citation(source: SourceRef, i18n: I18n = ENGLISH): string {
  const title = i18n.t(source.titleKind === "lede" ? "export.cite.plainLede" : "export.cite.plainTitle", {
    title: oneLine(source.title),
  });
  return `${oneLine(source.outlet)}. ${title}. ${withPeriod(formatSourceDate(source, i18n.formats))}`;
}

/**
 * One line per source: the citation, then the URL and the access date where there is a URL.
 * `accessed` is an ISO day, and stays one (unambiguous in every language).
 */
export function citationsText(sources: readonly SourceRef[], accessed: string, i18n: I18n = ENGLISH): string {
  return sources
    .map((s) =>
      s.url
        ? `${i18n.t("export.cite.accessed", { citation: citation(s, i18n), url: s.url, date: accessed })}\n`
        : `${citation(s, i18n)}\n`,
    )
    .join("");
}

/** What the bare fields cannot say: an inferred year, a title that is the lede's opening. */
function notes(s: SourceRef, i18n: I18n): string | undefined {
  const n: string[] = [];
  if (s.dateInferred) n.push(i18n.t("export.cite.noteYear"));
  if (s.titleKind === "lede") n.push(i18n.t("export.cite.noteLede"));
  return n.length > 0 ? `${n.join(". ")}.` : undefined;
}

const TEX: Record<string, string> = {
  "\\": "\\textbackslash{}",
  "{": "\\{",
  "}": "\\}",
  "%": "\\%",
  "&": "\\&",
  $: "\\$",
  "#": "\\#",
  _: "\\_",
  "^": "\\textasciicircum{}",
  "~": "\\textasciitilde{}",
};

/** Escapes TeX's special characters in one pass, so `\textbackslash{}` is not escaped again. */
export function escapeTex(text: string): string {
  return oneLine(text).replace(/[\\{}%&$#_^~]/g, (c) => TEX[c] ?? c);
}

/** URL fields are read verbatim by biblatex: only braces, backslashes and spaces need encoding. */
function texUrl(url: string): string {
  return url.replace(/[{}\\\s]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`);
}

const STOP_WORDS = new Set(["a", "an", "and", "the", "of", "on", "in", "to", "for", "at", "by", "with"]);

function keyWords(text: string): string[] {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** `trend2024azerbaijan`: outlet's first word, year, title's first significant word. */
function baseKey(s: SourceRef): string {
  const outlet = keyWords(s.outlet)[0] ?? "source";
  const word = keyWords(s.title).find((w) => !STOP_WORDS.has(w)) ?? "";
  return `${outlet}${s.date.slice(0, 4)}${word}`;
}

/** Keys in list order; a repeated key gets b, c, … z, then 27, 28… so every key is unique. */
export function bibKeys(sources: readonly SourceRef[]): string[] {
  const used = new Set<string>();
  return sources.map((s) => {
    const base = baseKey(s);
    let key = base;
    for (let i = 1; used.has(key); i++) key = `${base}${suffix(i)}`;
    used.add(key);
    return key;
  });
}

/** 1 → b, 2 → c, … 25 → z (the bare key counts as "a"), then 27, 28… */
function suffix(i: number): string {
  return i < 26 ? String.fromCharCode(97 + i) : String(i + 1);
}

export function citationsBibtex(
  sources: readonly SourceRef[],
  accessed: string,
  i18n: I18n = ENGLISH,
): string {
  const keys = bibKeys(sources);
  return sources
    .map((s, i) => {
      const fields: [string, string][] = [
        ["author", `{${escapeTex(s.outlet)}}`],
        ["title", escapeTex(s.title)],
        ["date", escapeTex(s.date)],
      ];
      if (s.url) fields.push(["url", texUrl(s.url)], ["urldate", escapeTex(accessed)]);
      const note = notes(s, i18n);
      if (note) fields.push(["note", escapeTex(note)]);
      const body = fields.map(([k, v]) => `  ${k} = {${v}}`).join(",\n");
      return `@online{${keys[i]},\n${body}\n}\n`;
    })
    .join("\n");
}

/** RIS dates are `YYYY/MM/DD/`, with empty parts for what is not known: `2025///`. */
function risDate(iso: string): string {
  const [y = "", m = "", d = ""] = iso.split("-");
  return `${y}/${m}/${d}/`;
}

/** RIS records, CRLF line endings, a blank line between records. */
export function citationsRis(sources: readonly SourceRef[], accessed: string, i18n: I18n = ENGLISH): string {
  return sources
    .map((s) => {
      const lines: [string, string][] = [
        ["TY", "NEWS"],
        ["AU", s.outlet],
        ["T2", s.outlet],
        ["PB", s.outlet],
        ["TI", s.title],
        ["DA", risDate(s.date)],
        ["PY", s.date.slice(0, 4)],
      ];
      if (s.url) lines.push(["UR", s.url], ["Y2", risDate(accessed)]);
      const note = notes(s, i18n);
      if (note) lines.push(["N1", note]);
      return `${lines.map(([tag, v]) => `${tag}  - ${oneLine(v)}\r\n`).join("")}ER  - \r\n`;
    })
    .join("\r\n");
}
