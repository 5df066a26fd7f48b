import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { corridorData } from "./scripts/corridorDataPlugin.ts";

// `base: "./"` keeps every URL relative, so the build works under any sub-path (PRODUCT.md).
export default defineConfig({
  base: "./",
  plugins: [react(), corridorData()],
  // The data is public: any page may embed the map, including from a sandboxed iframe whose
  // opaque origin makes every request cross-origin.
  preview: { headers: { "Access-Control-Allow-Origin": "*" } },
  server: { headers: { "Access-Control-Allow-Origin": "*" } },
  build: {
    target: "es2022",
    chunkSizeWarningLimit: 1200,
  },
});
