// The timeline's track: a tick per event (coloured by kind of line), a mark per article, hollow
// marks for targets, the years, and the "As of" thumb. A slider in the ARIA sense: focusable,
// moved by pointer (click or drag anywhere on the track) and by keys (sliderKeys.ts).
import { memo, type PointerEvent, useMemo, useRef } from "react";
import { useI18n } from "../../i18n/i18nContext.ts";
import { kindSpec, REGISTRY } from "../../layers/registry.ts";
import type { ArticleMark, EventMark, TimeSpan } from "../../time/corridorTime.ts";
import { yearStart } from "../../time/dates.ts";
import { useBoxSize } from "../../ui/useBoxSize.ts";
import { dayForKey } from "./sliderKeys.ts";
import { dayAt, fractionOf, tickPaths, yearLabels } from "./timelineScale.ts";

export type Gesture = "start" | "move";

interface Props {
  span: TimeSpan;
  day: number;
  today: number;
  valueText: string;
  events: readonly EventMark[];
  articles: readonly ArticleMark[];
  /** A new day; "start" begins a gesture (a new history entry), "move" continues it. */
  onChange: (day: number, gesture: Gesture) => void;
}

const pct = (f: number) => `${(f * 100).toFixed(3)}%`;

const Marks = memo(function Marks({
  span,
  events,
  articles,
  width,
  today,
}: Pick<Props, "span" | "events" | "articles" | "today"> & { width: number }) {
  const { t } = useI18n();
  const paths = useMemo(
    () =>
      tickPaths(
        events.map((m) => ({
          type: m.type,
          day: m.day,
          color: m.kind ? kindSpec(REGISTRY, m.kind).color : "#5c5a55",
        })),
        span,
        width,
      ),
    [events, span, width],
  );
  return (
    <>
      <div className="timeline-years" aria-hidden="true">
        {yearLabels(span, width).map((y) => (
          <span key={y} className="timeline-year" style={{ left: pct(fractionOf(span, yearStart(y))) }}>
            {y}
          </span>
        ))}
      </div>
      <div className="timeline-today" aria-hidden="true" style={{ left: pct(fractionOf(span, today)) }} />
      <svg
        className="timeline-marks"
        aria-hidden="true"
        width="100%"
        height="46"
        viewBox={`0 0 ${width} 46`}
        preserveAspectRatio="none"
      >
        {paths.map((p) => (
          <path
            key={`${p.type}|${p.color}`}
            d={p.d}
            {...(p.type === "event"
              ? { stroke: p.color, strokeWidth: 2, fill: "none" }
              : { stroke: p.color, strokeWidth: 2, fill: "#fff" })}
          />
        ))}
      </svg>
      <div className="timeline-articles" aria-hidden="true">
        {articles.map((a) => (
          <span
            key={a.sourceId}
            className="timeline-article"
            style={{ left: pct(fractionOf(span, a.day)) }}
            title={t("timeline.article", { outlet: a.outlet, title: a.title })}
          />
        ))}
      </div>
    </>
  );
});

export function AsOfSlider({ span, day, today, valueText, events, articles, onChange }: Props) {
  const trackRef = useRef<HTMLDivElement>(null);
  // The track's width in px: how many years are labelled, and the ticks' drawing space.
  const { width } = useBoxSize(trackRef, { width: 800, height: 46 });
  const thumbRef = useRef<HTMLDivElement>(null);
  const { t } = useI18n();
  const dayFromPointer = (e: PointerEvent) => {
    const box = trackRef.current?.getBoundingClientRect();
    if (!box || box.width === 0) return day;
    return dayAt(span, (e.clientX - box.left) / box.width);
  };
  return (
    <div
      ref={trackRef}
      className="timeline-track"
      onPointerDown={(e) => {
        if (e.button !== 0) return;
        e.currentTarget.setPointerCapture?.(e.pointerId);
        thumbRef.current?.focus();
        onChange(dayFromPointer(e), "start");
      }}
      onPointerMove={(e) => {
        if (e.currentTarget.hasPointerCapture?.(e.pointerId)) onChange(dayFromPointer(e), "move");
      }}
    >
      <div className="timeline-rail" />
      <Marks span={span} events={events} articles={articles} width={width} today={today} />
      <div
        ref={thumbRef}
        className="timeline-thumb"
        role="slider"
        tabIndex={0}
        aria-label={t("timeline.asOfLabel")}
        aria-valuemin={span.start}
        aria-valuemax={span.end}
        aria-valuenow={day}
        aria-valuetext={valueText}
        aria-orientation="horizontal"
        style={{ left: pct(fractionOf(span, day)) }}
        onKeyDown={(e) => {
          const next = dayForKey(e, day, span.start, span.end);
          if (next === null) return;
          e.preventDefault();
          onChange(next, e.repeat ? "move" : "start");
        }}
      />
    </div>
  );
}
