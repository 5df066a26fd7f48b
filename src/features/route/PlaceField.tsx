// One place of a route (From, To, a place on the way): a text field with the browser's own
// suggestions from a list of the data's places (keyboard-friendly in every engine), as the
// editor's target picker does. A name typed in full, or chosen, sets the place; Enter takes the
// first place whose name contains what was typed; emptying the field clears it.
import { useId, useState } from "react";
import { useI18n } from "../../i18n/i18nContext.ts";

export interface PlaceOption {
  id: string;
  name: string;
}

export function PlaceField({
  label,
  value,
  places,
  listId,
  onChange,
}: {
  label: string;
  value: string | null;
  places: readonly PlaceOption[];
  /** The shared <datalist> of places. */
  listId: string;
  onChange: (id: string | null) => void;
}) {
  const id = useId();
  const { t } = useI18n();
  // What is being typed; null shows the chosen place's name.
  const [typed, setTyped] = useState<string | null>(null);
  const nameOf = (placeId: string) => places.find((p) => p.id === placeId)?.name ?? placeId;
  const text = typed ?? (value === null ? "" : nameOf(value));
  const choose = (placeId: string | null) => {
    setTyped(null);
    if (placeId !== value) onChange(placeId);
  };
  return (
    <div className="route-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        list={listId}
        value={text}
        autoComplete="off"
        placeholder={t("route.placeholder")}
        onChange={(e) => {
          const match = places.find((p) => p.name === e.target.value);
          if (match) choose(match.id);
          else setTyped(e.target.value);
        }}
        onKeyDown={(e) => {
          if (e.key !== "Enter" || typed === null) return;
          e.preventDefault();
          const q = typed.trim().toLowerCase();
          const match = q ? places.find((p) => p.name.toLowerCase().includes(q)) : undefined;
          if (match) choose(match.id);
          else if (!q) choose(null);
        }}
        onBlur={() => {
          // Leaving the field: an emptied field clears the place, a half-typed name is undone.
          if (typed === null) return;
          if (typed.trim() === "") choose(null);
          else setTyped(null);
        }}
      />
    </div>
  );
}
