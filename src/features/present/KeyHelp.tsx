// The briefing's keys, listed over the screen when the presenter presses ? (and hidden again by
// ?, Esc or Close): what usePresentKeys does, in the reader's language. Key caps a keyboard
// prints (Page Down, Home, Esc) stay as printed; only words are translated.
import { useEffect, useId, useState } from "react";
import type { PlainKey } from "../../i18n/catalogue.ts";
import { useI18n } from "../../i18n/i18nContext.ts";
import "./keyHelp.css";

type Keys = readonly (string | PlainKey)[];

/** What each row does and its keys; a key that is a catalogue key is a word to translate. */
const ROWS: readonly { does: PlainKey; keys: Keys }[] = [
  // i18n-ignore: key caps, as printed on the keyboard
  { does: "present.keyNext", keys: ["→", "present.keySpace", "Page Down", "N"] },
  // i18n-ignore: key caps, as printed on the keyboard
  { does: "present.keyBack", keys: ["←", "Page Up", "P"] },
  { does: "present.keyEnds", keys: ["Home", "End"] },
  { does: "present.keyJump", keys: ["present.keyJumpKeys"] },
  { does: "present.keyFullscreen", keys: ["F"] },
  { does: "present.keyBlackout", keys: ["B", "."] },
  { does: "present.keyContrast", keys: ["C"] },
  { does: "present.keyLeave", keys: ["Esc"] },
  { does: "present.keyHelp", keys: ["?"] },
];

const isKey = (k: string): k is PlainKey => k.startsWith("present.");

/** `enabled`: false in the presenter's preview, which takes no keys. `open` starts it shown (tests). */
export function KeyHelp({
  enabled = true,
  open: initiallyOpen = false,
}: {
  enabled?: boolean;
  open?: boolean;
}) {
  const { t } = useI18n();
  const [open, setOpen] = useState(initiallyOpen);
  const headingId = useId();
  useEffect(() => {
    if (!enabled) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      if (e.key === "?") {
        setOpen((o) => !o);
        e.preventDefault();
      } else if (e.key === "Escape" && open) {
        // Before usePresentKeys (capture phase), so Esc closes the list instead of leaving.
        setOpen(false);
        e.preventDefault();
      }
    };
    window.addEventListener("keydown", onKey, true);
    return () => window.removeEventListener("keydown", onKey, true);
  }, [enabled, open]);
  if (!open) return null;
  return (
    <section className="key-help" role="dialog" aria-labelledby={headingId}>
      <h2 id={headingId}>{t("present.keysHeading")}</h2>
      <dl>
        {ROWS.map((row) => (
          <div key={row.does} className="key-help-row">
            <dt>
              {row.keys.map((k) => (
                <kbd key={k}>{isKey(k) ? t(k) : k}</kbd>
              ))}
            </dt>
            <dd>{t(row.does)}</dd>
          </div>
        ))}
      </dl>
      <button type="button" onClick={() => setOpen(false)}>
        {t("present.keysClose")}
      </button>
    </section>
  );
}
