// The Share dialog: the permalink, and an embed code builder (width, height, selection, layers,
// interactive or still, legend) with a live preview of exactly what the code shows.
import { useState } from "react";
import { EMBED_HEIGHTS } from "../../app/mode.ts";
import { GROUPS, LAYER_GROUPS, type LayerGroup } from "../../layers/registry.ts";
import { useAppStore } from "../../state/StoreContext.tsx";
import { selectedNode, selectedSegment } from "../../state/selectors.ts";
import { Dialog } from "../../ui/Dialog.tsx";
import { selectRouteReport } from "../route/routeReport.ts";
import { CopyField } from "./CopyField.tsx";
import {
  aboutKb,
  EMBED_FOOTER_PX,
  EMBED_ROUTE_PX,
  EMBED_WEIGHT_KB,
  type EmbedChoice,
  embedShowsRoute,
  embedSnippet,
  embedUrl,
  permalink,
} from "./embedCode.ts";

/** The app's address without query or hash; null when it is not served over http(s). */
function appBase(): string | null {
  const { protocol, origin, pathname } = window.location;
  if (protocol !== "http:" && protocol !== "https:") return null;
  return `${origin}${pathname}`;
}

export default function ShareDialog({ onClose }: { onClose: () => void }) {
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
  const routeReport = useAppStore(selectRouteReport);
  const selectedName = useAppStore(
    (s) => selectedSegment(s)?.properties.name ?? selectedNode(s)?.properties.name ?? null,
  );
  const [choice, setChoice] = useState<EmbedChoice>({
    width: "responsive",
    height: 600,
    legend: true,
    interactive: true,
    explore: true,
    includeSelection: true,
    layers: [...groups],
  });
  const set = (patch: Partial<EmbedChoice>) => setChoice((c) => ({ ...c, ...patch }));
  const toggleLayer = (g: LayerGroup) =>
    set({ layers: choice.layers.includes(g) ? choice.layers.filter((x) => x !== g) : [...choice.layers, g] });
  const base = appBase();

  return (
    <Dialog title="Share this map" kicker="Link and embed" onClose={onClose} className="share-dialog">
      <div className="dialog-body">
        {draftCount > 0 && (
          <p className="share-drafts" role="note">
            Your {draftCount === 1 ? "draft" : `${draftCount} drafts`} in the editor live only in this
            browser: links and embeds show the published data. Save or download the files to publish them.
          </p>
        )}
        {base === null ? (
          <p role="note">
            This copy of the map is opened from a file. Links and embeds need the map on a web server (see
            README, "Embedding").
          </p>
        ) : (
          <>
            <CopyField label="Link to this view" value={permalink(base, view, selection, groups, time)} />
            {routeReport && (
              <p className="muted small" data-testid="share-route">
                The link opens the route {routeReport.title} with the variant shown ({routeReport.name}).
              </p>
            )}
            <h3>Embed in a web page</h3>
            <div className="share-grid">
              <form className="share-options" onSubmit={(e) => e.preventDefault()}>
                <fieldset>
                  <legend>Size</legend>
                  <label>
                    <input
                      type="radio"
                      name="width"
                      checked={choice.width === "responsive"}
                      onChange={() => set({ width: "responsive" })}
                    />
                    Responsive width
                  </label>
                  <label>
                    <input
                      type="radio"
                      name="width"
                      checked={choice.width === 800}
                      onChange={() => set({ width: 800 })}
                    />
                    800 px wide
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
                        {h} px high
                      </label>
                    ))}
                  </div>
                </fieldset>
                <fieldset>
                  <legend>Content</legend>
                  <label>
                    <input
                      type="checkbox"
                      checked={choice.includeSelection && selectedName !== null}
                      disabled={selectedName === null}
                      onChange={(e) => set({ includeSelection: e.target.checked })}
                    />
                    {selectedName
                      ? `Show the selected “${selectedName}”`
                      : "Show a selection (select a segment first)"}
                  </label>
                  {routeReport && (
                    <label>
                      <input
                        type="checkbox"
                        checked={choice.includeRoute !== false}
                        onChange={(e) => set({ includeRoute: e.target.checked })}
                      />
                      Show the route {routeReport.title}, with its summary
                    </label>
                  )}
                  {LAYER_GROUPS.map((g) => (
                    <label key={g}>
                      <input
                        type="checkbox"
                        checked={choice.layers.includes(g)}
                        onChange={() => toggleLayer(g)}
                      />
                      {GROUPS[g].label}
                    </label>
                  ))}
                  <label>
                    <input
                      type="checkbox"
                      checked={choice.legend}
                      onChange={(e) => set({ legend: e.target.checked })}
                    />
                    Legend
                  </label>
                </fieldset>
                <fieldset>
                  <legend>Behaviour</legend>
                  <label>
                    <input
                      type="radio"
                      name="interactive"
                      checked={choice.interactive}
                      onChange={() => set({ interactive: true })}
                    />
                    Interactive (pan, zoom, click): {aboutKb(EMBED_WEIGHT_KB.interactive)}
                  </label>
                  <label>
                    <input
                      type="radio"
                      name="interactive"
                      checked={!choice.interactive}
                      onChange={() => set({ interactive: false })}
                    />
                    Still picture: {aboutKb(EMBED_WEIGHT_KB.still)}, the lighter one (several on a page load
                    fast, also on phones)
                  </label>
                  {!choice.interactive && (
                    <label>
                      <input
                        type="checkbox"
                        checked={choice.explore}
                        onChange={(e) => set({ explore: e.target.checked })}
                      />
                      “Explore” button (turns the picture into the interactive map)
                    </label>
                  )}
                </fieldset>
              </form>
              <div className="share-preview">
                <p className="share-preview-label">Preview</p>
                <div className="share-preview-frame">
                  <iframe
                    title="Preview of the embedded map"
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
              label="Embed code"
              value={embedSnippet(base, choice, view, selection, time)}
              multiline
            />
            <p className="muted small">
              The map runs inside a sandboxed frame; <code>embed.js</code> (optional) makes the frame as tall
              as the map.
            </p>
          </>
        )}
      </div>
    </Dialog>
  );
}
