// The drafts kept in this browser: resume one, discard one (after a confirmation), or start a
// new source. Newest first.
import type { DraftPreview } from "../../data/draftPreview.ts";
import { useI18n } from "../../i18n/i18nContext.ts";

export function DraftList({
  drafts,
  currentKey,
  onResume,
  onDiscard,
  onNew,
}: {
  drafts: readonly DraftPreview[];
  currentKey: string;
  onResume: (key: string) => void;
  onDiscard: (key: string) => void;
  onNew: () => void;
}) {
  const { t } = useI18n();
  const others = drafts.filter((d) => d.key !== currentKey);
  return (
    <details className="editor-drafts" open={others.length > 0}>
      <summary>{t("editor.drafts.heading", { count: drafts.length })}</summary>
      <ul>
        {drafts.map((d) => (
          <li key={d.key}>
            <span>
              {d.editOf ? `${t("editor.drafts.editOf")} ` : ""}
              <strong>{d.source.title}</strong> <span className="muted small">{d.source.id}</span>
              {d.key === currentKey && <span className="muted small"> {t("editor.drafts.open")}</span>}
            </span>{" "}
            {d.key !== currentKey && (
              <button type="button" className="link-button" onClick={() => onResume(d.key)}>
                {t("editor.drafts.resume")}
              </button>
            )}{" "}
            <button
              type="button"
              className="link-button"
              onClick={() => {
                if (window.confirm(t("editor.drafts.confirmDiscard", { title: d.source.title })))
                  onDiscard(d.key);
              }}
            >
              {t("editor.drafts.discard")}
            </button>
          </li>
        ))}
      </ul>
      <button type="button" onClick={onNew}>
        {t("editor.drafts.new")}
      </button>
    </details>
  );
}
