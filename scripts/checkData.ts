// `npm run check:data`: validates everything under data/ and says, for each mistake, which
// file, which entry and which field. Exit code 1 when anything is wrong. Also prints how each
// drawn line compares with its published length.
import { summaryWarnings } from "../src/data/checks/nameChecks.ts";
import { tourWarnings } from "../src/data/checks/tourTranslations.ts";
import { formatDataError } from "../src/data/dataErrors.ts";
import { checkAll } from "./lib/checkAll.ts";

const { load, errors, lengths } = checkAll(process.cwd());

if (lengths.length > 0) {
  console.log("Drawn length / reference length:");
  for (const r of lengths) {
    const flag = Math.abs(r.ratio - 1) > 0.15 ? "  ✗" : "";
    console.log(
      `  ${r.id.padEnd(34)} ${String(r.drawnKm).padStart(5)} / ${String(r.referenceKm).padStart(5)} km = ${r.ratio.toFixed(2)}${flag}`,
    );
  }
  console.log("");
}

if (errors.length > 0) {
  console.error(`Data check failed: ${errors.length} problem(s)\n`);
  for (const e of errors) console.error(`  ✗ ${formatDataError(e)}`);
  console.error('\nSee README.md, "Adding a source article", for what each field means.');
  process.exit(1);
}
if (load.ok) {
  const { data } = load;
  // Not errors: a summary without a translation is shown in English, marked so.
  const warnings = summaryWarnings(data.annotations);
  if (warnings.length > 0) {
    console.log(`Warnings: ${warnings.length} summary(ies) not translated into every language\n`);
    for (const w of warnings) console.log(`  ! ${formatDataError(w)}`);
    console.log("");
  }
  const tourMissing = tourWarnings(data.tour);
  if (tourMissing.length > 0) {
    console.log(`Warnings: ${tourMissing.length} tour text(s) not translated into every language\n`);
    for (const w of tourMissing) console.log(`  ! ${formatDataError(w)}`);
    console.log("");
  }
  console.log(
    `Data check passed: ${data.sources.length} sources, ${data.segments.length} segments, ` +
      `${data.nodes.length} nodes, ${data.annotations.length} annotations.`,
  );
}
