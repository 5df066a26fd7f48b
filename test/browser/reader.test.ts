// The source reader in Chromium: opened from an annotation, it shows the article with every
// quoted passage marked, each mark linking back to what it annotates.
import { describe, expect, it } from "vitest";
import { appSession } from "./session.ts";

const session = appSession();

describe("source reader in Chromium", () => {
  it("marks every quote of the article and links each mark back to its segment", async () => {
    const app = await session.open({ hash: "#seg=caspian-fiber-aktau-sumgait" });
    const corridor = await app.corridor();
    const fiber = corridor.features.find((f) => f.properties.id === "caspian-fiber-aktau-sumgait");
    const annotation = fiber?.properties.annotations[0];
    if (!annotation) throw new Error("the fibre line has no annotation");

    await app.page
      .getByRole("region", { name: "Segment details" })
      .getByRole("button", { name: "Read in source" })
      .first()
      .click();
    const dialog = app.page.getByRole("dialog");
    await expect.poll(() => dialog.locator("mark").count()).toBeGreaterThan(0);
    expect(await dialog.textContent()).toContain(annotation.source.outlet);
    expect(await dialog.textContent()).not.toContain("Stay up-to-date");

    // Every quote taken from this source, anywhere in the data, is marked in the text.
    const quotes = new Set<string>();
    for (const f of corridor.features) {
      for (const a of f.properties.annotations)
        if (a.source.id === annotation.source.id) for (const q of a.quotes) quotes.add(q);
    }
    // Marks are in text order, and a quote split into several marks is contiguous.
    const marked = (await dialog.locator("mark").allTextContents()).join("").replace(/\s+/g, " ");
    for (const q of quotes) expect(marked).toContain(q.replace(/\s+/g, " ").trim());
    // The passage the reader was opened from is emphasised.
    expect((await dialog.locator("mark.mark-focus").allTextContents()).join(" ")).toContain(
      annotation.quotes[0]?.split(" ").slice(0, 4).join(" "),
    );

    await dialog
      .getByRole("link", { name: `→ ${fiber?.properties.name}` })
      .first()
      .click();
    await expect.poll(() => app.page.getByRole("dialog").count()).toBe(0);
    expect(await app.detailsTitle()).toBe(fiber?.properties.name);
  });

  it("closes with Esc and leaves the selection as it was", async () => {
    const app = await session.open({ hash: "#seg=caspian-power-cable" });
    const title = await app.detailsTitle();
    await app.page.getByRole("button", { name: "Read in source" }).first().click();
    await app.page.getByRole("dialog").waitFor();
    await app.pressKey("Escape");
    await expect.poll(() => app.page.getByRole("dialog").count()).toBe(0);
    expect(await app.detailsTitle()).toBe(title);
  });
});
