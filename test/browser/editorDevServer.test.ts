// "Save to data/" end to end: the app served by `npm run dev` (Vite's dev server with the
// project's config) over a temporary copy of data/ (CORRIDOR_DATA_ROOT). The editor saves an
// article with an annotation pinned to a line; the files land in that data/ and pass the full
// check; a reload (the dev server rebuilds corridor.geojson on each request) shows the annotation
// as published data, no longer a draft. Paths outside data/ and an existing id without the
// user's confirmation are refused and write nothing.
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createServer, type ViteDevServer } from "vite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkAll } from "../../scripts/lib/checkAll.ts";
import { ARTICLE, FERRY, FIRST_QUOTE, META, PROMO_LINE, SOURCE_ID, SUMMARY } from "./editorFixture.ts";
import { editorState, selectInArticle, setEditorField } from "./editorInPage.ts";
import { appSession } from "./session.ts";

const session = appSession();
let server: ViteDevServer;
let devURL = "";
let root = "";

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), "editor-dev-"));
  cpSync("data", join(root, "data"), { recursive: true });
  process.env.CORRIDOR_DATA_ROOT = root;
  server = await createServer({
    configFile: "vite.config.ts",
    logLevel: "warn",
    server: { port: 0, host: "127.0.0.1", watch: null, hmr: false },
  });
  await server.listen();
  const address = server.httpServer?.address() as AddressInfo | null | undefined;
  if (!address) throw new Error("the dev server did not start listening");
  devURL = `http://127.0.0.1:${address.port}/`;
}, 120_000);

afterAll(async () => {
  delete process.env.CORRIDOR_DATA_ROOT;
  await server?.close();
  rmSync(root, { recursive: true, force: true });
});

const post = (body: unknown) =>
  fetch(new URL("__editor/save", devURL), {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });

describe("Save to data/ under npm run dev", () => {
  it("writes the three files into data/, and the reloaded map shows the annotation as published", async () => {
    const app = await session.open({ url: devURL });
    const { page } = app;
    await page.getByRole("button", { name: "Add a source" }).click();
    const editor = page.getByRole("dialog", { name: "Add a source" });
    await editor.getByLabel("Article text", { exact: true }).waitFor();
    await page.evaluate(setEditorField, { label: "Article text", value: ARTICLE });
    await page.evaluate(setEditorField, { label: PROMO_LINE, value: "true" });
    for (const [label, value] of Object.entries(META)) await page.evaluate(setEditorField, { label, value });
    await editor.getByRole("button", { name: "Add an annotation" }).click();
    expect(await page.evaluate(selectInArticle, FIRST_QUOTE)).toBe(true);
    await page.keyboard.press("q");
    await editor.getByLabel("Add a line or place").fill("Caspian Sea: Kuryk");
    await editor.getByLabel("Add a line or place").press("Enter");
    await page.evaluate(setEditorField, { label: "Summary, in our words", value: SUMMARY });
    await page.evaluate(setEditorField, { label: "Topic", value: "transit" });
    await expect.poll(async () => (await page.evaluate(editorState)).passes).toBe(true);

    await editor.getByRole("button", { name: "Save to data/" }).click();
    await expect.poll(() => editor.getByRole("alert").textContent()).toContain("Saved to data/");
    const written = [
      `data/sources/${SOURCE_ID}.txt`,
      `data/sources/${SOURCE_ID}.json`,
      `data/annotations/${SOURCE_ID}.json`,
    ];
    for (const f of written) expect(existsSync(join(root, f)), f).toBe(true);
    expect(readFileSync(join(root, written[0] ?? ""), "utf8")).toBe(ARTICLE);
    expect(checkAll(root).errors).toEqual([]);
    // The draft has done its work: it is gone from the browser.
    expect(
      await page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes("editor:head:"))),
    ).toEqual([]);

    await editor.getByRole("button", { name: "Reload the map to see it" }).click();
    await app.waitForMapReady();
    await app.goToHash(`#seg=${FERRY}`);
    const details = page.getByRole("region", { name: "Segment details" });
    await expect.poll(() => details.textContent()).toContain(SUMMARY);
    expect(await details.locator("article.is-draft").count()).toBe(0);
    expect(await details.textContent()).toContain(FIRST_QUOTE);
  });

  it("refuses a path outside data/ and an existing id without confirmation, writing nothing", async () => {
    const before = readdirSync(join(root, "data/sources")).sort();
    const outside = await post({
      files: [
        { path: "../outside.txt", content: "x" },
        { path: "data/sources/x.json", content: "{}" },
        { path: "data/annotations/x.json", content: "{}" },
      ],
    });
    expect(outside.status).toBe(400);
    expect(existsSync(join(root, "../outside.txt"))).toBe(false);

    const existing = "trend-2025-02-25-bayel-bagirov-customs";
    const files = ["sources/%s.txt", "sources/%s.json", "annotations/%s.json"].map((p) => {
      const path = `data/${p.replace("%s", existing)}`;
      return { path, content: readFileSync(join(root, path), "utf8") };
    });
    const again = await post({ files });
    expect(again.status).toBe(409);
    expect(((await again.json()) as { reason: string }).reason).toBe("exists");
    expect(readdirSync(join(root, "data/sources")).sort()).toEqual(before);
    expect(existsSync(join(root, "data/.history"))).toBe(false);
  });
});
