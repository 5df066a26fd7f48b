// The route's summary table in the figure: the same rows as the Route region's compare table
// (routeText.ts compareRows), a column per compared variant, the chosen one marked, under a
// headline that names the route. Sized from the figure's scale like the rest of it; every cell is
// measured (svgText.ts) and cut to its column, so a longer Russian or Kazakh text cannot overlap.
import { escapeXml } from "../../../render/xmlText.ts";
import type { CompareRow } from "../../route/routeText.ts";
import { fitTo, wrapTo } from "./svgText.ts";

export interface FigureRouteTable {
  /** "Route Lianyungang → Istanbul, via …: (2 of 4)". */
  headline: string;
  heads: string[];
  rows: CompareRow[];
  /** Which column is the variant drawn strong on the map. */
  chosenColumn: number;
}

const LINE = 15;
const SIZE = 10.5;
/** Lines a column head may take before it is cut. */
const HEAD_LINES = 2;

/** The columns' geometry and each head's lines, for the drawing and for the height it takes. */
function columns(table: FigureRouteTable, width: number, k: number) {
  const labelWidth = Math.min(150 * k, width * 0.25);
  const colWidth = (width - labelWidth) / Math.max(1, table.heads.length);
  const heads = table.heads.map((h) => {
    const lines = wrapTo(h, colWidth - 8 * k, SIZE * k, true);
    const kept = lines.slice(0, HEAD_LINES);
    // A head longer than its lines ends in an ellipsis on the last one kept.
    if (lines.length > HEAD_LINES)
      kept[HEAD_LINES - 1] = fitTo(`${kept[HEAD_LINES - 1]} …`, colWidth - 8 * k, SIZE * k, true);
    return kept;
  });
  const headLines = Math.max(1, ...heads.map((h) => h.length));
  return { labelWidth, colWidth, heads, headLines };
}

/** The height the table takes at `width` and scale k, so the layout can leave room for it. */
export function routeTableHeight(table: FigureRouteTable, width: number, k: number): number {
  return (table.rows.length + columns(table, width, k).headLines + 1.8) * LINE * k;
}

export function routeTableSvg(
  table: FigureRouteTable,
  x: number,
  y: number,
  width: number,
  k: number,
): string {
  const line = LINE * k;
  const { labelWidth, colWidth, heads, headLines } = columns(table, width, k);
  const out = [
    `<g id="route-table" font-size="${SIZE * k}">`,
    `<text x="${x}" y="${y}" font-weight="600" font-size="${12 * k}">${escapeXml(fitTo(table.headline, width, 12 * k, true))}</text>`,
  ];
  const headY = y + line * 1.3;
  heads.forEach((lines, i) => {
    const cx = x + labelWidth + i * colWidth;
    const chosen = i === table.chosenColumn;
    if (chosen)
      out.push(
        `<rect x="${cx - 4 * k}" y="${headY - line * 0.85}" width="${colWidth - 4 * k}" height="${(headLines + table.rows.length) * line + 4 * k}" fill="#4B3BC4" fill-opacity="0.08"/>`,
      );
    lines.forEach((l, j) => {
      out.push(
        `<text x="${cx}" y="${headY + j * line}" font-weight="600"${chosen ? ' fill="#3a2d9c"' : ""}>${escapeXml(l)}</text>`,
      );
    });
  });
  const bodyY = headY + headLines * line;
  table.rows.forEach((row, r) => {
    const ry = bodyY + r * line;
    out.push(
      `<text x="${x}" y="${ry}" fill="#5c5a55">${escapeXml(fitTo(row.label, labelWidth - 6 * k, SIZE * k))}</text>`,
    );
    row.values.forEach((v, i) => {
      out.push(
        `<text x="${x + labelWidth + i * colWidth}" y="${ry}">${escapeXml(fitTo(v, colWidth - 8 * k, SIZE * k))}</text>`,
      );
    });
  });
  out.push("</g>");
  return out.join("\n");
}
