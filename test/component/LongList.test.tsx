// A corridor with thousands of segments: the list is filled in just after the first paint (so
// the map does not wait for it), and then holds one button per segment, as PRODUCT.md asks.
import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { multiply } from "../../scripts/bench/synthetic.ts";
import { indexCorridor } from "../../src/data/corridor.ts";
import { fixtureCorridor } from "../fixtures/corridorFixture.ts";
import { renderApp } from "./renderApp.tsx";

describe("a long segment list", () => {
  it("ends with one button per segment, each starting with its name", async () => {
    const small = fixtureCorridor();
    const big = indexCorridor(multiply(small.collection, 300));
    expect(big.segments.length).toBeGreaterThan(500);
    await renderApp(big);
    const nav = screen.getByRole("navigation", { name: "Segments" });
    await within(nav).findAllByRole("button", { name: new RegExp(`^${big.segments[0]?.properties.name}`) });
    const buttons = within(nav).getAllByRole("button");
    expect(buttons).toHaveLength(big.segments.length);
    expect(within(nav).queryByText(/^Listing/)).toBeNull();
    // Thousands of rows in jsdom: seconds on a busy 2-core machine, more than Vitest's default 5.
  }, 20_000);
});
