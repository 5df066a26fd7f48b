// Runs a redraw at once, then at most once every `gapMs` while it keeps being asked for: the
// last request is always run. For changes that each make the map's worker lay data out again
// (the as-of date while the slider is dragged or Play runs), so other frames stay smooth.
export class RedrawCadence {
  private timer = 0;
  private last = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly gapMs: number,
    private readonly run: () => void,
  ) {}

  request(): void {
    if (this.timer !== 0) return;
    const wait = this.last + this.gapMs - performance.now();
    const apply = () => {
      this.timer = 0;
      this.last = performance.now();
      this.run();
    };
    if (wait <= 0) apply();
    else this.timer = window.setTimeout(apply, wait);
  }

  /** A request is waiting for its turn. */
  get pending(): boolean {
    return this.timer !== 0;
  }

  cancel(): void {
    window.clearTimeout(this.timer);
    this.timer = 0;
  }
}
