// The editor ("Add a source") in Chromium, end to end in the production build: paste an article
// the project has never seen, fill its metadata, select a sentence with the mouse and quote it,
// pin it to a line by clicking the map, and see the draft in the details panel; a reload keeps
// it; the zip it downloads passes the data check. Also the whole flow by keyboard alone, and axe.
import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { seriousAxeViolations } from "./axe.ts";
import { checkZip } from "./editorCheck.ts";
import {
  ARTICLE,
  FERRY,
  FIRST_QUOTE,
  META,
  PROMO_LINE,
  SECOND_QUOTE,
  SOURCE_ID,
  SUMMARY,
} from "./editorFixture.ts";
import { caretBefore, editorState, setEditorField } from "./editorInPage.ts";
import { appSession } from "./session.ts";

const session = appSession();

const editor = (page: Page) => page.getByRole("dialog", { name: "Add a source" });

/** Drags the mouse over `passage` in the article text box, as a reader selects a sentence. */
async function dragOver(page: Page, passage: string) {
  const ends = await page.evaluate((p) => {
    const box = document.querySelector('[role="textbox"][aria-readonly="true"]');
    const piece = [...(box?.querySelectorAll("[data-start]") ?? [])].find((e) =>
      (e.textContent ?? "").includes(p),
    );
    const text = piece?.firstChild;
    if (!text) return null;
    piece.scrollIntoView({ block: "center" });
    const at = (text.textContent ?? "").indexOf(p);
    const r = document.createRange();
    r.setStart(text, at);
    r.setEnd(text, at + p.length);
    const rects = [...r.getClientRects()];
    const first = rects[0];
    const last = rects.at(-1);
    return first && last
      ? {
          x0: first.left + 1,
          y0: first.top + first.height / 2,
          x1: last.right - 1,
          y1: last.top + last.height / 2,
        }
      : null;
  }, passage);
  if (!ends) throw new Error(`"${passage}" is not in the article text box`);
  await page.mouse.move(ends.x0, ends.y0);
  await page.mouse.down();
  await page.mouse.move(ends.x1, ends.y1, { steps: 8 });
  await page.mouse.up();
}

/** Presses Tab until the focused element's accessible name starts with `name` (keyboard only). */
async function tabTo(page: Page, name: string, max = 250) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el) return "";
      const label = el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : null;
      return (el.getAttribute("aria-label") ?? label ?? el.textContent ?? "").replace(/\s+/g, " ").trim();
    });
    if (focused.startsWith(name)) return;
  }
  throw new Error(`Tab never reached "${name}"`);
}

