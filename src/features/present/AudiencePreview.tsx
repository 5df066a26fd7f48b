// The presenter's preview: the audience's screen as the audience sees it, a 1920 × 1080 briefing
// drawn small in a frame of this same app (`&preview=1`, which follows the presenter and sends
// nothing). Being the real screen, it frames each step exactly as the projector does.
import { useEffect, useRef, useState } from "react";
import { useI18n } from "../../i18n/i18nContext.ts";

/** The audience screen the preview stands for. */
const SCREEN = { width: 1920, height: 1080 };

function previewUrl(): string {
  const url = new URL(window.location.href);
  url.searchParams.delete("presenter");
  url.searchParams.set("preview", "1");
  return url.href;
}

export function AudiencePreview() {
  const { t } = useI18n();
  const boxRef = useRef<HTMLDivElement>(null);
  const [scale, setScale] = useState(0.3);
  const [src] = useState(previewUrl);
  useEffect(() => {
    const box = boxRef.current;
    if (!box || typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(() => setScale(box.clientWidth / SCREEN.width));
    observer.observe(box);
    return () => observer.disconnect();
  }, []);
  return (
    <section className="presenter-preview" aria-label={t("present.audience")}>
      <div ref={boxRef} className="presenter-preview-box">
        <iframe
          src={src}
          title={t("present.previewTitle")}
          width={SCREEN.width}
          height={SCREEN.height}
          tabIndex={-1}
          style={{ transform: `scale(${scale})` }}
        />
      </div>
    </section>
  );
}
