// The bench's embed figures (issue 18), run after each run's app and floor pages: still embed
// and interactive embed alone, then the 12-embed page; medians over the runs, bytes of the
// first. Targets: the still embed's first paint ≤ 150 KB gzip (in English and in Russian), its
// time to ready ≤ 0.3× the interactive embed's in the same run. The 12-embed page is reported.
import type { Browser } from "playwright-core";
import {
  type EmbedRun,
  type ManyEmbedsRun,
  measureEmbed,
  measureManyEmbeds,
  totalGzip,
  writeManyEmbedsPage,
} from "./embeds.ts";
import { median, type Target } from "./report.ts";

export type { EmbedRun, ManyEmbedsRun };

export interface EmbedRuns {
  still: EmbedRun[];
  stillRu: EmbedRun[];
  interactive: EmbedRun[];
  many: ManyEmbedsRun[];
}

const STILL = "app/?embed=1&static=1&height=400";
/** The same picture in Russian: its lite files carry that language's names and words (issue 19). */
const STILL_RU = `${STILL}&lang=ru`;
const INTERACTIVE = "app/?embed=1&height=400";
const STILL_BYTES_LIMIT = 150 * 1024;
const STILL_READY_RATIO_LIMIT = 0.3;

export async function measureEmbeds(
  browser: Browser,
  opts: { origin: string; siteRoot: string },
  into: EmbedRuns,
): Promise<void> {
  into.still.push(await measureEmbed(browser, { ...opts, path: STILL }));
  into.stillRu.push(await measureEmbed(browser, { ...opts, path: STILL_RU }));
  into.interactive.push(await measureEmbed(browser, { ...opts, path: INTERACTIVE }));
  const path = writeManyEmbedsPage(opts.siteRoot, `${opts.origin}app/`);
  into.many.push(await measureManyEmbeds(browser, { ...opts, path }));
}

const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;
const ms = (x: number) => `${x.toFixed(0)} ms`;

export function embedTargets(r: EmbedRuns) {
  const stillMs = median(r.still.map((x) => x.readyMs));
  const interactiveMs = median(r.interactive.map((x) => x.readyMs));
  // Ratios run by run, so a busy moment of the machine hits both alike; their median.
  const ratio = median(r.still.map((s, i) => s.readyMs / (r.interactive[i]?.readyMs ?? Number.NaN)));
  const stillBytes = r.still[0] ? totalGzip(r.still[0].bytes) : Number.NaN;
  const stillRuBytes = r.stillRu[0] ? totalGzip(r.stillRu[0].bytes) : Number.NaN;
  const interactiveBytes = r.interactive[0] ? totalGzip(r.interactive[0].bytes) : Number.NaN;
  const manyBytes = r.many[0] ? totalGzip(r.many[0].bytes) : Number.NaN;
  const manyMs = median(r.many.map((x) => x.allReadyMs));
  const targets: Target[] = [
    {
      name: "Still embed, first paint (gzip, fonts and data included)",
      measured: `${kb(stillBytes)} (interactive embed ${kb(interactiveBytes)})`,
      limit: `≤ ${kb(STILL_BYTES_LIMIT)}`,
      pass: stillBytes <= STILL_BYTES_LIMIT,
    },
    {
      name: "Still embed in Russian, first paint (gzip)",
      measured: kb(stillRuBytes),
      limit: `≤ ${kb(STILL_BYTES_LIMIT)}`,
      pass: stillRuBytes <= STILL_BYTES_LIMIT,
    },
    {
      name: "Still embed, time to ready / interactive embed's",
      measured: `${ratio.toFixed(2)}× (${ms(stillMs)} / ${ms(interactiveMs)})`,
      limit: `≤ ${STILL_READY_RATIO_LIMIT}×`,
      pass: ratio <= STILL_READY_RATIO_LIMIT,
    },
  ];
  const results = {
    still: {
      readyMs: stillMs,
      gzip: stillBytes,
      files: r.still[0]?.files.length ?? 0,
      bytes: r.still[0]?.bytes,
    },
    stillRu: {
      readyMs: median(r.stillRu.map((x) => x.readyMs)),
      gzip: stillRuBytes,
      files: r.stillRu[0]?.files.length ?? 0,
      bytes: r.stillRu[0]?.bytes,
    },
    interactive: {
      readyMs: interactiveMs,
      gzip: interactiveBytes,
      files: r.interactive[0]?.files.length ?? 0,
      bytes: r.interactive[0]?.bytes,
    },
    stillReadyRatio: ratio,
    manyEmbeds: {
      allReadyMs: manyMs,
      gzip: manyBytes,
      readyCount: r.many[0]?.readyCount ?? 0,
      errors: [...new Set(r.many.flatMap((m) => m.errors))],
    },
  };
  return {
    targets,
    results,
    line: `12-embed page: ${kb(manyBytes)} gzip, all ready after ${ms(manyMs)} while scrolling`,
  };
}
