// Modules that Vite plugins provide.
declare module "virtual:inline-data" {
  const data: unknown;
  export default data;
}
declare module "virtual:classic-map-worker" {
  /** MapLibre's worker as a classic script ("" in the single-file build). */
  const url: string;
  export default url;
}
