// Downloads of the visible data for analysts: GeoJSON, KML, the annotations as CSV, and the
// citation list as plain text, BibTeX and RIS.
import type { Corridor } from "../../data/corridor.ts";
import { viewData } from "../../data/viewData.ts";
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
  const view = viewData(corridor, groups);
  const today = new Date().toISOString().slice(0, 10);
  const routeFiles: DownloadFile[] = route
    ? [
        [
          "Route (GeoJSON)",
          "middle-corridor-route.geojson",
          () => routeGeoJson(route, corridor),
          "application/geo+json",
        ],
        [
          "Route legs (CSV)",
          "middle-corridor-route-legs.csv",
          () => routeLegsCsv(route, (k) => kindSpec(REGISTRY, k).label),
          "text/csv;charset=utf-8",
        ],
      ]
    : [];
  const files: DownloadFile[] = [
    ["GeoJSON", "middle-corridor.geojson", () => visibleGeoJson(view), "application/geo+json"],
    [
      "KML (Google Earth, QGIS)",
      "middle-corridor.kml",
      () => toKml(view, "Middle Corridor Map"),
      "application/vnd.google-earth.kml+xml",
    ],
    [
      "Annotations (CSV)",
      "middle-corridor-annotations.csv",
      () => annotationsCsv(view),
      "text/csv;charset=utf-8",
    ],
    [
      "Citations (text)",
      "middle-corridor-citations.txt",
      () => citationsText(view.sources, today),
      "text/plain;charset=utf-8",
    ],
    [
      "Citations (BibTeX)",
      "middle-corridor-citations.bib",
      () => citationsBibtex(view.sources, today),
      "application/x-bibtex",
    ],
    [
      "Citations (RIS)",
      "middle-corridor-citations.ris",
      () => citationsRis(view.sources, today),
      "application/x-research-info-systems",
    ],
    ...routeFiles,
  ];
  return (
    <section aria-labelledby="data-downloads">
      <h3 id="data-downloads">Data</h3>
      <p className="muted small">
        The {view.segments.length} segments on the map now (switched-off layers are left out), with all
        places.
        {route && ` The route ${route.title} (${route.name}): its legs as lines and as a table.`}
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
