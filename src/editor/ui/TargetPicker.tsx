// What an annotation is about: the segments and places it is pinned to, chosen from a searchable
// list (the browser's own suggestions for a text field, keyboard-friendly everywhere) or by
// clicking them on the map while "Pick on the map" is pressed.
import { useId, useState } from "react";
import type { Corridor } from "../../data/corridor.ts";
import type { TFunction } from "../../i18n/catalogue.ts";
import { useI18n } from "../../i18n/i18nContext.ts";
import type { Lang } from "../../i18n/languages.ts";
import { localName } from "../../i18n/localName.ts";
import type { DraftAnnotation } from "../draft.ts";
import type { TargetRef } from "../editorState.ts";

interface Option {
  target: TargetRef;
  label: string;
}

/** The suggestions, named in the reader's language (a label is what is typed to choose one). */
function options(corridor: Corridor, lang: Lang, locale: string, t: TFunction): Option[] {
  return [
    ...corridor.segments.map((s) => ({
      target: { type: "segment" as const, id: s.properties.id },
      label: t("editor.target.line", { name: localName(s.properties, lang) }),
    })),
    ...corridor.nodes
      .map((n) => ({
        target: { type: "node" as const, id: n.properties.id },
        label: t("editor.target.place", { name: localName(n.properties, lang) }),
      }))
      .sort((a, b) => a.label.localeCompare(b.label, locale)),
  ];
}

export function targetName(corridor: Corridor, target: TargetRef, lang: Lang): string {
  const props =
    target.type === "segment"
      ? corridor.segmentById.get(target.id)?.properties
      : corridor.nodeById.get(target.id)?.properties;
  return props ? localName(props, lang) : target.id;
}

export function TargetPicker({
  corridor,
  annotation,
  picking,
  onToggle,
  onPick,
}: {
  corridor: Corridor;
  annotation: DraftAnnotation;
  picking: boolean;
  onToggle: (target: TargetRef, on: boolean) => void;
  onPick: (on: boolean) => void;
}) {
  const { t, lang, locale } = useI18n();
  const inputId = useId();
  const listId = useId();
  const [query, setQuery] = useState("");
  const all = options(corridor, lang, locale, t);
  const chosen: TargetRef[] = [
    ...annotation.segments.map((id) => ({ type: "segment" as const, id })),
    ...annotation.nodes.map((id) => ({ type: "node" as const, id })),
  ];
  const add = (value: string) => {
    const match = all.find((o) => o.label === value);
    if (!match) return false;
    onToggle(match.target, true);
    setQuery("");
    return true;
  };
  return (
    <div className="editor-targets">
      {chosen.length > 0 ? (
        <ul className="chips" aria-label={t("editor.target.pinnedTo")}>
          {chosen.map((target) => (
            <li key={`${target.type}:${target.id}`} className="chip">
              {targetName(corridor, target, lang)}
              <button
                type="button"
                className="chip-remove"
                aria-label={t("editor.target.remove", { name: targetName(corridor, target, lang) })}
                onClick={() => onToggle(target, false)}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted small">{t("editor.target.none")}</p>
      )}
      <div className="editor-target-add">
        <label htmlFor={inputId}>{t("editor.target.add")}</label>
        <input
          id={inputId}
          type="text"
          list={listId}
          value={query}
          placeholder={t("editor.target.search")}
          onChange={(e) => {
            // Choosing a suggestion sets the whole label at once: add it then.
            if (!add(e.target.value)) setQuery(e.target.value);
          }}
          onKeyDown={(e) => {
            if (e.key !== "Enter") return;
            e.preventDefault();
            const q = query.trim().toLocaleLowerCase(locale);
            const match = all.find((o) => o.label.toLocaleLowerCase(locale).includes(q));
            if (q && match) add(match.label);
          }}
        />
        <datalist id={listId}>
          {all.map((o) => (
            <option key={`${o.target.type}:${o.target.id}`} value={o.label} />
          ))}
        </datalist>
        <button type="button" aria-pressed={picking} onClick={() => onPick(!picking)}>
          {picking ? t("editor.target.donePicking") : t("editor.target.pick")}
        </button>
      </div>
      {picking && (
        <p
          className="editor-picking"
          role="status"
          // On narrow screens the editor folds to a bar while picking: keep this in it.
          ref={(el) => el?.scrollIntoView?.({ block: "nearest" })}
        >
          {t("editor.target.picking")}
        </p>
      )}
    </div>
  );
}
