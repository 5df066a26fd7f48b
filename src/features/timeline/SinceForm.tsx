// Asks "what changed since" a date: a date field under the timeline, opened by "Changes since…".
import { type FormEvent, useId, useState } from "react";
import { useI18n } from "../../i18n/i18nContext.ts";
import { useAppStore } from "../../state/StoreContext.tsx";
import { parseDate } from "../../time/dates.ts";

export function SinceForm({ onDone }: { onDone: () => void }) {
  const since = useAppStore((s) => s.since);
  const setSince = useAppStore((s) => s.setSince);
  const [value, setValue] = useState(since?.precision === "day" ? since.iso : "");
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  const { t } = useI18n();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const date = parseDate(value.trim());
    if (!date) {
      setError(t("since.error"));
      return;
    }
    setSince(date, "push");
    onDone();
  };
  return (
    <form className="since-form" onSubmit={submit}>
      <label htmlFor={id}>{t("since.label")}</label>
      <input
        id={id}
        type="date"
        value={value}
        onChange={(e) => {
          setValue(e.target.value);
          setError(null);
        }}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        required
      />
      <button type="submit">{t("since.show")}</button>
      <button type="button" className="text-button" onClick={onDone}>
        {t("since.cancel")}
      </button>
      {error && (
        <span id={`${id}-error`} className="since-error" role="alert">
          {error}
        </span>
      )}
    </form>
  );
}
