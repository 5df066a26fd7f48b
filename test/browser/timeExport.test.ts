// Exports through time in Chromium: a figure of another date than today is drawn as of it and
// says so; the timeline's video downloads as WebM.
import { readFileSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { appSession } from "./session.ts";

const session = appSession();
/** First proposed in 2018 (data/segments/caspian-fiber-aktau-sumgait.json): not there in June 2016. */
const LATER_LINE = "caspian-fiber-aktau-sumgait";

const segmentPaths = (svg: string) => [...svg.matchAll(/data-segment-id="([^"]+)"/g)].map((m) => m[1]);

describe("figures as of a date", () => {
  it("the SVG figure of June 2016 says so and leaves out a line not yet proposed then", async () => {
    const app = await session.open({ hash: "#date=2016-06" });
    const svg = await app.exportSvg();
    writeFileSync("test-results/figure-2016-06.svg", svg);
    expect(svg).toContain("As of Jun 2016");
    const ids = segmentPaths(svg);
    expect(ids.length).toBeGreaterThan(5);
    expect(ids).not.toContain(LATER_LINE);
    expect(await app.page.getByTestId("export-asof").textContent()).toContain("Jun 2016");
  });

  it("today's SVG figure draws that line and carries no stamp", async () => {
    const app = await session.open();
    const svg = await app.exportSvg();
    expect(segmentPaths(svg)).toContain(LATER_LINE);
    expect(svg).not.toContain('id="as-of-stamp"');
  });

  it("the PNG figure of June 2016 is stamped (looked at: test-results/figure-2016-06.png)", async () => {
    const app = await session.open({ hash: "#date=2016-06" });
    await app.page.getByRole("button", { name: "Export" }).click();
    await app.page.getByRole("radio", { name: /screen size/ }).check();
    const [download] = await Promise.all([
      app.page.waitForEvent("download", { timeout: 60_000 }),
      app.page.getByRole("button", { name: "Download figure" }).click(),
    ]);
    const png = readFileSync(await download.path());
    expect(png.subarray(1, 4).toString()).toBe("PNG");
    writeFileSync("test-results/figure-2016-06.png", png);
  });
});

describe("printing as of a date", () => {
  it("Ctrl+P as of June 2016 still fits one page and says the date beside the title", async () => {
    const app = await session.open({ hash: "#date=2016-06" });
    const { pdf, pages } = await app.printPdf();
    writeFileSync("test-results/print-2016-06.pdf", pdf);
    expect(pages).toBe(1);
    const header = await app.page.evaluate(() => document.querySelector(".print-header")?.textContent ?? "");
    expect(header).toContain("As of Jun 2016");
    const footer = await app.page.evaluate(() => document.querySelector(".print-footer")?.textContent ?? "");
    expect(footer).toContain("The corridor as of Jun 2016; printed");
    await app.page.screenshot({ path: "test-results/print-2016-06.png" });
  });
});

describe("video of the timeline", () => {
  it("records the short video and downloads it as WebM", { timeout: 90_000 }, async () => {
    const app = await session.open();
    await app.page.getByRole("button", { name: "Export" }).click();
    await app.page.getByRole("radio", { name: /Short/ }).check();
    const downloading = app.page.waitForEvent("download", { timeout: 60_000 });
    await app.page.getByRole("button", { name: "Record video" }).click();
    // While it records: progress, Cancel, and a preview of the frame being drawn.
    await app.page.getByRole("button", { name: "Cancel" }).waitFor();
    // Frames for people to look at: early on, and after today (the targets).
    for (const [wait, name] of [
      [2500, "early"],
      [6000, "late"],
    ] as const) {
      await app.page.waitForTimeout(wait);
      const frame = await app.page
        .getByLabel("Preview of the video being recorded")
        .evaluate((c) => (c as HTMLCanvasElement).toDataURL("image/png"));
      writeFileSync(`test-results/video-frame-${name}.png`, Buffer.from(frame.split(",")[1] ?? "", "base64"));
    }
    const download = await downloading;
    expect(download.suggestedFilename()).toBe("middle-corridor-timeline.webm");
    const webm = readFileSync(await download.path());
    expect([...webm.subarray(0, 4)]).toEqual([0x1a, 0x45, 0xdf, 0xa3]);
    expect(webm.length).toBeGreaterThan(20_000);
    // It plays: the browser decodes it at the canvas's size, and its pictures are the frames.
    // (In a blank page: the app's CSP allows no media from blob: URLs, nor needs to.)
    const blank = await app.page.context().newPage();
    const played = await blank.evaluate(async (b64) => {
      const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const video = document.createElement("video");
      video.muted = true;
      video.src = URL.createObjectURL(new Blob([bytes], { type: "video/webm" }));
      await new Promise((resolve, reject) => {
        video.onloadeddata = resolve;
        video.onerror = () => reject(new Error("the video does not decode"));
      });
      await video.play();
      await new Promise((r) => setTimeout(r, 1500));
      video.pause();
      const c = document.createElement("canvas");
      c.width = video.videoWidth;
      c.height = video.videoHeight;
      c.getContext("2d")?.drawImage(video, 0, 0);
      return { width: video.videoWidth, height: video.videoHeight, png: c.toDataURL("image/png") };
    }, webm.toString("base64"));
    await blank.close();
    expect([played.width, played.height]).toEqual([1280, 720]);
    writeFileSync("test-results/video-decoded.png", Buffer.from(played.png.split(",")[1] ?? "", "base64"));
    await app.page.getByText("Done: the video is in your downloads.").waitFor();
  });

  it("Cancel stops the recording and saves nothing", { timeout: 60_000 }, async () => {
    const app = await session.open();
    let downloads = 0;
    app.page.on("download", () => {
      downloads += 1;
    });
    await app.page.getByRole("button", { name: "Export" }).click();
    await app.page.getByRole("button", { name: "Record video" }).click();
    await app.page.getByRole("button", { name: "Cancel" }).click();
    await app.page.getByText("Cancelled: no video was saved.").waitFor();
    expect(await app.page.getByRole("button", { name: "Record video" }).isEnabled()).toBe(true);
    await app.page.waitForTimeout(1000);
    expect(downloads).toBe(0);
  });
});
