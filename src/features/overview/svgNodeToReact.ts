// The vector drawer's element tree (src/render/vectorMap.ts) as React elements: text stays
// text, nothing is parsed. Shared by the no-WebGL overview and the still embed.
import { createElement, type ReactNode } from "react";
import type { SvgNode } from "../../render/vectorMap.ts";

/** SVG attribute names as React spells them (stroke-width → strokeWidth); data-* stay. */
const reactName = (name: string) =>
  name.startsWith("data-") ? name : name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

export function svgNodeToReact(node: SvgNode, key: number): ReactNode {
  const props: Record<string, string | number> = { key };
  // Ids are for the exported file; in the page they could clash with the app's own.
  for (const [k, v] of Object.entries(node.attrs)) if (k !== "id") props[reactName(k)] = v;
  return createElement(node.tag, props, node.children ? node.children.map(svgNodeToReact) : node.text);
}
