// Downloads of the visible data for analysts: GeoJSON, KML, the annotations as CSV, and the
// citation list as plain text, BibTeX and RIS. Each in the reader's language where a person reads
// it (headers, names, words), machine-stable where a program does (see each writer's comment).
import type { Corridor } from "../../data/corridor.ts";
import { viewData } from "../../data/viewData.ts";
import { useI18n } from "../../i18n/i18nContext.ts";
import { kindSpec, type LayerGroup, REGISTRY } from "../../layers/registry.ts";
import type { RouteReport } from "../route/routeReport.ts";
import { download } from "./download.ts";
import { citationsBibtex, citationsRis, citationsText } from "./formats/citations.ts";
import { annotationsCsv } from "./formats/csv.ts";
import { visibleGeoJson } from "./formats/geojson.ts";
import { toKml } from "./formats/kml.ts";
import { routeGeoJson, routeLegsCsv } from "./formats/routeFiles.ts";

/** A button's label, the file's name, its content (made on click) and its type. */
type DownloadFile = [string, string, () => string, string];

export function DataDownloads({
  corridor,
  groups,
  route,
}: {
  corridor: Corridor;
  groups: readonly LayerGroup[];
  /** The route the map shows: its legs are offered too. */
  route: RouteReport | null;
}) {
  const i18n = useI18n();
  const { t, say } = i18n;
  const view = viewData(corridor, groups);
  const today = new Date().toISOString().slice(0, 10);
  const routeFiles: DownloadFile[] = route
    ? [
        [
          t("export.data.routeGeojson"),
          "middle-corridor-route.geojson",
          () => routeGeoJson(route, corridor, i18n),
          "application/geo+json",
        ],
        [
          t("export.data.routeCsv"),
          "middle-corridor-route-legs.csv",
          () =>
            routeLegsCsv(
              route,
              (k) => {
                const spec = kindSpec(REGISTRY, k);
                return say(spec.labelKey, spec.label);
              },
              i18n,
              corridor,
            ),
          "text/csv;charset=utf-8",
        ],
      ]
    : [];
  const files: DownloadFile[] = [
    [
      t("export.data.geojson"),
      "middle-corridor.geojson",
      () => visibleGeoJson(view, i18n),
      "application/geo+json",
    ],
    [
      t("export.data.kml"),
      "middle-corridor.kml",
      () => toKml(view, t("app.title"), i18n),
      "application/vnd.google-earth.kml+xml",
    ],
    [
      t("export.data.annotations"),
      "middle-corridor-annotations.csv",
      () => annotationsCsv(view, i18n),
      "text/csv;charset=utf-8",
    ],
    [
      t("export.data.citeText"),
      "middle-corridor-citations.txt",
      () => citationsText(view.sources, today, i18n),
      "text/plain;charset=utf-8",
    ],
    [
      t("export.data.citeBib"),
      "middle-corridor-citations.bib",
      () => citationsBibtex(view.sources, today, i18n),
      "application/x-bibtex",
    ],
    [
      t("export.data.citeRis"),
      "middle-corridor-citations.ris",
      () => citationsRis(view.sources, today, i18n),
      "application/x-research-info-systems",
    ],
    ...routeFiles,
  ];
  return (
    <section aria-labelledby="data-downloads">
      <h3 id="data-downloads">{t("export.data.heading")}</h3>
      <p className="muted small">
        {t("export.data.intro", { count: view.segments.length })}
        {route && ` ${t("export.data.route", { title: route.title, name: route.name })}`}
      </p>
      <ul className="download-list">
        {files.map(([label, name, make, type]) => (
          <li key={name}>
            <button type="button" onClick={() => download(name, make(), type)}>
              {label}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
