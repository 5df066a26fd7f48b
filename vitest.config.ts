import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";
import { classicMapWorker } from "./scripts/classicWorkerPlugin.ts";
import { inlineData } from "./scripts/inlineDataPlugin.ts";

// Three layers of tests (ARCHITECTURE.md): pure logic in node, components in jsdom with a fake
// map controller, and the production build in Firefox and WebKit, then in real Chromium. The
// browser suites run one after the other (sequence.groupOrder), never side by side: on two
// cores a software-rendered 3840 px map beside WebKit starved it until its page was declared hung.
export default defineConfig({
  plugins: [react(), inlineData(false), classicMapWorker(false)],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          environment: "node",
          include: ["test/unit/**/*.test.ts"],
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          name: "component",
          environment: "jsdom",
          include: ["test/component/**/*.test.tsx"],
          setupFiles: ["test/setup/component.ts"],
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          name: "browser",
          environment: "node",
          include: ["test/browser/**/*.test.ts"],
          globalSetup: ["test/browser/globalSetup.ts"],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
          sequence: { groupOrder: 2 },
        },
      },
      {
        extends: true,
        test: {
          // The same paths in Firefox and WebKit (test/xbrowser/, ARCHITECTURE.md "Every browser").
          name: "xbrowser",
          environment: "node",
          include: ["test/xbrowser/**/*.test.ts"],
          globalSetup: ["test/xbrowser/globalSetup.ts"],
          testTimeout: 90_000,
          hookTimeout: 60_000,
          fileParallelism: false,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
