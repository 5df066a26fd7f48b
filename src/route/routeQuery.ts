// What a route asks for: from one place to another, through zero or more places on the way, in
// that order. The URL carries it (`&route=FROM~TO~via:ID`, src/url/hashState.ts) and the store
// holds it; the ids are only checked against the data when the route is applied or computed.

export interface RouteQuery {
  from: string;
  to: string;
  /** Places to pass, in order, between `from` and `to`. */
  via: string[];
}

export function sameRouteQuery(a: RouteQuery | null, b: RouteQuery | null): boolean {
  if (a === null || b === null) return a === b;
  return (
    a.from === b.from &&
    a.to === b.to &&
    a.via.length === b.via.length &&
    a.via.every((v, i) => v === b.via[i])
  );
}

/**
 * The query with the places the data does not have dropped (a stale link): unknown vias are left
 * out, and without a known From and To there is no route to show.
 */
export function knownRouteQuery(query: RouteQuery | null, known: (id: string) => boolean): RouteQuery | null {
  if (!query || !known(query.from) || !known(query.to)) return null;
  const via = query.via.filter(known);
  return via.length === query.via.length ? query : { ...query, via };
}

/** The places a route passes through, in order: From, the vias, To. */
export function routeStops(query: RouteQuery): string[] {
  return [query.from, ...query.via, query.to];
}
