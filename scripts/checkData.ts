// `npm run check:data`: validates everything under data/ and says, for each mistake, which
// file, which entry and which field. Exit code 1 when anything is wrong.
import { formatDataError } from "../src/data/dataErrors.ts";
import { loadCorridor } from "./lib/loadCorridor.ts";

const result = loadCorridor(process.cwd());
if (!result.ok) {
  console.error(`Data check failed: ${result.errors.length} problem(s)\n`);
  for (const e of result.errors) console.error(`  ✗ ${formatDataError(e)}`);
  console.error('\nSee README.md, "Adding a source article", for what each field means.');
  process.exit(1);
}
const { data } = result;
console.log(
  `Data check passed: ${data.sources.length} sources, ${data.segments.length} segments, ` +
    `${data.nodes.length} nodes, ${data.annotations.length} annotations.`,
);
