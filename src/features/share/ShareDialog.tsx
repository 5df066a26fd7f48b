// The Share dialog: the permalink, and an embed code builder (width, height, selection, layers,
// interactive or still, legend, language) with a live preview of exactly what the code shows.
// The link keeps the reader's language; the embed's is chosen here (default: the reader's).
import { useMemo, useState } from "react";
import { EMBED_HEIGHTS } from "../../app/mode.ts";
import { useI18n } from "../../i18n/i18nContext.ts";
import { localName } from "../../i18n/localName.ts";
import { GROUPS, LAYER_GROUPS, type LayerGroup } from "../../layers/registry.ts";
import { useAppStore } from "../../state/StoreContext.tsx";
import { selectedNode, selectedSegment } from "../../state/selectors.ts";
import { Dialog } from "../../ui/Dialog.tsx";
import { sayRouteReport, selectRouteReport } from "../route/routeReport.ts";
import { CopyField } from "./CopyField.tsx";
import { EmbedLanguage, useTitleIn } from "./EmbedLanguage.tsx";
import {
  EMBED_FOOTER_PX,
  EMBED_ROUTE_PX,
  EMBED_WEIGHT_KB,
  type EmbedChoice,
  embedShowsRoute,
  embedSnippet,
  embedUrl,
  permalink,
  roundKb,
} from "./embedCode.ts";

/** Where the sentence names the sizing script, shown as code. */
const SCRIPT_MARK = "\u0000";
const sandboxNote = (text: string) => {
  const [before, after] = text.split(SCRIPT_MARK);
  return (
    <>
      {before}
      {after !== undefined && (
        <>
          <code>embed.js</code>
          {after}
        </>
      )}
    </>
  );
};

/** The app's address without query or hash; null when it is not served over http(s). */
function appBase(): string | null {
  const { protocol, origin, pathname } = window.location;
  if (protocol !== "http:" && protocol !== "https:") return null;
  return `${origin}${pathname}`;
}

