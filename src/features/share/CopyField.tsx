// A read-only field with a Copy button and a spoken confirmation.
import { useId, useRef, useState } from "react";
import { useI18n } from "../../i18n/i18nContext.ts";
import { copyText } from "../../ui/copyText.ts";

export function CopyField({
  label,
  copyName,
  value,
  multiline = false,
}: {
  label: string;
  /** The Copy button's full name ("Copy the link"), which starts with its visible word. */
  copyName: string;
  value: string;
  multiline?: boolean;
}) {
  const { t } = useI18n();
  const id = useId();
  const fieldRef = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  const [status, setStatus] = useState("");
  const copy = async () => {
    const result = await copyText(value, fieldRef.current);
    setStatus(result === "copied" ? t("share.copied") : t("share.selected", { keys: "Ctrl+C (⌘C)" }));
  };
  return (
    <div className="copy-field">
      <label htmlFor={id}>{label}</label>
      <div className="copy-row">
        {multiline ? (
          <textarea id={id} ref={fieldRef} readOnly value={value} rows={5} spellCheck={false} />
        ) : (
          <input id={id} ref={fieldRef} readOnly value={value} spellCheck={false} />
        )}
        <button type="button" onClick={copy} aria-label={copyName}>
          {t("share.copy")}
        </button>
      </div>
      <p className="copy-status" aria-live="polite">
        {status}
      </p>
    </div>
  );
}
