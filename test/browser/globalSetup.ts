// Serves the production build (npm test builds it first) on a free local port for the browser
// tests, and fails early with one line of instruction when Chromium or the build is missing.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { preview } from "vite";
import type { TestProject } from "vitest/node";
import { chromiumPath } from "./chromium.ts";

declare module "vitest" {
  export interface ProvidedContext {
    baseURL: string;
  }
}

export default async function setup(project: TestProject) {
  chromiumPath();
  if (!existsSync(join(process.cwd(), "dist", "index.html"))) {
    throw new Error("No production build in dist/: run `npm run build` first (npm test does this for you).");
  }
  const server = await preview({
    logLevel: "warn",
    preview: {
      host: "127.0.0.1",
      port: 4300 + Math.floor(Math.random() * 600),
      strictPort: false,
      open: false,
    },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error("The preview server did not report its URL");
  project.provide("baseURL", url);
  return async () => {
    await server.close();
  };
}
