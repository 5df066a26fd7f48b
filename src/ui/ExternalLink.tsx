// A link to a source outside the app: only http(s), in a new tab, with no opener or referrer.
import type { ReactNode } from "react";
import { isSafeHttpUrl } from "./format.ts";

export function ExternalLink({ href, children }: { href: string | undefined; children: ReactNode }) {
  if (!isSafeHttpUrl(href)) return null;
  return (
    <a href={href} target="_blank" rel="noopener noreferrer" className="external-link">
      {children}
      <span className="visually-hidden"> (opens in a new tab)</span>
    </a>
  );
}
