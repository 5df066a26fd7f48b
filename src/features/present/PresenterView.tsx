// The presenter's window (`?present=1&presenter=1`): current and next step, the notes, a timer
// and the controls. The audience window follows it over a BroadcastChannel.
import { useEffect, useState } from "react";
import type { Corridor } from "../../data/corridor.ts";
import { useStoreApi } from "../../state/StoreContext.tsx";
import { AudiencePreview } from "./AudiencePreview.tsx";
import { leavePresentation } from "./PresentShell.tsx";
import { usePresentControls } from "./usePresentControls.ts";

function useElapsed(): string {
  const [start] = useState(() => Date.now());
  const [now, setNow] = useState(start);
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(id);
  }, []);
  const s = Math.floor((now - start) / 1000);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")}`;
}

export function PresenterView({ corridor }: { corridor: Corridor }) {
  const store = useStoreApi();
  const tour = corridor.collection.tour;
  const { step, blackout, contrast } = usePresentControls(store, tour.length, leavePresentation);
  const s = store.getState();
  const elapsed = useElapsed();
  const current = tour[step];
  const next = tour[step + 1];
  const audienceUrl = () => {
    const url = new URL(window.location.href);
    url.searchParams.delete("presenter");
    return url.href;
  };

  return (
    <main className="presenter">
      <header className="presenter-bar">
        <h1>Presenter view</h1>
        <p className="presenter-timer">
          <span className="visually-hidden">Time since this window opened: </span>
          {elapsed}
        </p>
        <button type="button" onClick={() => window.open(audienceUrl(), "middle-corridor-audience")}>
          Open audience window
        </button>
      </header>
      <AudiencePreview />
      <section className="presenter-now" aria-label="Current step">
        <p className="present-count">
          Step {step + 1} of {tour.length}
        </p>
        <h2>{current?.title}</h2>
        <p className="presenter-notes">{current?.notes ?? "No notes for this step."}</p>
      </section>
      <section className="presenter-next" aria-label="Next step">
        <h3>Next</h3>
        <p>{next ? next.title : "End of the tour."}</p>
      </section>
      <nav className="presenter-controls" aria-label="Briefing controls">
        <button type="button" onClick={() => s.setStep(step - 1)} disabled={step === 0}>
          ← Back
        </button>
        <button type="button" onClick={() => s.setStep(step + 1)} disabled={step >= tour.length - 1}>
          Next →
        </button>
        <button type="button" aria-pressed={blackout} onClick={() => s.setBlackout(!blackout)}>
          Black screen (B)
        </button>
        <button type="button" aria-pressed={contrast} onClick={() => s.setContrast(!contrast)}>
          High contrast (C)
        </button>
      </nav>
      <ol className="presenter-steps">
        {tour.map((t, i) => (
          // Steps are fixed data in a fixed order; a title may repeat, so the position is the key.
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          <li key={i} aria-current={i === step ? "step" : undefined}>
            <button type="button" onClick={() => s.setStep(i)}>
              {t.title}
            </button>
          </li>
        ))}
      </ol>
    </main>
  );
}
