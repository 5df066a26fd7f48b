// The header's language menu: a native select (labelled, keyboard-accessible, the platform's own
// picker on phones), each language named in itself. Choosing one changes the store's language;
// the page follows in place and `?lang=` is rewritten (langSync.ts).
import { useId } from "react";
import "./languageMenu.css";
import { useAppStore } from "../state/StoreContext.tsx";
import { useI18n } from "./i18nContext.ts";
import { LanguageSelect } from "./LanguageSelect.tsx";

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
      <LanguageSelect id={id} value={lang} onChange={setLang} />
    </span>
  );
}
