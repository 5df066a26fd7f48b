// Downloads of the visible data for analysts: GeoJSON, KML, the annotations as CSV, and the
// citation list as plain text, BibTeX and RIS.
import type { Corridor } from "../../data/corridor.ts";
import { viewData } from "../../data/viewData.ts";
import type { LayerGroup } from "../../layers/registry.ts";
import { download } from "./download.ts";
import { citationsBibtex, citationsRis, citationsText } from "./formats/citations.ts";
import { annotationsCsv } from "./formats/csv.ts";
import { visibleGeoJson } from "./formats/geojson.ts";
import { toKml } from "./formats/kml.ts";

export function DataDownloads({ corridor, groups }: { corridor: Corridor; groups: readonly LayerGroup[] }) {
  const view = viewData(corridor, groups);
  const today = new Date().toISOString().slice(0, 10);
  const files: [string, string, () => string, string][] = [
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
  ];
  return (
    <section aria-labelledby="data-downloads">
      <h3 id="data-downloads">Data</h3>
      <p className="muted small">
        The {view.segments.length} segments on the map now (switched-off layers are left out), with all
        places.
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
