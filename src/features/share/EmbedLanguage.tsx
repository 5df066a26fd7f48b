// The embed builder's language menu (issue 19): which language the embedded map speaks, written
// into the code as `lang=`; each language named in itself, as in the header's menu. Also the
// frame's title in that language, for the host page's screen-reader users.
import { useEffect, useId, useState } from "react";
import { useI18n } from "../../i18n/i18nContext.ts";
import { LanguageSelect } from "../../i18n/LanguageSelect.tsx";
import type { Lang } from "../../i18n/languages.ts";
import { loadCatalogue, loadedCatalogue } from "../../i18n/loadCatalogue.ts";
import "./share.css";

export function EmbedLanguage({ value, onChange }: { value: Lang; onChange: (lang: Lang) => void }) {
  const { t } = useI18n();
  const id = useId();
  return (
    <div className="share-language">
      <label htmlFor={id}>{t("share.language")}</label>
      <LanguageSelect id={id} value={value} onChange={onChange} />
    </div>
  );
}

/** The map's name in `lang` (its catalogue fetched if need be; English until it is here). */
export function useTitleIn(lang: Lang): string {
  const [loaded, setLoaded] = useState<{ lang: Lang; title: string } | null>(null);
  useEffect(() => {
    let live = true;
    loadCatalogue(lang).then((c) => {
      if (live) setLoaded({ lang, title: c["app.title"] });
    });
    return () => {
      live = false;
    };
  }, [lang]);
  const ready = loadedCatalogue(lang);
  if (ready) return ready["app.title"];
  return loaded?.lang === lang ? loaded.title : (loadedCatalogue("en")?.["app.title"] ?? "");
}
