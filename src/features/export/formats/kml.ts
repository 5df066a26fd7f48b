// "Download the visible data" as KML 2.2, which Google Earth and QGIS open directly: the
// visible segments, styled by kind with the map's colours, and every place, each with its
// annotations, quotes and citations in the description balloon. Hand-written (the shape is
// small and fixed). All data text is untrusted: element text is XML-escaped (`../xmlText.ts`,
// shared with the SVG figure), and descriptions, which viewers render as HTML, are HTML-escaped
// inside a CDATA section, so no name or quote can break the document or inject markup.
//
// Languages: what a viewer shows (a placemark's <name>, the folders, the balloon's facts and
// summaries, the citations' wording) is in the reader's language; the machine fields in
// ExtendedData (id, kind, status, countries, length_km) stay the data's own, with `name_en`
// beside them, and the Document says its language in its ExtendedData (`lang`). Quotes and the
// sources' titles and outlets are verbatim.
import type { AnnotationOut, NodeFeature, SegmentFeature } from "../../../data/corridorTypes.ts";
import type { ViewData } from "../../../data/viewData.ts";
import { countryNameIn } from "../../../i18n/countryName.ts";
import { ENGLISH } from "../../../i18n/english.ts";
import type { I18n } from "../../../i18n/i18nContext.ts";
import { localName } from "../../../i18n/localName.ts";
import { localSummary } from "../../../i18n/localSummary.ts";
import { KIND_ORDER, KINDS, NODE_KINDS_SPEC, STATUS_SPECS } from "../../../layers/registry.ts";
import { cdata, escapeXml } from "../../../render/xmlText.ts";
import { formatKm, isSafeHttpUrl } from "../../../ui/format.ts";
import { citation } from "./citations.ts";

/** Text for the HTML of a description (`&#39;`, since `&apos;` is not HTML 4). */
function html(text: string): string {
  return escapeXml(text).replaceAll("&apos;", "&#39;");
}

/** #RRGGBB → KML's aabbggrr, opaque. */
export function kmlColor(hex: string): string {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) return "ff808080";
  const [, r, g, b] = m;
  return `ff${b}${g}${r}`.toLowerCase();
}

function coords(line: readonly (readonly number[])[]): string {
  return line.map(([lon, lat]) => `${lon},${lat}`).join(" ");
}

function lineString(line: readonly (readonly number[])[]): string {
  return `<LineString><tessellate>1</tessellate><coordinates>${coords(line)}</coordinates></LineString>`;
}

function segmentGeometry(s: SegmentFeature): string {
  const g = s.geometry;
  if (g.type === "LineString") return lineString(g.coordinates);
  return `<MultiGeometry>${g.coordinates.map(lineString).join("")}</MultiGeometry>`;
}

function annotationsHtml(annotations: readonly AnnotationOut[], i18n: I18n): string {
  return annotations
    .map((a) => {
      const quotes = a.quotes.map((q) => `<br>“${html(q)}”`).join("");
      const url = a.source.url;
      const link = isSafeHttpUrl(url) ? ` <a href="${html(url)}">${html(url)}</a>` : "";
      const summary = localSummary(a, i18n.lang);
      const text = summary.fallback ? `${summary.text} ${i18n.t("annotation.inEnglish")}` : summary.text;
      return `<p><b>${html(text)}</b>${quotes}<br>— ${html(citation(a.source, i18n))}${link}</p>`;
    })
    .join("");
}

function data(fields: Record<string, string | number>): string {
  const items = Object.entries(fields).map(
    ([k, v]) => `<Data name="${escapeXml(k)}"><value>${escapeXml(String(v))}</value></Data>`,
  );
  return `<ExtendedData>${items.join("")}</ExtendedData>`;
}

function placemark(name: string, description: string, extra: string, geometry: string): string {
  return `      <Placemark><name>${escapeXml(name)}</name><description>${cdata(description)}</description>${extra}${geometry}</Placemark>\n`;
}

function segmentPlacemark(s: SegmentFeature, i18n: I18n): string {
  const { t, lang, formats } = i18n;
  const p = s.properties;
  const fact = (label: string, value: string) => t("export.data.fact", { label, value });
  const countries = p.countries.map((c) => countryNameIn(c, lang)).join(", ");
  const facts = [
    fact(t("details.kind"), t(KINDS[p.kind].labelKey)),
    fact(t("details.status"), t(STATUS_SPECS[p.status].labelKey)),
    fact(t("details.countries"), countries),
    fact(t("export.data.lengthDrawn"), formatKm(p.lengthKm, formats)),
  ];
  const description = `<p>${facts.map(html).join("<br>")}</p>${annotationsHtml(p.annotations, i18n)}`;
  const extra = `<styleUrl>#kind-${p.kind}</styleUrl>${data({
    id: p.id,
    name_en: p.name,
    kind: p.kind,
    status: p.status,
    countries: p.countries.join(","),
    length_km: p.lengthKm,
  })}`;
  return placemark(localName(p, lang), description, extra, segmentGeometry(s));
}

function nodePlacemark(n: NodeFeature, i18n: I18n): string {
  const { t, lang } = i18n;
  const p = n.properties;
  const fact = (label: string, value: string) => t("export.data.fact", { label, value });
  const facts = [
    fact(t("details.kind"), t(NODE_KINDS_SPEC[p.kind].labelKey)),
    fact(t("details.country"), countryNameIn(p.country, lang)),
  ];
  if (p.note) facts.push(p.note);
  const description = `<p>${facts.map(html).join("<br>")}</p>${annotationsHtml(p.annotations, i18n)}`;
  const [lon, lat] = n.geometry.coordinates;
  const point = `<Point><coordinates>${lon},${lat}</coordinates></Point>`;
  const fields = data({ id: p.id, name_en: p.name, kind: p.kind, country: p.country });
  return placemark(localName(p, lang), description, fields, point);
}

export function toKml(view: ViewData, title: string, i18n: I18n = ENGLISH): string {
  const { segments, nodes } = view;
  const styles = KIND_ORDER.map(
    (k) =>
      `    <Style id="kind-${k}"><LineStyle><color>${kmlColor(KINDS[k].color)}</color><width>${KINDS[k].width}</width></LineStyle></Style>\n`,
  ).join("");
  const folder = (name: string, placemarks: string[]) =>
    `    <Folder>\n      <name>${name}</name>\n${placemarks.join("")}    </Folder>\n`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>\n<kml xmlns="http://www.opengis.net/kml/2.2">\n  <Document>\n',
    `    <name>${escapeXml(title)}</name>\n`,
    `    ${data({ lang: i18n.lang })}\n`,
    styles,
    folder(
      escapeXml(i18n.t("list.segments")),
      segments.map((s) => segmentPlacemark(s, i18n)),
    ),
    folder(
      escapeXml(i18n.t("list.places")),
      nodes.map((n) => nodePlacemark(n, i18n)),
    ),
    "  </Document>\n</kml>\n",
  ].join("");
}
