// Modules that Vite plugins provide.
declare module "virtual:inline-data" {
  const data: unknown;
  export default data;
}
