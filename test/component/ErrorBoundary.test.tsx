// A panel that throws shows "This panel failed — Reload panel" in its own place; the other panels
// keep working, and the error is logged.
import { act, fireEvent, screen, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { renderApp } from "./renderApp.tsx";

// Which panels throw, switched per test. vi.mock runs before the imports, hence vi.hoisted.
const broken = vi.hoisted(() => ({ overview: false, segmentId: null as string | null }));

vi.mock("../../src/features/overview/Overview.tsx", async (importOriginal) => {
  const real = await importOriginal<typeof import("../../src/features/overview/Overview.tsx")>();
  return {
    Overview: (props: Parameters<typeof real.Overview>[0]) => {
      if (broken.overview) throw new Error("overview exploded");
      return real.Overview(props);
    },
  };
});

vi.mock("../../src/features/details/SegmentDetails.tsx", async (importOriginal) => {
  const real = await importOriginal<typeof import("../../src/features/details/SegmentDetails.tsx")>();
  return {
    SegmentDetails: (props: Parameters<typeof real.SegmentDetails>[0]) => {
      if (props.segment.properties.id === broken.segmentId) throw new Error("details exploded");
      return real.SegmentDetails(props);
    },
  };
});

let consoleError: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  consoleError = vi.spyOn(console, "error").mockImplementation(() => {});
});
afterEach(() => {
  broken.overview = false;
  broken.segmentId = null;
  consoleError.mockRestore();
});

const list = () => screen.getByRole("navigation", { name: "Segments" });

describe("error boundaries around the panels", () => {
  it("a failing overview shows its own message; the list, details and legend still work; Reload panel brings it back", async () => {
    broken.overview = true;
    const { map } = await renderApp();
    const failed = screen.getByRole("alert", { name: "Overview (failed)" });
    expect(failed.textContent).toContain("This panel failed");
    expect(failed.textContent).toContain("overview exploded");
    expect(screen.queryByRole("region", { name: "Corridor overview" })).toBeNull();
    expect(consoleError).toHaveBeenCalledWith(
      'Panel "overview" failed:',
      expect.any(Error),
      expect.anything(),
    );

    fireEvent.click(within(list()).getByRole("button", { name: /^Rail Beyneu–Aktau/ }));
    expect(
      within(screen.getByRole("region", { name: "Segment details" })).getByRole("heading", { level: 2 })
        .textContent,
    ).toBe("Rail Beyneu–Aktau");
    expect(map.selection).toEqual({ type: "segment", id: "rail-a" });
    fireEvent.click(screen.getByRole("checkbox", { name: "Telecom" }));
    expect(within(list()).queryByRole("button", { name: /^Fiber Aktau–Alat/ })).toBeNull();

    broken.overview = false;
    fireEvent.click(within(failed).getByRole("button", { name: "Reload panel" }));
    expect(screen.queryByRole("region", { name: "Corridor overview" })).not.toBeNull();
    expect(screen.queryByRole("alert", { name: "Overview (failed)" })).toBeNull();
  });

  it("failing details stay in the details' place; the next selection tries again", async () => {
    broken.segmentId = "rail-a";
    const { map } = await renderApp();
    fireEvent.click(within(list()).getByRole("button", { name: /^Rail Beyneu–Aktau/ }));
    const failed = screen.getByRole("alert", { name: "Details (failed)" });
    expect(failed.textContent).toContain("details exploded");
    expect(failed.querySelector("button")?.textContent).toBe("Reload panel");
    // The rest is untouched: the sidebar, the map binding, the legend.
    expect(screen.queryByRole("region", { name: "Corridor overview" })).not.toBeNull();
    expect(map.selection).toEqual({ type: "segment", id: "rail-a" });
    act(() => map.emit({ type: "click", target: { type: "segment", id: "fiber-a" } }));
    expect(screen.queryByRole("alert", { name: "Details (failed)" })).toBeNull();
    expect(
      within(screen.getByRole("region", { name: "Segment details" })).getByRole("heading", { level: 2 })
        .textContent,
    ).toBe("Fiber Aktau–Alat");
  });

  it("the failed details can be closed, which clears the selection", async () => {
    broken.segmentId = "rail-a";
    const { map } = await renderApp();
    fireEvent.click(within(list()).getByRole("button", { name: /^Rail Beyneu–Aktau/ }));
    fireEvent.click(
      within(screen.getByRole("alert", { name: "Details (failed)" })).getByRole("button", { name: "Close" }),
    );
    expect(screen.queryByRole("alert")).toBeNull();
    expect(map.selection).toEqual({ type: "none" });
  });
});
