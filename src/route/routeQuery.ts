// What a route asks for: from one place to another, through zero or more places on the way, in
// that order. The URL carries it (`&route=FROM~TO~via:ID`, src/url/hashState.ts) and the store
// holds it; the ids are only checked against the data when the route is applied or computed.

/** At most this many routes are shown: the shortest and the reasonable alternatives. */
export const MAX_ROUTES = 5;

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

/**
 * The Route region's form: the places chosen so far, any of which may still be empty (From
 * chosen by "Route from here", To not yet; a place on the way just added).
 */
export interface RouteForm {
  from: string | null;
  to: string | null;
  via: (string | null)[];
}

export const EMPTY_ROUTE_FORM: RouteForm = { from: null, to: null, via: [] };

/** The route a form asks for, once it has a From and a To; empty places on the way are skipped. */
export function routeFromForm(form: RouteForm): RouteQuery | null {
  if (form.from === null || form.to === null) return null;
  return { from: form.from, to: form.to, via: form.via.filter((v): v is string => v !== null) };
}
