// The timeline's track: a tick per event (coloured by kind of line), a mark per article, hollow
// marks for targets, the years, and the "As of" thumb. A slider in the ARIA sense: focusable,
// moved by pointer (click or drag anywhere on the track) and by keys (sliderKeys.ts).
import { memo, type PointerEvent, useRef } from "react";
import { KINDS } from "../../layers/registry.ts";
import type { ArticleMark, EventMark, TimeSpan } from "../../time/corridorTime.ts";
import { formatDate } from "../../ui/format.ts";
import { dayForKey } from "./sliderKeys.ts";
import { dayAt, dayOfYearStart, fractionOf, yearLabels } from "./timelineScale.ts";

export type Gesture = "start" | "move";

interface Props {
  span: TimeSpan;
  day: number;
  today: number;
  valueText: string;
  events: readonly EventMark[];
  articles: readonly ArticleMark[];
  /** The track's width in px, for how many years are labelled. */
  width: number;
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
}: Pick<Props, "span" | "events" | "articles" | "width" | "today">) {
  return (
    <>
      <div className="timeline-years" aria-hidden="true">
        {yearLabels(span, width).map((y) => (
          <span key={y} className="timeline-year" style={{ left: pct(fractionOf(span, dayOfYearStart(y))) }}>
            {y}
          </span>
        ))}
      </div>
      <div className="timeline-today" aria-hidden="true" style={{ left: pct(fractionOf(span, today)) }} />
      <div className="timeline-marks" aria-hidden="true">
        {events.map((m) => (
          <span
            key={`${m.featureId}:${m.event.date}:${m.event.label}`}
            className={m.type === "target" ? "timeline-target" : "timeline-tick"}
            style={{
              left: pct(fractionOf(span, m.day)),
              ...(m.kind ? { "--tick": KINDS[m.kind].color } : {}),
            }}
            title={`${formatDate(m.event.date, m.event.datePrecision)}: ${m.name}: ${m.type === "target" ? "target, " : ""}${m.event.label}`}
          />
        ))}
        {articles.map((a) => (
          <span
            key={a.sourceId}
            className="timeline-article"
            style={{ left: pct(fractionOf(span, a.day)) }}
            title={`Article: ${a.outlet}, ${a.title}`}
          />
        ))}
      </div>
    </>
  );
});

export function AsOfSlider({ span, day, today, valueText, events, articles, width, onChange }: Props) {
  const trackRef = useRef<HTMLDivElement>(null);
  const thumbRef = useRef<HTMLDivElement>(null);
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
        aria-label="As of"
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
