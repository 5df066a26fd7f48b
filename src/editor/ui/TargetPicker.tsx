// What an annotation is about: the segments and places it is pinned to, chosen from a searchable
// list (the browser's own suggestions for a text field, keyboard-friendly everywhere) or by
// clicking them on the map while "Pick on the map" is pressed.
import { useId, useState } from "react";
import type { Corridor } from "../../data/corridor.ts";
import type { DraftAnnotation } from "../draft.ts";
import type { TargetRef } from "../editorState.ts";

interface Option {
  target: TargetRef;
  label: string;
}

function options(corridor: Corridor): Option[] {
  return [
    ...corridor.segments.map((s) => ({
      target: { type: "segment" as const, id: s.properties.id },
      label: `${s.properties.name} (line)`,
    })),
    ...corridor.nodes
      .map((n) => ({
        target: { type: "node" as const, id: n.properties.id },
        label: `${n.properties.name} (place)`,
      }))
      .sort((a, b) => a.label.localeCompare(b.label)),
  ];
}

export function targetName(corridor: Corridor, t: TargetRef): string {
  return t.type === "segment"
    ? (corridor.segmentById.get(t.id)?.properties.name ?? t.id)
    : (corridor.nodeById.get(t.id)?.properties.name ?? t.id);
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
  const inputId = useId();
  const listId = useId();
  const [query, setQuery] = useState("");
  const all = options(corridor);
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
        <ul className="chips" aria-label="Pinned to">
          {chosen.map((t) => (
            <li key={`${t.type}:${t.id}`} className="chip">
              {targetName(corridor, t)}
              <button
                type="button"
                className="chip-remove"
                aria-label={`Remove ${targetName(corridor, t)}`}
                onClick={() => onToggle(t, false)}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted small">Not pinned to any line or place yet.</p>
      )}
      <div className="editor-target-add">
        <label htmlFor={inputId}>Add a line or place</label>
        <input
          id={inputId}
          type="text"
          list={listId}
          value={query}
          placeholder="Type to search…"
          onChange={(e) => {
            // Choosing a suggestion sets the whole label at once: add it then.
            if (!add(e.target.value)) setQuery(e.target.value);
          }}
          onKeyDown={(e) => {
            if (e.key !== "Enter") return;
            e.preventDefault();
            const q = query.trim().toLowerCase();
            const match = all.find((o) => o.label.toLowerCase().includes(q));
            if (q && match) add(match.label);
          }}
        />
        <datalist id={listId}>
          {all.map((o) => (
            <option key={`${o.target.type}:${o.target.id}`} value={o.label} />
          ))}
        </datalist>
        <button type="button" aria-pressed={picking} onClick={() => onPick(!picking)}>
          {picking ? "Done picking" : "Pick on the map"}
        </button>
      </div>
      {picking && (
        <p
          className="editor-picking"
          role="status"
          // On narrow screens the editor folds to a bar while picking: keep this in it.
          ref={(el) => el?.scrollIntoView?.({ block: "nearest" })}
        >
          Click lines or places on the map to pin this annotation to them.
        </p>
      )}
    </div>
  );
}
