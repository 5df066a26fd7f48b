// Accessibility in Chromium: axe-core finds nothing serious in any mode or dialog; a keyboard
// alone gets from the segment list to the annotations, the source reader, Share, Export and the
// briefing and back; dialogs keep focus inside and give it back to the control that opened them.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { seriousAxeViolations } from "./axe.ts";
import { appSession } from "./session.ts";

const session = appSession();
const FIBRE = "caspian-fiber-aktau-sumgait";

interface Focused {
  tag: string;
  name: string;
  inDialog: boolean;
  dialogTitle: string | null;
  region: string | null;
  inSegmentList: boolean;
}

/** What has keyboard focus, described as a user would: its name and where it is. */
async function focused(page: Page): Promise<Focused> {
  // Focus moving into a cross-origin frame (the Share dialog's preview) lands in two processes:
  // for a moment the top document reports its body and the frame does not report focus yet.
  // Look again a few times before concluding that focus is on the page itself.
  let top = await focusedInTopDocument(page);
  for (let attempt = 0; top.tag === "body" && attempt < 20; attempt++) {
    const frameFocus = await Promise.all(
      page
        .frames()
        .slice(1)
        .map((f) => f.evaluate(() => document.hasFocus()).catch(() => false)),
    );
    if (frameFocus.some(Boolean)) {
      const inDialog = (await page.locator("dialog[open] iframe").count()) > 0;
      return { ...top, tag: "iframe", name: "", inDialog };
    }
    await new Promise((r) => setTimeout(r, 100));
    top = await focusedInTopDocument(page);
  }
  return top;
}

function focusedInTopDocument(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    const dialog = el?.closest("dialog") ?? null;
    const titleId = dialog?.getAttribute("aria-labelledby");
    return {
      tag: el?.tagName.toLowerCase() ?? "",
      name: (el?.getAttribute("aria-label") ?? el?.textContent ?? "").trim().replace(/\s+/g, " "),
      inDialog: dialog !== null,
      dialogTitle: titleId ? (document.getElementById(titleId)?.textContent ?? null) : null,
      region: el?.closest("section[aria-label]")?.getAttribute("aria-label") ?? null,
      inSegmentList: el?.closest('nav[aria-label="Segments"]') != null,
    };
  });
}

/** Presses `key` until `done` holds for the focused element; a user tabbing to a control. */
async function pressUntil(
  page: Page,
  key: string,
  done: (f: Focused) => boolean,
  max = 120,
): Promise<Focused> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(key);
    const f = await focused(page);
    if (done(f)) return f;
  }
  throw new Error(
    `${key} × ${max} never reached the wanted control; last: ${JSON.stringify(await focused(page))}`,
  );
}

// Each of the hundred-odd key presses below is followed by a look at the focus: on a loaded
// 2-core machine that takes longer than the default minute.
const KEY_WALK_TIMEOUT = 150_000;

const openDialogs = (page: Page) => page.locator("dialog[open]").count();

