import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { corridorData } from "./scripts/corridorDataPlugin.ts";

// `base: "./"` keeps every URL relative, so the build works under any sub-path (PRODUCT.md).
export default defineConfig({
  base: "./",
  plugins: [react(), corridorData()],
  build: {
    target: "es2022",
    chunkSizeWarningLimit: 1200,
  },
});
