// The timeline under the map (region "Timeline"): the years from the first event to the last
// target, a tick per event, a mark per article, and the "As of" slider that redraws the map as
// of its date. Play runs through the events; "Today" returns to the default.

import { useId, useMemo, useState } from "react";
import type { Corridor } from "../../data/corridor.ts";
import { useI18n } from "../../i18n/i18nContext.ts";
import { localText } from "../../i18n/localText.ts";
import { useFeatureName } from "../../i18n/useFeatureName.ts";
import { useAppStore } from "../../state/StoreContext.tsx";
import { articleMarks, eventMarks, latestMarks, timeSpan } from "../../time/corridorTime.ts";
import { dateOfDay, today as todayOf } from "../../time/dates.ts";
import { formatDate } from "../../ui/format.ts";
import { AsOfSlider, type Gesture } from "./AsOfSlider.tsx";
import type { PlaySpeed } from "./playPlan.ts";
import { SinceForm } from "./SinceForm.tsx";
import { usePlayback } from "./usePlayback.ts";
import { useShownDay } from "./useShownDay.ts";

export function Timeline({ corridor }: { corridor: Corridor }) {
  const asOf = useAppStore((s) => s.asOf);
  const setAsOf = useAppStore((s) => s.setAsOf);
  const setPlaying = useAppStore((s) => s.setPlaying);
  const today = useMemo(() => todayOf(), []);
  const events = useMemo(() => eventMarks(corridor), [corridor]);
  const articles = useMemo(() => articleMarks(corridor), [corridor]);
  const span = useMemo(() => timeSpan(corridor, today), [corridor, today]);
  const [speed, setSpeed] = useState<PlaySpeed>("normal");
  const [askingSince, setAskingSince] = useState(false);
  const { playing, toggle } = usePlayback(events, span.start, today, speed);
  const speedId = useId();
  const { t, formats, lang } = useI18n();
  const nameOf = useFeatureName();

  const shown = useShownDay();
  const day = shown.day;
  const valueText = formatDate(shown.iso, shown.precision, formats);
  const onChange = (next: number, gesture: Gesture) => {
    setPlaying(false);
    // Today is the default, so it is written as no date at all.
    setAsOf(next === today ? null : dateOfDay(next), gesture === "start" ? "push" : "replace");
  };
  // What the line under the track says: what a room reads while Play pauses.
  const now = latestMarks(events, day, today);
  const futureTargets = day > today;

  const nowDate = now[0] ? formatDate(now[0].event.date, now[0].event.datePrecision, formats) : "";
  const nowItems =
    now
      .slice(0, 3)
      .map(
        (m) =>
          `${nameOf(m.featureType, m.featureId, m.name)}: ${m.type === "target" ? t("timeline.target") : ""}${localText(m.event.label, m.event.labels, lang).text}`,
      )
      .join("; ") + (now.length > 3 ? t("timeline.more", { count: now.length - 3 }) : "");
  const nowLine =
    now.length > 0 ? `${futureTargets ? t("timeline.afterToday") : ""}${nowDate}: ${nowItems}` : "";
  return (
    <section className="timeline" aria-label={t("timeline.region")} data-playing={playing ? "true" : "false"}>
      <div className="timeline-controls">
        <button type="button" className="timeline-play" aria-pressed={playing} onClick={toggle}>
          {playing ? t("timeline.pause") : t("timeline.play")}
        </button>
        <label className="timeline-speed" htmlFor={speedId}>
          <span className="visually-hidden">{t("timeline.speed")}</span>
          <select id={speedId} value={speed} onChange={(e) => setSpeed(e.target.value as PlaySpeed)}>
            <option value="slow">{t("timeline.slow")}</option>
            <option value="normal">{t("timeline.normal")}</option>
            <option value="fast">{t("timeline.fast")}</option>
          </select>
        </label>
        <p className="timeline-asof">
          {t("timeline.asOfLabel")} <time dateTime={shown.iso}>{valueText}</time>
          {asOf === null && <span className="timeline-today-tag">{t("timeline.todayTag")}</span>}
        </p>
        {asOf !== null && (
          <button
            type="button"
            className="text-button timeline-today-button"
            onClick={() => onChange(today, "start")}
          >
            {t("timeline.today")}
          </button>
        )}
        <button
          type="button"
          className="text-button timeline-since-toggle"
          aria-expanded={askingSince}
          onClick={() => setAskingSince((a) => !a)}
        >
          {t("timeline.changesSince")}
        </button>
      </div>
      <div className="timeline-track-box">
        <AsOfSlider
          span={span}
          day={day}
          today={today}
          valueText={valueText}
          events={events}
          articles={articles}
          onChange={onChange}
        />
      </div>
      {askingSince ? (
        <SinceForm onDone={() => setAskingSince(false)} />
      ) : (
        // One line under the track (it must not grow while playing): cut with an ellipsis where
        // it is long, the whole line in its title.
        <p className="timeline-now" aria-live={playing ? "polite" : "off"} title={nowLine || undefined}>
          {futureTargets && <span className="timeline-future">{t("timeline.afterToday")}</span>}
          {now.length > 0 ? (
            <>
              <time dateTime={now[0]?.event.date}>{nowDate}</time>
              {": "}
              {nowItems}
            </>
          ) : (
            t("timeline.beforeFirst")
          )}
        </p>
      )}
    </section>
  );
}