describe("axe-core finds no serious or critical violation", () => {
  it("in explore mode, with a segment selected, and in each dialog", async () => {
    const app = await session.open({ hash: `#seg=${FIBRE}` });
    const page = app.page;
    expect(await seriousAxeViolations(page)).toEqual([]);

    await page.getByRole("button", { name: "Share" }).click();
    await page.getByRole("dialog", { name: "Share this map" }).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.keyboard.press("Escape");

    await page.getByRole("button", { name: "Export" }).click();
    await page.getByRole("dialog", { name: "Export" }).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.keyboard.press("Escape");

    await page.getByRole("button", { name: "Read in source" }).first().click();
    await page.getByRole("dialog").locator("mark").first().waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it("in embed mode", async () => {
    const app = await session.open({ query: "?embed=1", hash: `#seg=${FIBRE}` });
    expect(await seriousAxeViolations(app.page)).toEqual([]);
  });

  it("in briefing mode, normal and high contrast", async () => {
    const app = await session.open({ query: "?present=1" });
    await app.page.locator(".present-title").waitFor();
    expect(await seriousAxeViolations(app.page)).toEqual([]);
    await app.pressKey("c");
    await app.page.locator(".present-contrast").waitFor();
    expect(await seriousAxeViolations(app.page)).toEqual([]);
  });
});

describe("keyboard only", () => {
  it(
    "selects a segment, reads its annotations, opens the reader, Share, Export and the briefing, and leaves it",
    async () => {
      const app = await session.open();
      const page = app.page;
      const fibre = (await app.segments()).find((s) => s.properties.id === FIBRE);
      if (!fibre) throw new Error("no fibre segment in the data");
      const name = fibre.properties.name;
      const annotation = fibre.properties.annotations[0];
      if (!annotation) throw new Error("the fibre line has no annotation");

      // The first Tab stop skips the overview to the segment list.
      await page.keyboard.press("Tab");
      expect((await focused(page)).name).toBe("Skip to the segment list");
      await page.keyboard.press("Enter");
      expect(await focused(page)).toMatchObject({ tag: "h2", name: "Segments" });

      // Tab down the list to the fibre line and choose it with Enter.
      const entry = await pressUntil(page, "Tab", (f) => f.inSegmentList && f.name.startsWith(name));
      expect(entry.tag).toBe("button");
      await page.keyboard.press("Enter");
      expect(await app.detailsTitle()).toBe(name);
      // Focus moved to the details' title, so the annotations are the next Tab stops.
      expect(await focused(page)).toMatchObject({ tag: "h2", name, region: "Segment details" });
      const details = page.getByRole("region", { name: "Segment details" });
      expect(await details.getByRole("blockquote").first().textContent()).toContain(annotation.quotes[0]);
      expect(await details.textContent()).toContain(annotation.summary);

      // On to the first annotation's "Read in source", past its summary and quote.
      const readButton = await pressUntil(page, "Tab", (f) => f.name === "Read in source");
      expect(readButton.region).toBe("Segment details");
      await page.keyboard.press("Enter");
      const reader = page.getByRole("dialog");
      await reader.locator("mark.mark-focus").first().waitFor();
      expect(await focused(page)).toMatchObject({ inDialog: true, name: "Close" });
      expect(await reader.textContent()).toContain(annotation.source.outlet);
      await page.keyboard.press("Escape");
      await expect.poll(() => openDialogs(page)).toBe(0);
      // Back on the button that opened the reader; the selection is unchanged.
      expect(await focused(page)).toMatchObject({ name: "Read in source", region: "Segment details" });
      expect(await app.detailsTitle()).toBe(name);

      // Shift+Tab back up to Share in the header; open it with Enter, close it with Esc.
      await pressUntil(page, "Shift+Tab", (f) => f.name === "Share" && !f.inDialog, 200);
      await page.keyboard.press("Enter");
      await page.getByRole("dialog", { name: "Share this map" }).waitFor();
      expect(await focused(page)).toMatchObject({ inDialog: true, dialogTitle: "Share this map" });
      await page.keyboard.press("Escape");
      await expect.poll(() => openDialogs(page)).toBe(0);
      expect((await focused(page)).name).toBe("Share");

      // Export with Space, closed from its × button.
      await page.keyboard.press("Tab");
      expect((await focused(page)).name).toBe("Export");
      await page.keyboard.press(" ");
      await page.getByRole("dialog", { name: "Export" }).waitFor();
      expect(await focused(page)).toMatchObject({ inDialog: true, dialogTitle: "Export", name: "Close" });
      await page.keyboard.press("Enter");
      await expect.poll(() => openDialogs(page)).toBe(0);
      expect((await focused(page)).name).toBe("Export");
      // The selection is still there after all of that.
      expect(await app.detailsTitle()).toBe(name);

      // The Present link starts the briefing at the same place; Esc leaves it.
      await page.keyboard.press("Tab");
      expect(await focused(page)).toMatchObject({ tag: "a", name: "Present" });
      await page.keyboard.press("Enter");
      await page.waitForURL(/present=1/);
      await app.waitForMapReady();
      await expect.poll(() => page.locator(".present-count").textContent()).toMatch(/^Step 1 of \d+$/);
      expect(await page.getByRole("banner").count()).toBe(0);
      await page.keyboard.press("Escape");
      await page.waitForURL((u) => !u.search.includes("present"));
      await app.waitForMapReady();
      expect(await page.getByRole("banner").locator("h1").textContent()).toBe("Middle Corridor Map");
      expect(await page.locator(".present-shell").count()).toBe(0);
    },
    KEY_WALK_TIMEOUT,
  );

  it("closing the details with Esc gives focus back to the list entry", async () => {
    const app = await session.open();
    const page = app.page;
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    const entry = await pressUntil(page, "Tab", (f) => f.inSegmentList && f.tag === "button");
    await page.keyboard.press("Enter");
    expect(await focused(page)).toMatchObject({ tag: "h2", region: "Segment details" });
    await page.keyboard.press("Escape");
    await expect.poll(() => app.detailsTitle()).toBeNull();
    expect(await focused(page)).toMatchObject({ inSegmentList: true, name: entry.name });
  });
});

describe("dialogs keep focus inside and give it back", () => {
  const cases: [string, string, string | RegExp][] = [
    ["Share", "Share", "Share this map"],
    ["Export", "Export", "Export"],
    ["the source reader", "Read in source", /./],
  ];
  it.each(cases)(
    "%s: Tab wraps from last to first, Shift+Tab from first to last; focus returns",
    async (_what, opener, title) => {
      const app = await session.open({ hash: `#seg=${FIBRE}` });
      const page = app.page;
      const openerButton = page.getByRole("button", { name: opener }).first();
      await openerButton.focus();
      await page.keyboard.press("Enter");
      const dialog = page.getByRole("dialog", { name: title });
      await dialog.waitFor();
      // The reader's links to segments arrive with its text: wait for them, so "last" stays last.
      if (opener === "Read in source") await dialog.locator("mark").first().waitFor();
      const first = await focused(page);
      expect(first).toMatchObject({ inDialog: true, name: "Close" });

      // Shift+Tab from the first control goes to the last one, still in the dialog…
      await page.keyboard.press("Shift+Tab");
      const last = await focused(page);
      expect(last.inDialog).toBe(true);
      expect(last.name).not.toBe("Close");
      // …and Tab from there comes back to the first.
      await page.keyboard.press("Tab");
      expect(await focused(page)).toEqual(first);

      // A full round of Tab never leaves the dialog and comes back to the start.
      const stops = await dialog.evaluate(
        (d) =>
          d.querySelectorAll(
            'button:not([disabled]), a[href], input, select, textarea, iframe, [tabindex="0"]',
          ).length,
      );
      let round = 0;
      do {
        await page.keyboard.press("Tab");
        expect((await focused(page)).inDialog).toBe(true);
        round++;
      } while (JSON.stringify(await focused(page)) !== JSON.stringify(first) && round <= stops + 60);
      expect(await focused(page)).toEqual(first);

      // Closed from its × button, focus returns to the control that opened it.
      await page.keyboard.press("Enter");
      await expect.poll(() => openDialogs(page)).toBe(0);
      expect((await focused(page)).name).toBe(opener);
    },
    KEY_WALK_TIMEOUT,
  );
});
