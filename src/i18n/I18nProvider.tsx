// Follows the store's language: fetches its catalogue, then shows it and sets `<html lang>` in
// the same step, so the page never says one language and shows another. Until the first
// catalogue the reader asked for is here (a few ms: a small chunk) nothing is rendered, so a
// Russian page does not flash English first.
import { type ReactNode, useEffect, useLayoutEffect, useState } from "react";
import "./cyrillicFonts.css";
import { useAppStore } from "../state/StoreContext.tsx";
import { addCjkFontFaces } from "./cjkFontFaces.ts";
import { type I18n, I18nContext, i18nFor } from "./i18nContext.ts";
import { loadCatalogue, loadedCatalogue } from "./loadCatalogue.ts";

export function I18nProvider({ children }: { children: ReactNode }) {
  const lang = useAppStore((s) => s.lang);
  const [i18n, setI18n] = useState<I18n | null>(() => {
    const ready = loadedCatalogue(lang);
    return ready ? i18nFor(lang, ready) : null;
  });
  useEffect(() => {
    let current = true;
    const ready = loadedCatalogue(lang);
    if (ready) setI18n((shown) => (shown?.lang === lang ? shown : i18nFor(lang, ready)));
    else
      void loadCatalogue(lang).then((catalogue) => {
        if (current) setI18n(i18nFor(lang, catalogue));
      });
    return () => {
      current = false;
    };
  }, [lang]);
  // In the commit that shows the new texts (a layout effect), so <html lang> never lags them.
  useLayoutEffect(() => {
    if (!i18n) return;
    document.documentElement.lang = i18n.lang;
    addCjkFontFaces(i18n.lang); // only Chinese declares (and so fetches) its font
  }, [i18n]);
  if (!i18n) return null;
  return <I18nContext.Provider value={i18n}>{children}</I18nContext.Provider>;
}
