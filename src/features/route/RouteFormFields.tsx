// The Route region's places: From, To, the places on the way (added and removed one by one), and
// Swap. Every change goes to the store's form; a complete one is the route (a history entry).
import { useId } from "react";
import { useI18n } from "../../i18n/i18nContext.ts";
import { EMPTY_ROUTE_FORM, type RouteForm } from "../../route/routeQuery.ts";
import { PlaceField, type PlaceOption } from "./PlaceField.tsx";

export function RouteFormFields({
  form,
  places,
  onChange,
}: {
  form: RouteForm;
  places: readonly PlaceOption[];
  onChange: (form: RouteForm) => void;
}) {
  const listId = useId();
  const { t } = useI18n();
  const setVia = (i: number, id: string | null) =>
    onChange({ ...form, via: form.via.map((v, j) => (j === i ? id : v)) });
  return (
    <div className="route-form">
      <PlaceField
        label={t("route.from")}
        value={form.from}
        places={places}
        listId={listId}
        onChange={(from) => onChange({ ...form, from })}
      />
      {form.via.map((v, i) => (
        // Places on the way have no id of their own: a slot is its position.
        // biome-ignore lint/suspicious/noArrayIndexKey: the slots are positions in the route
        <div className="route-via" key={i}>
          <PlaceField
            label={form.via.length > 1 ? t("route.viaN", { n: i + 1 }) : t("route.via")}
            value={v}
            places={places}
            listId={listId}
            onChange={(id) => setVia(i, id)}
          />
          <button
            type="button"
            className="icon-button"
            aria-label={form.via.length > 1 ? t("route.removeViaN", { n: i + 1 }) : t("route.removeVia")}
            onClick={() => onChange({ ...form, via: form.via.filter((_, j) => j !== i) })}
          >
            ×
          </button>
        </div>
      ))}
      <PlaceField
        label={t("route.to")}
        value={form.to}
        places={places}
        listId={listId}
        onChange={(to) => onChange({ ...form, to })}
      />
      <div className="route-form-actions">
        <button type="button" onClick={() => onChange({ ...form, via: [...form.via, null] })}>
          {t("route.addVia")}
        </button>
        <button
          type="button"
          disabled={form.from === null && form.to === null}
          onClick={() => onChange({ from: form.to, to: form.from, via: [...form.via].reverse() })}
        >
          {t("route.swap")}
        </button>
        {(form.from !== null || form.to !== null || form.via.length > 0) && (
          <button type="button" onClick={() => onChange(EMPTY_ROUTE_FORM)}>
            {t("route.clear")}
          </button>
        )}
      </div>
      <datalist id={listId}>
        {places.map((p) => (
          <option key={p.id} value={p.name} />
        ))}
      </datalist>
    </div>
  );
}
