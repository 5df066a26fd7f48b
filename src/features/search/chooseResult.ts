// What choosing a search result does: a place or segment is selected as from the list (framed,
// details open, Back returns); an annotation selects its segment (or place) and brings the
// annotation into view in the details; a source, or an annotation on the corridor as a whole
// (which no details panel shows), opens the reader.
import { NO_FILTER } from "../../state/annotationFilter.ts";
import type { AppStore } from "../../state/store.ts";
import { INTENT } from "../../state/types.ts";
import type { SearchDoc } from "./searchDocs.ts";

/** Frames to wait for the details panel to show the annotation before giving up. */
const MAX_FRAMES = 60;

export function chooseResult(store: AppStore, doc: SearchDoc): void {
  const state = store.getState();
  if (!doc.target) {
    if (doc.sourceId) state.openReader(doc.sourceId, doc.kind === "annotation" ? doc.id : null);
    return;
  }
  // A segment whose layer group is switched off is not drawn: switch it on, or the store would
  // be selecting something the map does not show.
  if (doc.target.type === "segment" && state.load.status === "ready") {
    const group = state.load.corridor.segmentById.get(doc.target.id)?.properties.group;
    if (group && !state.visibleGroups.includes(group)) state.toggleGroup(group);
  }
  state.select(doc.target, INTENT.choose);
  if (doc.kind === "annotation") {
    // A topic or source filter in force could hide the annotation asked for.
    store.getState().setAnnotationFilter(NO_FILTER);
    revealAnnotation(doc.id);
  }
}

/** Scrolls the details panel to the annotation once it is drawn there. */
export function revealAnnotation(id: string, frames = MAX_FRAMES): void {
  const el = document.querySelector<HTMLElement>(
    `.details [data-annotation-id="${id.replace(/["\\]/g, "\\$&")}"]`,
  );
  if (el) {
    el.scrollIntoView?.({ block: "nearest" });
    // A brief outline says which of the annotations it is (search.css).
    el.classList.add("annotation-found");
    setTimeout(() => el.classList.remove("annotation-found"), 2000);
    return;
  }
  if (frames > 0) requestAnimationFrame(() => revealAnnotation(id, frames - 1));
}
