// A small tree of SVG elements (tag, attributes, text, children): what the figure drawers build,
// written out as escaped SVG text for a file, or rendered as React elements by the overview.
import { escapeXml } from "./xmlText.ts";

/** One SVG element: its tag, attributes (SVG names), text content and children. */
export interface SvgNode {
  tag: "rect" | "g" | "path" | "text" | "circle" | "title";
  attrs: Record<string, string | number>;
  text?: string;
  children?: SvgNode[];
}

export const el = (
  tag: SvgNode["tag"],
  attrs: Record<string, string | number | undefined>,
  content: { text?: string; children?: SvgNode[] } = {},
): SvgNode => {
  const clean: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(attrs)) if (v !== undefined) clean[k] = v;
  return { tag, attrs: clean, ...content };
};

export const title = (text: string) => el("title", {}, { text });

/** The element as SVG text; every attribute value and text is escaped. */
export function svgNodeToString(node: SvgNode): string {
  const attrs = Object.entries(node.attrs)
    .map(([k, v]) => ` ${k}="${escapeXml(String(v))}"`)
    .join("");
  const inner = node.children
    ? `\n${node.children.map(svgNodeToString).join("\n")}\n`
    : node.text !== undefined
      ? escapeXml(node.text)
      : "";
  return inner ? `<${node.tag}${attrs}>${inner}</${node.tag}>` : `<${node.tag}${attrs}/>`;
}
