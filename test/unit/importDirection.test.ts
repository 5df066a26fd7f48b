// Imports point one way: the state knows nothing of features or of how the URL is written, and
// one feature does not reach into another's insides (shared drawing lives in src/render/).
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** Every relative import of every file under `dir`, resolved to a path under src/. */
function importsUnder(dir: string): { file: string; target: string }[] {
  return files(join("src", dir)).flatMap((file) =>
    [...readFileSync(file, "utf8").matchAll(/from\s+"(\.[^"]+)"|import\(\s*"(\.[^"]+)"\s*\)/g)].map((m) => ({
      file: relative("src", file),
      target: relative("src", join(file, "..", m[1] ?? m[2] ?? "")),
    })),
  );
}

describe("import direction", () => {
  it("state/ imports neither features/ nor url/", () => {
    const wrong = importsUnder("state").filter(({ target }) => /^(features|url|app|map)\//.test(target));
    expect(wrong).toEqual([]);
  });

  it("features/overview does not reach into features/export", () => {
    const wrong = importsUnder("features/overview").filter(({ target }) =>
      target.startsWith("features/export"),
    );
    expect(wrong).toEqual([]);
  });

  it("the editor (src/editor/, which carries zod) is loaded only on demand, never from the app's entry", () => {
    const staticImports = files("src")
      .filter((file) => !relative("src", file).startsWith("editor/"))
      .flatMap((file) =>
        [...readFileSync(file, "utf8").matchAll(/(?:from|import)\s+"(\.[^"]+)"/g)].map((m) => ({
          file: relative("src", file),
          target: relative("src", join(file, "..", m[1] ?? "")),
        })),
      )
      .filter(({ target }) => target.startsWith("editor/"));
    expect(staticImports).toEqual([]);
  });

  it("render/ (drawing shared by figures and the overview) imports no feature, app or map code", () => {
    const wrong = importsUnder("render").filter(({ target }) => /^(features|app|map|url)\//.test(target));
    expect(wrong).toEqual([]);
  });

  it("the still embed's static imports reach neither MapLibre, zod, the store nor web fonts", () => {
    const { reached, bare } = staticGraph(join("src", "still", "stillMain.tsx"));
    expect(reached).toContain("render/vectorMap.ts");
    expect(
      reached.filter((f) => /^(state\/store|main|map\/MapController|data\/schema)\.tsx?$/.test(f)),
    ).toEqual([]);
    expect(bare.filter((b) => /maplibre|zod|zustand|@fontsource/.test(b))).toEqual([]);
  });

  it("neither the page's first chunk nor the still embed carries the English catalogue", () => {
    // A still embed takes its words from its lite file; the app bundles English (loadCatalogue.ts).
    for (const entry of [join("src", "boot.ts"), join("src", "still", "stillMain.tsx")]) {
      const { reached } = staticGraph(entry);
      // The walk reaches into the catalogues (the few start words), so it can find en.ts.
      expect(reached, entry).toContain("i18n/catalogues/en/startWords.ts");
      expect(reached.filter((f) => f === "i18n/catalogues/en.ts" || f === "i18n/loadCatalogue.ts")).toEqual(
        [],
      );
    }
  });
});

/**
 * The files a file's static imports reach (`from "…"` and bare `import "…"`), and the packages:
 * a dynamic import() (Explore's import("../main.tsx"), a route link's chunk) is where they stop.
 */
function staticGraph(entry: string): { reached: string[]; bare: string[] } {
  const seen = new Set<string>();
  const bare: string[] = [];
  const walk = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    // Whole import statements; `import type` is erased by the build and leads nowhere.
    for (const m of readFileSync(file, "utf8").matchAll(
      /^(?:import|export)\s+(type\s)?(?:[^;"]*?from\s+)?"([^"]+)"/gm,
    )) {
      if (m[1]) continue;
      const spec = m[2] ?? "";
      if (spec.startsWith(".")) walk(join(file, "..", spec));
      else bare.push(spec);
    }
  };
  walk(entry);
  return { reached: [...seen].map((f) => relative("src", f)), bare };
}
