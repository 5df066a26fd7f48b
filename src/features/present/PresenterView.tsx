// The presenter's window (`?present=1&presenter=1`): current and next step, the notes, a timer
// and the controls. The audience window follows it over a BroadcastChannel.
import { useEffect, useState } from "react";
import type { Corridor } from "../../data/corridor.ts";
import { useI18n } from "../../i18n/i18nContext.ts";
import { LocalText } from "../../i18n/LocalText.tsx";
import { useStoreApi } from "../../state/StoreContext.tsx";
import { AudiencePreview } from "./AudiencePreview.tsx";
import { KeyHelp } from "./KeyHelp.tsx";
import { stepNotes, stepTitle } from "./localStep.ts";
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
  const { t, lang } = useI18n();
  const tour = corridor.collection.tour;
  const { step, blackout, contrast } = usePresentControls(store, tour.length, leavePresentation);
  const s = store.getState();
  const elapsed = useElapsed();
  const current = tour[step];
  const next = tour[step + 1];
  const notes = current ? stepNotes(current, lang) : null;
  const audienceUrl = () => {
    const url = new URL(window.location.href);
    url.searchParams.delete("presenter");
    return url.href;
  };

  return (
    <main className="presenter">
      <header className="presenter-bar">
        <h1>{t("present.presenterView")}</h1>
        <p className="presenter-timer">
          <span className="visually-hidden">{t("present.timer")} </span>
          {elapsed}
        </p>
        <p className="presenter-hint">{t("present.keysHint")}</p>
        <button type="button" onClick={() => window.open(audienceUrl(), "middle-corridor-audience")}>
          {t("present.openAudience")}
        </button>
      </header>
      <AudiencePreview />
      <section className="presenter-now" aria-label={t("present.current")}>
        <p className="present-count">{t("present.stepCount", { step: step + 1, count: tour.length })}</p>
        <h2>{current && <LocalText shown={stepTitle(current, lang)} />}</h2>
        <p className="presenter-notes">{notes ? <LocalText shown={notes} /> : t("present.noNotes")}</p>
      </section>
      <section className="presenter-next" aria-label={t("present.nextStep")}>
        <h3>{t("present.nextHeading")}</h3>
        <p>{next ? <LocalText shown={stepTitle(next, lang)} /> : t("present.end")}</p>
      </section>
      <nav className="presenter-controls" aria-label={t("present.controls")}>
        <button type="button" onClick={() => s.setStep(step - 1)} disabled={step === 0}>
          <span aria-hidden="true">← </span>
          {t("present.back")}
        </button>
        <button type="button" onClick={() => s.setStep(step + 1)} disabled={step >= tour.length - 1}>
          {t("present.next")}
          <span aria-hidden="true"> →</span>
        </button>
        <button type="button" aria-pressed={blackout} onClick={() => s.setBlackout(!blackout)}>
          {t("present.blackScreen")}
        </button>
        <button type="button" aria-pressed={contrast} onClick={() => s.setContrast(!contrast)}>
          {t("present.highContrast")}
        </button>
      </nav>
      <ol className="presenter-steps">
        {tour.map((item, i) => (
          // Steps are fixed data in a fixed order; a title may repeat, so the position is the key.
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          <li key={i} aria-current={i === step ? "step" : undefined}>
            <button type="button" onClick={() => s.setStep(i)}>
              <LocalText shown={stepTitle(item, lang)} />
            </button>
          </li>
        ))}
      </ol>
      <KeyHelp />
    </main>
  );
}
