// Step 2: where the article comes from. Every field shows the data check's messages beside it
// once it has been touched (or a save was tried), so a new form does not open in red.
import { type ReactNode, useId } from "react";
import type { DataError } from "../../data/dataErrors.ts";
import { DATE_PRECISIONS } from "../../data/vocabulary.ts";
import { errorsAt } from "../checkDraft.ts";
import type { DraftMeta } from "../draft.ts";
import { sourcePath } from "../draftFiles.ts";
import { FieldErrors, invalidProps } from "./FieldErrors.tsx";

/** The corridor's languages first; a source in another keeps its own code. */
const LANGUAGES: [string, string][] = [
  ["en", "English"],
  ["ru", "Russian"],
  ["tr", "Turkish"],
  ["az", "Azerbaijani"],
  ["kk", "Kazakh"],
  ["zh", "Chinese"],
  ["ka", "Georgian"],
];

const PRECISION_LABELS = { day: "day", month: "month only", year: "year only" } as const;

export interface MetaStepProps {
  meta: DraftMeta;
  errors: readonly DataError[];
  /** Whether a field's messages are shown yet. */
  shown: (field: string) => boolean;
  onTouch: (field: string) => void;
  onChange: (patch: Partial<DraftMeta>) => void;
  /** An edit of a published source: its id stays. */
  isEdit: boolean;
  proposed: string;
}

export function MetaStep({ meta, errors, shown, onTouch, onChange, isEdit, proposed }: MetaStepProps) {
  const base = useId();
  const file = sourcePath(meta.id);
  const at = (field: string) => (shown(field) ? errorsAt(errors, file, undefined, field) : []);
  const field = (
    name: keyof DraftMeta,
    label: string,
    input: (id: string, errs: DataError[]) => ReactNode,
    hint?: string,
  ) => {
    const id = `${base}-${name}`;
    const errs = at(name);
    return (
      <div className="editor-field" key={name}>
        <label htmlFor={id}>{label}</label>
        {hint && <p className="muted small">{hint}</p>}
        {input(id, errs)}
        <FieldErrors id={`${id}-errors`} errors={errs} />
      </div>
    );
  };
  const text =
    (name: "outlet" | "title" | "date" | "dateline" | "url" | "dateNote" | "id", placeholder?: string) =>
    (id: string, errs: DataError[]) => (
      <input
        id={id}
        type={name === "url" ? "url" : "text"}
        value={meta[name] ?? ""}
        placeholder={placeholder}
        spellCheck={name === "title" || name === "dateNote"}
        {...invalidProps(`${id}-errors`, errs)}
        onChange={(e) => onChange({ [name]: e.target.value })}
        onBlur={() => onTouch(name)}
      />
    );
  const languages = LANGUAGES.some(([code]) => code === meta.language)
    ? LANGUAGES
    : [...LANGUAGES, [meta.language, meta.language || "(not given)"] as [string, string]];
  return (
    <div className="editor-meta">
      {field("outlet", "Outlet", text("outlet", "e.g. Trend News Agency"))}
      {field("title", "Title", text("title"))}
      <fieldset className="editor-inline">
        <legend>The title is</legend>
        {(["headline", "lede"] as const).map((kind) => (
          <label key={kind}>
            <input
              type="radio"
              name={`${base}-titleKind`}
              checked={meta.titleKind === kind}
              onChange={() => onChange({ titleKind: kind })}
            />{" "}
            {kind === "headline" ? "the headline as published" : "the lede's opening (no headline known)"}
          </label>
        ))}
      </fieldset>
      <div className="editor-row">
        {field("date", "Date", text("date", "YYYY-MM-DD"), "As printed: YYYY-MM-DD, YYYY-MM or YYYY.")}
        {field("datePrecision", "Precision", (id, errs) => (
          <select
            id={id}
            value={meta.datePrecision}
            {...invalidProps(`${id}-errors`, errs)}
            onChange={(e) => onChange({ datePrecision: e.target.value as DraftMeta["datePrecision"] })}
          >
            {DATE_PRECISIONS.map((p) => (
              <option key={p} value={p}>
                {PRECISION_LABELS[p]}
              </option>
            ))}
          </select>
        ))}
      </div>
      <label className="editor-check">
        <input
          type="checkbox"
          checked={meta.dateInferred}
          onChange={(e) => onChange({ dateInferred: e.target.checked })}
        />{" "}
        The date (or part of it) is not printed: it is inferred
      </label>
      {meta.dateInferred &&
        field("dateNote", "How the date was inferred", (id, errs) => (
          <textarea
            id={id}
            rows={3}
            value={meta.dateNote ?? ""}
            {...invalidProps(`${id}-errors`, errs)}
            onChange={(e) => onChange({ dateNote: e.target.value })}
            onBlur={() => onTouch("dateNote")}
          />
        ))}
      {field("dateline", "Dateline", text("dateline", "e.g. BAKU, Azerbaijan, January 31"))}
      {field(
        "url",
        "Address (URL)",
        text("url", "https://…"),
        "Only http or https addresses; leave empty if none is known.",
      )}
      {field("language", "Language", (id) => (
        <select id={id} value={meta.language} onChange={(e) => onChange({ language: e.target.value })}>
          {languages.map(([code, name]) => (
            <option key={code} value={code}>
              {name}
            </option>
          ))}
        </select>
      ))}
      {isEdit
        ? field(
            "id",
            "Id",
            (id) => <input id={id} type="text" value={meta.id} readOnly />,
            "A published source keeps its id.",
          )
        : field(
            "id",
            "Id",
            text("id"),
            meta.id === proposed
              ? "Proposed from outlet, date and title; names its three files. You may change it."
              : `Names its three files. Proposed: ${proposed}`,
          )}
    </div>
  );
}
