// The three files of a source as one zip, with their folders (data/sources/…, data/annotations/…)
// so unpacking it in the project's root puts each where it goes. fflate: small, no dependencies.
import { strToU8, zipSync } from "fflate";
import type { DraftFile } from "./draftFiles.ts";

export function zipFiles(files: readonly DraftFile[]): Uint8Array<ArrayBuffer> {
  const zip = zipSync(Object.fromEntries(files.map((f) => [f.path, strToU8(f.content)])), { level: 6 });
  // fflate allocates a plain ArrayBuffer; the type says so, for Blob.
  return zip as Uint8Array<ArrayBuffer>;
}
