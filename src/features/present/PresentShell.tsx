// Briefing mode (`?present=1`): the map large, a caption band with the step's title, talking
// points with their sources and "step k of n", a small legend. Driven by the keyboard or a
// clicker; a presenter's window (`&presenter=1`) can drive it too.
import { useRef } from "react";
import type { Corridor } from "../../data/corridor.ts";
import { useI18n } from "../../i18n/i18nContext.ts";
import { LocalText, type QuoteMark, useQuoteMark } from "../../i18n/LocalText.tsx";
import { localSummary } from "../../i18n/localSummary.ts";
import { MapView } from "../../map/MapView.tsx";
import { useStoreApi } from "../../state/StoreContext.tsx";
import { ErrorBoundary } from "../../ui/ErrorBoundary.tsx";
import { formatSourceDate } from "../../ui/format.ts";
import { rectWithin } from "../../ui/freeArea.ts";
import { TOUCH_QUERY } from "../../ui/layout.ts";
import { useMediaQuery } from "../../ui/useMediaQuery.ts";
import { CompactLegend } from "../legend/CompactLegend.tsx";
import { KeyHelp } from "./KeyHelp.tsx";
import { stepTitle } from "./localStep.ts";
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

/** A talking point's quote, marked with the article's language (a span: q::before holds the “). */
function QuoteOf({ mark, text }: { mark: QuoteMark; text: string }) {
  return (
    <span data-quote-lang={mark.tag} title={mark.title}>
      <q lang={mark.lang}>{text}</q>
    </span>
  );
}

/** `preview`: the presenter's small copy of the audience's screen, which only follows. */
export function PresentShell({ corridor, preview = false }: { corridor: Corridor; preview?: boolean }) {
  const store = useStoreApi();
  const { t, lang, formats } = useI18n();
  const quoteMark = useQuoteMark();
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
  if (!step) return <p className="app-status">{t("present.noTour")}</p>;
  const points = stepAnnotations(corridor, step);
  const title = stepTitle(step, lang);
  const summaries = points.map((a) => localSummary(a, lang));
  // One mark for the caption, not one per point: the band has room for three points, not more.
  const pointsInEnglish = summaries.some((s) => s.fallback);

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
      <aside ref={legendRef} className="present-legend" aria-label={t("present.legend")}>
        <CompactLegend kinds={kinds} />
      </aside>
      <section className="present-caption" aria-live="polite" aria-label={t("present.stepRegion")}>
        <div className="present-head">
          <h1 className="present-title">
            <LocalText shown={title} />
          </h1>
          <div className="present-count-row">
            {pointsInEnglish && <p className="present-in-english">{t("present.pointsInEnglish")}</p>}
            <p className="present-count">
              {t("present.stepCount", { step: stepIndex + 1, count: tour.length })}
            </p>
            {touch && (
              // Phones and tablets have no keys to press: the same moves as buttons.
              <nav className="present-nav" aria-label={t("present.stepsNav")}>
                <button
                  type="button"
                  disabled={stepIndex === 0}
                  onClick={() => store.getState().setStep(stepIndex - 1)}
                >
                  <span aria-hidden="true">‹ </span>
                  {t("present.previous")}
                </button>
                <button
                  type="button"
                  disabled={stepIndex === tour.length - 1}
                  onClick={() => store.getState().setStep(stepIndex + 1)}
                >
                  {t("present.next")}
                  <span aria-hidden="true"> ›</span>
                </button>
                <button type="button" onClick={leavePresentation}>
                  {t("present.leave")}
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
            {points.map((a, i) => {
              const summary = summaries[i] ?? localSummary(a, lang);
              return (
                <li key={a.id}>
                  <span lang={summary.lang}>{firstSentence(summary.text)}</span>{" "}
                  {/* Quotes are never translated: in the article's language, marked with it. */}
                  <QuoteOf mark={quoteMark(a.source.language)} text={shortQuote(a.quotes[0] ?? "")} />{" "}
                  <cite>
                    ({a.source.outlet}, {formatSourceDate(a.source, formats)})
                  </cite>
                </li>
              );
            })}
          </ul>
        )}
      </section>
      {blackout && <div className="present-blackout" role="img" aria-label={t("present.blanked")} />}
      <KeyHelp enabled={!preview} />
    </div>
  );
}