describe("the editor in Chromium", () => {
  it("adds a source with the mouse, pins it by a map click, keeps it over a reload, and downloads files that pass the check", async () => {
    // The ferry line is framed (and selected): clicking what is selected pins it too.
    const app = await session.open({ hash: `#seg=${FERRY}` });
    const { page } = app;
    await page.getByRole("button", { name: "Add a source" }).click();
    await expect.poll(() => editor(page).isVisible()).toBe(true);
    // Paste the article; tick the publisher's line.
    await editor(page).getByLabel("Article text", { exact: true }).fill(ARTICLE);
    await editor(page).getByLabel(PROMO_LINE).check();
    for (const [label, value] of Object.entries(META))
      await editor(page).getByRole("textbox", { name: label, exact: true }).fill(value);
    // The id is proposed from outlet, date and title.
    expect(await editor(page).getByRole("textbox", { name: "Id", exact: true }).inputValue()).toBe(SOURCE_ID);

    await editor(page).getByRole("button", { name: "Add an annotation" }).click();
    await dragOver(page, FIRST_QUOTE);
    await editor(page).getByRole("button", { name: "Quote", exact: true }).click();
    // Verbatim from the text, curly quotes and all; highlighted in the text box.
    await expect.poll(async () => (await page.evaluate(editorState)).quotes).toEqual([FIRST_QUOTE]);
    expect(await editor(page).locator(".quote-text mark").first().textContent()).toBe(FIRST_QUOTE);

    // Pin it by clicking the ferry line on the map, beside the editor.
    await editor(page).getByRole("button", { name: "Pick on the map" }).click();
    await app.waitForCameraStill();
    await app.clickSegmentOnMap(FERRY);
    const ferryName = (await app.segments()).find((s) => s.properties.id === FERRY)?.properties.name;
    await expect.poll(async () => (await page.evaluate(editorState)).pinned).toEqual([ferryName]);
    await editor(page).getByRole("button", { name: "Done picking" }).click();

    // Before a summary and topic the check names what is missing, beside the field and in the list.
    await editor(page).getByLabel("Summary, in our words").focus();
    await editor(page).getByLabel("Summary, in our words").blur();
    await expect
      .poll(async () => (await page.evaluate(editorState)).problems.join("\n"))
      .toContain("summary");
    await editor(page).getByLabel("Summary, in our words").fill(SUMMARY);
    await editor(page).getByLabel("Topic").selectOption("infrastructure");
    await expect.poll(async () => (await page.evaluate(editorState)).passes).toBe(true);

    // The map click selected the ferry line: its details show the draft annotation, marked so.
    await expect.poll(() => app.detailsTitle()).toBe(ferryName);
    await expect
      .poll(async () => (await page.evaluate(editorState)).draftsInDetails.join(" "))
      .toContain(SUMMARY);
    expect((await page.evaluate(editorState)).draftsInDetails[0]).toMatch(/^Draft/);
    await page.screenshot({ path: "test-results/editor-1280.png" });

    // A reload loses nothing: the draft is in the details again, and in the editor's list.
    await page.reload();
    await app.waitForMapReady();
    await app.goToHash(`#seg=${FERRY}`);
    await expect
      .poll(async () => (await page.evaluate(editorState)).draftsInDetails.join(" "))
      .toContain(FIRST_QUOTE);
    // The reader shows the draft's article with its quote marked as a draft's.
    await page
      .getByRole("region", { name: "Segment details" })
      .locator("article.is-draft")
      .getByRole("button", { name: "Read in source" })
      .click();
    const reader = page.getByRole("dialog", { name: META.Title });
    await expect.poll(() => reader.locator("mark.mark-draft").count()).toBeGreaterThan(0);
    expect(await reader.textContent()).not.toContain(PROMO_LINE);
    await reader.getByRole("button", { name: "Close" }).click();

    await page.getByRole("button", { name: "Add a source" }).click();
    await editor(page)
      .getByText(/Drafts in this browser \(1\)/)
      .waitFor();
    await editor(page).getByRole("button", { name: "Resume" }).click();
    await expect
      .poll(() => editor(page).getByRole("textbox", { name: "Outlet", exact: true }).inputValue())
      .toBe(META.Outlet);
    expect((await page.evaluate(editorState)).quotes).toEqual([FIRST_QUOTE]);

    // The zip holds the three files at their paths; in data/ they pass the full data check.
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      editor(page).getByRole("button", { name: "Download all (zip)" }).click(),
    ]);
    const path = await download.path();
    const zip = checkZip(new Uint8Array(readFileSync(path)), SOURCE_ID);
    expect(zip.paths).toEqual([
      `data/annotations/${SOURCE_ID}.json`,
      `data/sources/${SOURCE_ID}.json`,
      `data/sources/${SOURCE_ID}.txt`,
    ]);
    expect(zip.errors).toEqual([]);
    expect(zip.annotations.map((a) => ({ quotes: a.quotes, segments: a.segments }))).toEqual([
      { quotes: [FIRST_QUOTE], segments: [FERRY] },
    ]);
    // The article is kept exactly as pasted.
    expect(zip.text).toBe(ARTICLE);
    // The build has no save endpoint, and says so.
    expect(await editor(page).textContent()).toContain("cannot write files");
  });

  it("works by keyboard alone: Shift+arrows select, Q quotes, the list pins; axe finds nothing serious", async () => {
    const app = await session.open();
    const { page } = app;
    await tabTo(page, "Add a source");
    await page.keyboard.press("Enter");
    await expect.poll(() => editor(page).isVisible()).toBe(true);
    // Focus went into the editor: its first field is a Tab away.
    await tabTo(page, "Article text");
    // Pasting is a keyboard shortcut; the clipboard is not the test's subject.
    await page.keyboard.insertText(ARTICLE);
    for (const [label, value] of Object.entries(META)) {
      await tabTo(page, label);
      await page.keyboard.insertText(value);
    }
    await tabTo(page, "Add an annotation");
    await page.keyboard.press("Enter");
    // Into the text box, caret before the passage (as the arrows would bring it), then Shift+Right.
    await tabTo(page, "Article text: select");
    await page.evaluate(caretBefore, SECOND_QUOTE);
    for (let i = 0; i < SECOND_QUOTE.length; i++) await page.keyboard.press("Shift+ArrowRight");
    await page.keyboard.press("q");
    await expect.poll(async () => (await page.evaluate(editorState)).quotes).toEqual([SECOND_QUOTE]);
    // Pin it from the searchable list.
    await tabTo(page, "Add a line or place");
    await page.keyboard.insertText("Kuryk port");
    await page.keyboard.press("Enter");
    await expect.poll(async () => (await page.evaluate(editorState)).pinned.length).toBe(1);
    await tabTo(page, "Summary, in our words");
    await page.keyboard.insertText(SUMMARY);
    await tabTo(page, "Topic");
    await page.keyboard.press("ArrowDown");
    await expect.poll(async () => (await page.evaluate(editorState)).passes).toBe(true);
    expect(await seriousAxeViolations(page)).toEqual([]);
    // Esc closes the editor (the draft is kept) and focus returns to the header's button.
    await page.keyboard.press("Escape");
    await expect.poll(() => editor(page).count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Add a source");
    expect(
      await page.evaluate(() =>
        Object.keys(localStorage).some((k) => k.startsWith("middle-corridor-editor:")),
      ),
    ).toBe(true);
  });

  it("refuses to download while the check fails, and says what to fix", async () => {
    const app = await session.open();
    const { page } = app;
    await page.getByRole("button", { name: "Add a source" }).click();
    await editor(page).getByLabel("Article text", { exact: true }).fill(ARTICLE);
    await page.evaluate(setEditorField, { label: "Address (URL)", value: "javascript:alert(1)" });
    let downloads = 0;
    page.on("download", () => downloads++);
    // aria-disabled, not disabled: it stays focusable and says why when pressed.
    await editor(page).getByRole("button", { name: "Download all (zip)" }).click({ force: true });
    await editor(page).getByRole("alert").waitFor();
    const problems = (await page.evaluate(editorState)).problems.join("\n");
    expect(problems).toContain('field "outlet"');
    expect(problems).toContain('field "url"');
    expect(downloads).toBe(0);
    // The field says it too, beside itself.
    expect(
      await editor(page).getByRole("textbox", { name: "Address (URL)" }).getAttribute("aria-invalid"),
    ).toBe("true");
  });

  it("Edit on an annotation opens its source as a draft; the files come back with only the change, quotes still checked verbatim", async () => {
    const sourceId = "trend-2024-01-31-jabbarov-bayel-joint-projects";
    const app = await session.open({ hash: "#seg=caspian-fiber-aktau-sumgait" });
    const { page } = app;
    const details = page.getByRole("region", { name: "Segment details" });
    await details
      .getByRole("button", { name: /^Edit this annotation/ })
      .first()
      .click();
    await expect
      .poll(() => editor(page).getByRole("textbox", { name: "Outlet", exact: true }).inputValue())
      .toBe("Trend News Agency");
    // A published source keeps its id.
    expect(
      await editor(page).getByRole("textbox", { name: "Id", exact: true }).getAttribute("readonly"),
    ).not.toBeNull();
    const published = JSON.parse(readFileSync(`data/annotations/${sourceId}.json`, "utf8"));
    const target = published.annotations.findIndex((a: { segments?: string[] }) =>
      a.segments?.includes("caspian-fiber-aktau-sumgait"),
    );
    const summaries = editor(page).getByLabel("Summary, in our words");
    const changed = "Changed in the editor: the talks named the fibre line among the joint projects.";
    await summaries.nth(target).fill(changed);
    await expect.poll(async () => (await page.evaluate(editorState)).passes).toBe(true);
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      editor(page).getByRole("button", { name: "Download all (zip)" }).click(),
    ]);
    const { unzipSync, strFromU8 } = await import("fflate");
    const files = unzipSync(new Uint8Array(readFileSync(await download.path())));
    const file = (p: string) => strFromU8(files[p] ?? new Uint8Array());
    // The text and the metadata come back byte for byte; the annotations with only the summary changed.
    expect(file(`data/sources/${sourceId}.txt`)).toBe(readFileSync(`data/sources/${sourceId}.txt`, "utf8"));
    expect(file(`data/sources/${sourceId}.json`)).toBe(readFileSync(`data/sources/${sourceId}.json`, "utf8"));
    published.annotations[target].summary = changed;
    expect(JSON.parse(file(`data/annotations/${sourceId}.json`))).toEqual(published);
    expect(checkZip(new Uint8Array(readFileSync(await download.path())), sourceId).errors).toEqual([]);

    // Change a quoted word in the article: the check says the quote is no longer in it.
    const article = editor(page).getByLabel("Article text", { exact: true });
    await article.fill((await article.inputValue()).replace("joint projects", "common projects"));
    await expect
      .poll(async () => (await page.evaluate(editorState)).problems.join("\n"))
      .toMatch(/quotes\.\d/);
    // The details show the edit as a draft in place of the published annotation.
    await expect.poll(() => details.locator("article.is-draft").count()).toBeGreaterThan(0);
  });
});
