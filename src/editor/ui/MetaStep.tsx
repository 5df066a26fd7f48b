// Step 2: where the article comes from. Every field shows the data check's messages beside it
// once it has been touched (or a save was tried), so a new form does not open in red.
import { type ReactNode, useId } from "react";
import type { DataError } from "../../data/dataErrors.ts";
import { DATE_PRECISIONS } from "../../data/vocabulary.ts";
import { useI18n } from "../../i18n/i18nContext.ts";
import { errorsAt } from "../checkDraft.ts";
import type { DraftMeta } from "../draft.ts";
import { sourcePath } from "../draftFiles.ts";
import { FieldErrors, invalidProps } from "./FieldErrors.tsx";

/** The corridor's languages first; a source in another keeps its own code. */
const LANGUAGES = ["en", "ru", "tr", "az", "kk", "zh", "ka"] as const;
const isListed = (code: string): code is (typeof LANGUAGES)[number] =>
  (LANGUAGES as readonly string[]).includes(code);

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
  const { t } = useI18n();
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
  const languages: [string, string][] = LANGUAGES.map((code) => [code, t(`editor.meta.lang.${code}`)]);
  if (!isListed(meta.language))
    languages.push([meta.language, meta.language || t("editor.meta.langNotGiven")]);
  return (
    <div className="editor-meta">
      {field("outlet", t("editor.meta.outlet"), text("outlet", t("editor.meta.outletExample")))}
      {field("title", t("editor.meta.title"), text("title"))}
      <fieldset className="editor-inline">
        <legend>{t("editor.meta.titleIs")}</legend>
        {(["headline", "lede"] as const).map((kind) => (
          <label key={kind}>
            <input
              type="radio"
              name={`${base}-titleKind`}
              checked={meta.titleKind === kind}
              onChange={() => onChange({ titleKind: kind })}
            />{" "}
            {kind === "headline" ? t("editor.meta.headline") : t("editor.meta.lede")}
          </label>
        ))}
      </fieldset>
      <div className="editor-row">
        {field(
          "date",
          t("editor.meta.date"),
          text("date", t("editor.meta.datePattern")),
          t("editor.meta.dateHint"),
        )}
        {field("datePrecision", t("editor.meta.precision"), (id, errs) => (
          <select
            id={id}
            value={meta.datePrecision}
            {...invalidProps(`${id}-errors`, errs)}
            onChange={(e) => onChange({ datePrecision: e.target.value as DraftMeta["datePrecision"] })}
          >
            {DATE_PRECISIONS.map((p) => (
              <option key={p} value={p}>
                {t(`editor.meta.precision.${p}`)}
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
        {t("editor.meta.inferred")}
      </label>
      {meta.dateInferred &&
        field("dateNote", t("editor.meta.dateNote"), (id, errs) => (
          <textarea
            id={id}
            rows={3}
            value={meta.dateNote ?? ""}
            {...invalidProps(`${id}-errors`, errs)}
            onChange={(e) => onChange({ dateNote: e.target.value })}
            onBlur={() => onTouch("dateNote")}
          />
        ))}
      {field("dateline", t("editor.meta.dateline"), text("dateline", t("editor.meta.datelineExample")))}
      {field("url", t("editor.meta.url"), text("url", "https://…"), t("editor.meta.urlHint"))}
      {field("language", t("editor.meta.language"), (id) => (
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
            t("editor.meta.id"),
            (id) => <input id={id} type="text" value={meta.id} readOnly />,
            t("editor.meta.idKept"),
          )
        : field(
            "id",
            t("editor.meta.id"),
            text("id"),
            meta.id === proposed ? t("editor.meta.idProposed") : t("editor.meta.idOther", { id: proposed }),
          )}
    </div>
  );
}