export default function ShareDialog({ onClose }: { onClose: () => void }) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  // Drafts kept in this browser: links and embeds cannot carry them, and say so.
  const draftCount = useAppStore((s) => s.drafts.length);
  const view = useAppStore((s) => s.view);
  const selection = useAppStore((s) => s.selection);
  const groups = useAppStore((s) => s.visibleGroups);
  const date = useAppStore((s) => s.asOf);
  const since = useAppStore((s) => s.since);
  const route = useAppStore((s) => s.route);
  const variant = useAppStore((s) => s.routeVariant);
  const time = { date, since, route, variant: route ? variant + 1 : null };
  const storeReport = useAppStore(selectRouteReport);
  const routeReport = useMemo(() => storeReport && sayRouteReport(storeReport, i18n), [storeReport, i18n]);
  const selected = useAppStore((s) => selectedSegment(s)?.properties ?? selectedNode(s)?.properties ?? null);
  const selectedName = selected ? localName(selected, lang) : null;
  const [choice, setChoice] = useState<EmbedChoice>({
    width: "responsive",
    height: 600,
    legend: true,
    interactive: true,
    explore: true,
    includeSelection: true,
    layers: [...groups],
    lang,
  });
  const frameTitle = useTitleIn(choice.lang ?? lang);
  const about = (kb: number) => t("share.aboutKb", { kb: roundKb(kb) });
  const set = (patch: Partial<EmbedChoice>) => setChoice((c) => ({ ...c, ...patch }));
  const toggleLayer = (g: LayerGroup) =>
    set({ layers: choice.layers.includes(g) ? choice.layers.filter((x) => x !== g) : [...choice.layers, g] });
  const base = appBase();

  return (
    <Dialog title={t("share.title")} kicker={t("share.kicker")} onClose={onClose} className="share-dialog">
      <div className="dialog-body">
        {draftCount > 0 && (
          <p className="share-drafts" role="note">
            {t("share.drafts", { count: draftCount })}
          </p>
        )}
        {base === null ? (
          <p role="note">{t("share.fromFile")}</p>
        ) : (
          <>
            <CopyField
              label={t("share.link")}
              copyName={t("share.copyLink")}
              value={permalink(base, view, selection, groups, time, lang)}
            />
            {routeReport && (
              <p className="muted small" data-testid="share-route">
                {t("share.linkRoute", { title: routeReport.title, name: routeReport.name })}
              </p>
            )}
            <h3>{t("share.embedHeading")}</h3>
            <div className="share-grid">
              <form className="share-options" onSubmit={(e) => e.preventDefault()}>
                <fieldset>
                  <legend>{t("share.size")}</legend>
                  <label>
                    <input
                      type="radio"
                      name="width"
                      checked={choice.width === "responsive"}
                      onChange={() => set({ width: "responsive" })}
                    />
                    {t("share.responsive")}
                  </label>
                  <label>
                    <input
                      type="radio"
                      name="width"
                      checked={choice.width === 800}
                      onChange={() => set({ width: 800 })}
                    />
                    {t("share.widthPx", { px: 800 })}
                  </label>
                  <div className="share-heights">
                    {EMBED_HEIGHTS.map((h) => (
                      <label key={h}>
                        <input
                          type="radio"
                          name="height"
                          checked={choice.height === h}
                          onChange={() => set({ height: h })}
                        />
                        {t("share.heightPx", { px: h })}
                      </label>
                    ))}
                  </div>
                </fieldset>
                <fieldset>
                  <legend>{t("share.content")}</legend>
                  <label>
                    <input
                      type="checkbox"
                      checked={choice.includeSelection && selectedName !== null}
                      disabled={selectedName === null}
                      onChange={(e) => set({ includeSelection: e.target.checked })}
                    />
                    {selectedName
                      ? t("share.showSelected", { name: selectedName })
                      : t("share.showSelection")}
                  </label>
                  {routeReport && (
                    <label>
                      <input
                        type="checkbox"
                        checked={choice.includeRoute !== false}
                        onChange={(e) => set({ includeRoute: e.target.checked })}
                      />
                      {t("share.showRoute", { title: routeReport.title })}
                    </label>
                  )}
                  {LAYER_GROUPS.map((g) => (
                    <label key={g}>
                      <input
                        type="checkbox"
                        checked={choice.layers.includes(g)}
                        onChange={() => toggleLayer(g)}
                      />
                      {i18n.say(GROUPS[g].labelKey, GROUPS[g].label)}
                    </label>
                  ))}
                  <label>
                    <input
                      type="checkbox"
                      checked={choice.legend}
                      onChange={(e) => set({ legend: e.target.checked })}
                    />
                    {t("share.legend")}
                  </label>
                </fieldset>
                <EmbedLanguage value={choice.lang ?? lang} onChange={(l) => set({ lang: l })} />
                <fieldset>
                  <legend>{t("share.behaviour")}</legend>
                  <label>
                    <input
                      type="radio"
                      name="interactive"
                      checked={choice.interactive}
                      onChange={() => set({ interactive: true })}
                    />
                    {t("share.interactive", { weight: about(EMBED_WEIGHT_KB.interactive) })}
                  </label>
                  <label>
                    <input
                      type="radio"
                      name="interactive"
                      checked={!choice.interactive}
                      onChange={() => set({ interactive: false })}
                    />
                    {t("share.still", { weight: about(EMBED_WEIGHT_KB.still) })}
                  </label>
                  {!choice.interactive && (
                    <label>
                      <input
                        type="checkbox"
                        checked={choice.explore}
                        onChange={(e) => set({ explore: e.target.checked })}
                      />
                      {t("share.explore")}
                    </label>
                  )}
                </fieldset>
              </form>
              <div className="share-preview">
                <p className="share-preview-label">{t("share.preview")}</p>
                <div className="share-preview-frame">
                  <iframe
                    title={t("share.previewTitle")}
                    src={embedUrl(base, choice, view, selection, time)}
                    style={{
                      height: `${choice.height + EMBED_FOOTER_PX + (embedShowsRoute(choice, time) ? EMBED_ROUTE_PX : 0)}px`,
                    }}
                    sandbox="allow-scripts allow-popups"
                  />
                </div>
              </div>
            </div>
            <CopyField
              label={t("share.embedCode")}
              copyName={t("share.copyCode")}
              value={embedSnippet(base, choice, view, selection, time, frameTitle)}
              multiline
            />
            <p className="muted small">{sandboxNote(t("share.sandboxNote", { script: SCRIPT_MARK }))}</p>
          </>
        )}
      </div>
    </Dialog>
  );
}
