import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { classicMapWorker } from "./scripts/classicWorkerPlugin.ts";
import { corridorData } from "./scripts/corridorDataPlugin.ts";
import { contentSecurityPolicy } from "./scripts/cspPlugin.ts";
import { editorSave } from "./scripts/editorSavePlugin.ts";
import { inlineData } from "./scripts/inlineDataPlugin.ts";
import { singleFile } from "./scripts/singleFilePlugin.ts";

// `base: "./"` keeps every URL relative, so the build works under any sub-path (PRODUCT.md).
// `--mode single` makes the one-file build (npm run build:single). `editorSave` is the editor's
// "Save to data/" endpoint, in `npm run dev` only (apply: "serve"), never in a build.
export default defineConfig(({ mode }) => {
  const single = mode === "single";
  // A folder holding another data/ to serve and save into (the editor's dev-server test uses a
  // temporary copy); unset, the project's own data/.
  const dataRoot = process.env.CORRIDOR_DATA_ROOT || undefined;
  return {
    base: "./",
    plugins: [
      react(),
      inlineData(single),
      classicMapWorker(!single),
      editorSave(dataRoot ? { dataDir: `${dataRoot}/data` } : {}),
      ...(single ? [singleFile()] : [corridorData(dataRoot), contentSecurityPolicy()]),
    ],
    // The data is public: any page may embed the map, including from a sandboxed iframe whose
    // opaque origin makes every request cross-origin.
    preview: { headers: { "Access-Control-Allow-Origin": "*" } },
    server: { headers: { "Access-Control-Allow-Origin": "*" } },
    build: {
      target: "es2022",
      chunkSizeWarningLimit: single ? 5000 : 1200,
    },
  };
});
