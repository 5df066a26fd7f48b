// What the editor downloads, checked as the repository would: the zip unpacked into a copy of
// data/ and the full data check (`npm run check:data`'s checkAll) run on it. Shared by the
// Chromium and the Firefox/WebKit suites.
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { unzipSync } from "fflate";
import { checkAll } from "../../scripts/lib/checkAll.ts";

export function checkZip(zip: Uint8Array, sourceId: string) {
  const root = mkdtempSync(join(tmpdir(), "editor-zip-"));
  try {
    cpSync("data", join(root, "data"), { recursive: true });
    const files = unzipSync(zip);
    for (const [path, bytes] of Object.entries(files)) {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), bytes);
    }
    const result = checkAll(root);
    const annotations = result.load.ok
      ? result.load.data.annotations.filter((a) => a.source === sourceId)
      : [];
    const text = files[`data/sources/${sourceId}.txt`];
    return {
      paths: Object.keys(files).sort(),
      errors: result.errors,
      annotations,
      text: text ? new TextDecoder().decode(text) : null,
    };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
