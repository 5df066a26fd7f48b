// The borders a route crosses. Rule: a border is crossed on a stretch whose two end places lie
// in different countries (places carry one country each; segments list every country they
// touch, which cannot say where a line crosses). It is named by the border-crossing places at
// that stretch ("China–Kazakhstan at Alashankou/Dostyk", "Georgia–Türkiye at Kartsakhi"), or
// by both ends where neither is one, and over water it says "by sea" ("Kazakhstan–Azerbaijan
// by sea, Kuryk–Alat (Port of Baku)"). A line that leaves a country and comes back between two
// places is not seen; the corridor has none.
import { kindSpec } from "../layers/registry.ts";
import { countryName } from "../ui/format.ts";
import { english } from "./englishWords.ts";
import type { RouteGraph } from "./routeGraph.ts";
import type { RouteLeg } from "./routeLegs.ts";

export interface BorderCrossing {
  /** ISO 3166-1 alpha-2 codes, in the direction of travel. */
  fromCountry: string;
  toCountry: string;
  /** The places that name it: the border crossings at that stretch, else both its ends. */
  at: string[];
  bySea: boolean;
  /** The index of the leg that crosses it. */
  leg: number;
  label: string;
}

export function routeBorders(graph: RouteGraph, legs: readonly RouteLeg[]): BorderCrossing[] {
  const crossings: BorderCrossing[] = [];
  legs.forEach((leg, i) => {
    for (const h of leg.hops) {
      const a = graph.places.get(h.from);
      const b = graph.places.get(h.to);
      if (!a || !b || a.country === b.country) continue;
      const posts = [a, b].filter((p) => p.kind === "border-crossing");
      const named = posts.length > 0 ? posts : [a, b];
      const bySea = kindSpec(graph.registry, leg.kind).surface === "water";
      const countries = { from: countryName(a.country), to: countryName(b.country) };
      const names = named.map((p) => p.label);
      crossings.push({
        fromCountry: a.country,
        toCountry: b.country,
        at: named.map((p) => p.id),
        bySea,
        leg: i,
        label: bySea
          ? english("route.borderSea", { ...countries, places: names.join("–") })
          : english("route.border", { ...countries, places: names.join("/") }),
      });
    }
  });
  return crossings;
}
