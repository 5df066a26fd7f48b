// A link to a source outside the app: only http(s), in a new tab, with no opener or referrer.
import type { ReactNode } from "react";
import { useI18n } from "../i18n/i18nContext.ts";
import { isSafeHttpUrl } from "./format.ts";

export function ExternalLink({ href, children }: { href: string | undefined; children: ReactNode }) {
  const { t } = useI18n();
  if (!isSafeHttpUrl(href)) return null;
  return (
    <a href={href} target="_blank" rel="noopener noreferrer" className="external-link">
      {children}
      <span className="visually-hidden">{t("link.newTab")}</span>
    </a>
  );
}
