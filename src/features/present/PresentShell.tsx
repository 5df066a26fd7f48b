// Briefing mode (`?present=1`): the map large, a caption band with the step's title, talking
// points with their sources and "step k of n", a small legend. Driven by the keyboard or a
// clicker; a presenter's window (`&presenter=1`) can drive it too.
import { useRef } from "react";
import type { Corridor } from "../../data/corridor.ts";
import { MapView } from "../../map/MapView.tsx";
import { useStoreApi } from "../../state/StoreContext.tsx";
import { ErrorBoundary } from "../../ui/ErrorBoundary.tsx";
import { formatSourceDate } from "../../ui/format.ts";
import { rectWithin } from "../../ui/freeArea.ts";
import { TOUCH_QUERY } from "../../ui/layout.ts";
import { useMediaQuery } from "../../ui/useMediaQuery.ts";
import { CompactLegend } from "../legend/CompactLegend.tsx";
import { PresentChanges } from "./PresentChanges.tsx";
import { PresentRoute } from "./PresentRoute.tsx";
import { firstSentence, shortQuote, stepAnnotations } from "./talkingPoints.ts";
import { usePresentControls } from "./usePresentControls.ts";
import { usePresentScale } from "./usePresentScale.ts";

/** The explore view of the same place: this address without `present` and the step. */
export function leavePresentation(): void {
  const url = new URL(window.location.href);
  url.search = "";
  url.hash = url.hash.replace(/&?step=\d+/, "").replace(/^#&/, "#");
  window.location.assign(url.href);
}

/** `preview`: the presenter's small copy of the audience's screen, which only follows. */
export function PresentShell({ corridor, preview = false }: { corridor: Corridor; preview?: boolean }) {
  const store = useStoreApi();
  const tour = corridor.collection.tour;
  const {
    step: stepIndex,
    blackout,
    contrast,
  } = usePresentControls(store, tour.length, leavePresentation, preview);
  const touch = useMediaQuery(TOUCH_QUERY);
  const scale = usePresentScale();
  const legendRef = useRef<HTMLElement>(null);
  const step = tour[stepIndex];
  const kinds = new Set(corridor.segments.map((s) => s.properties.kind));
  if (!step) return <p className="app-status">This map has no briefing tour (data/tour.json).</p>;
  const points = stepAnnotations(corridor, step);

  return (
    <div className={`present-shell${contrast ? " present-contrast" : ""}`}>
      <main className="present-map">
        <ErrorBoundary name="map" className="map-wrap">
          <MapView
            corridor={corridor}
            presentation
            scale={scale}
            // The caption band is a row of its own below the map; only the legend floats over it.
            obstacles={(box) => (legendRef.current ? [rectWithin(legendRef.current, box)] : [])}
          />
        </ErrorBoundary>
      </main>
      <aside ref={legendRef} className="present-legend" aria-label="Legend">
        <CompactLegend kinds={kinds} />
      </aside>
      <section className="present-caption" aria-live="polite" aria-label="Briefing step">
        <div className="present-head">
          <h1 className="present-title">{step.title}</h1>
          <div className="present-count-row">
            <p className="present-count">
              Step {stepIndex + 1} of {tour.length}
            </p>
            {touch && (
              // Phones and tablets have no keys to press: the same moves as buttons.
              <nav className="present-nav" aria-label="Briefing steps">
                <button
                  type="button"
                  disabled={stepIndex === 0}
                  onClick={() => store.getState().setStep(stepIndex - 1)}
                >
                  <span aria-hidden="true">‹ </span>Previous
                </button>
                <button
                  type="button"
                  disabled={stepIndex === tour.length - 1}
                  onClick={() => store.getState().setStep(stepIndex + 1)}
                >
                  Next<span aria-hidden="true"> ›</span>
                </button>
                <button type="button" onClick={leavePresentation}>
                  Leave
                </button>
              </nav>
            )}
          </div>
        </div>
        {step.target.type === "changes" ? (
          <PresentChanges corridor={corridor} since={step.target.since} />
        ) : step.target.type === "route" ? (
          <PresentRoute />
        ) : (
          <ul className="present-points">
            {points.map((a) => (
              <li key={a.id}>
                {firstSentence(a.summary)} <q>{shortQuote(a.quotes[0] ?? "")}</q>{" "}
                <cite>
                  ({a.source.outlet}, {formatSourceDate(a.source)})
                </cite>
              </li>
            ))}
          </ul>
        )}
      </section>
      {blackout && (
        <div className="present-blackout" role="img" aria-label="Screen blanked (press B to show it again)" />
      )}
    </div>
  );
}
