// "Save to data/" from the page: the files go to the dev server's endpoint
// (scripts/editorSavePlugin.ts), which checks them again in full and writes them atomically.
// Only `npm run dev` has it; a build says so instead of offering the button.
import { checkText } from "../data/checkMessages.ts";
import type { DataError } from "../data/dataErrors.ts";
import type { DraftFile } from "./draftFiles.ts";

export const EDITOR_SAVE_PATH = "/__editor/save";

/** Whether this page is served by `npm run dev`, the only server that can write data/. */
export const CAN_SAVE_TO_DATA = import.meta.env.DEV;

export type SaveAnswer =
  | { ok: true; id: string; written: string[]; history?: string }
  | { ok: false; reason: string; errors: DataError[] };

export async function saveToData(files: DraftFile[], confirmEdit: boolean): Promise<SaveAnswer> {
  let res: Response;
  try {
    res = await fetch(EDITOR_SAVE_PATH, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ files, confirmEdit }),
    });
  } catch (e) {
    const problem = checkText("editor.save.network", { reason: String(e) });
    return { ok: false, reason: "network", errors: [{ file: "", entry: "", field: "", ...problem }] };
  }
  try {
    return (await res.json()) as SaveAnswer;
  } catch {
    const problem = checkText("editor.save.badReply", { status: String(res.status) });
    return { ok: false, reason: "request", errors: [{ file: "", entry: "", field: "", ...problem }] };
  }
}
