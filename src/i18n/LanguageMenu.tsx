// The header's language menu: a native select (labelled, keyboard-accessible, the platform's own
// picker on phones), each language named in itself. Choosing one changes the store's language;
// the page follows in place and `?lang=` is rewritten (langSync.ts).
import { useId } from "react";
import "./languageMenu.css";
import { useAppStore } from "../state/StoreContext.tsx";
import { useI18n } from "./i18nContext.ts";
import { isLang, LANGUAGES } from "./languages.ts";

export function LanguageMenu() {
  const { t } = useI18n();
  const lang = useAppStore((s) => s.lang);
  const setLang = useAppStore((s) => s.setLang);
  const id = useId();
  return (
    <span className="language-menu">
      <label htmlFor={id} className="visually-hidden">
        {t("app.language")}
      </label>
      <select
        id={id}
        value={lang}
        onChange={(e) => {
          if (isLang(e.target.value)) setLang(e.target.value);
        }}
      >
        {LANGUAGES.map((l) => (
          <option key={l.code} value={l.code} lang={l.code}>
            {l.nativeName}
          </option>
        ))}
      </select>
    </span>
  );
}
