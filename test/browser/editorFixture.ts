// An article the project has never seen, for the editor's tests (a test text, never saved to the
// repository's data/), and what a user types about it.
import { readFileSync } from "node:fs";
import { join } from "node:path";

export const ARTICLE = readFileSync(join(process.cwd(), "test/fixtures/editorArticle.txt"), "utf8");
export const PROMO_LINE = "Follow our test channel for more news like this";
export const META = {
  Outlet: "Test Wire",
  Title: "Kuryk port handles more ferries",
  Date: "2026-03-03",
  Dateline: "ALMATY, Kazakhstan, March 3",
  "Address (URL)": "https://example.org/kuryk",
};
export const SOURCE_ID = "test-2026-03-03-kuryk-port-handles-more";
/** A sentence with a curly quote in it, quoted with the mouse. */
export const FIRST_QUOTE =
  "The port of Kuryk handled more ferries this winter, the operator said, and “the new berth is ready for wagons” from the spring.";
/** A shorter passage, selected with Shift+arrows. */
export const SECOND_QUOTE = "the crossing to Alat takes about a day";
/** The ferry line from Kuryk to Alat: both quotes are about it. */
export const FERRY = "caspian-sea-kuryk-alat";
export const SUMMARY =
  "The operator says Kuryk handled more ferries this winter; a wagon berth opens in spring.";
