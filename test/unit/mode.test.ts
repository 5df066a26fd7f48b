import { describe, expect, it } from "vitest";
import {
  DEFAULT_EMBED,
  embedOptionsOf,
  isStillEmbed,
  parseMode,
  serializeEmbed,
} from "../../src/app/mode.ts";

describe("mode from the query string", () => {
  it("is explore by default and embed with ?embed=1", () => {
    expect(parseMode("").mode).toBe("explore");
    expect(parseMode("?embed=1").mode).toBe("embed");
    expect(parseMode("?embed=0").mode).toBe("explore");
  });

  it("is present with ?present=1, and the presenter's view with &presenter=1", () => {
    expect(parseMode("?present=1")).toEqual({ mode: "present", window: "audience" });
    expect(parseMode("?present=1&presenter=1")).toEqual({ mode: "present", window: "presenter" });
    expect(parseMode("?presenter=1")).toEqual({ mode: "explore" });
    expect(parseMode("?present=1&preview=1")).toEqual({ mode: "present", window: "preview" });
    expect(parseMode("?preview=1")).toEqual({ mode: "explore" });
  });

  it("round-trips the embed options", () => {
    const options = { legend: false, interactive: false, height: 400, explore: true };
    expect(serializeEmbed(options)).toBe("?embed=1&height=400&legend=0&static=1");
    expect(parseMode(serializeEmbed(options))).toEqual({ mode: "embed", embed: options });
    expect(serializeEmbed(DEFAULT_EMBED)).toBe("?embed=1");
    // A still picture without its Explore button; an interactive map has no such option.
    const noExplore = { ...options, explore: false };
    expect(serializeEmbed(noExplore)).toBe("?embed=1&height=400&legend=0&static=1&explore=0");
    expect(parseMode(serializeEmbed(noExplore))).toEqual({ mode: "embed", embed: noExplore });
    expect(serializeEmbed({ ...DEFAULT_EMBED, explore: false })).toBe("?embed=1");
    expect(isStillEmbed(parseMode("?embed=1&static=1"))).toBe(true);
    expect(isStillEmbed(parseMode("?embed=1"))).toBe(false);
    expect(isStillEmbed(parseMode("?static=1"))).toBe(false);
  });

  it.each([
    "?embed=1&height=abc",
    "?embed=1&height=-5",
    "?embed=1&height=99999",
    "?embed=1&legend=maybe",
    "?%E0%A4%A",
  ])("falls back to defaults for garbage: %s", (search) => {
    expect(embedOptionsOf(parseMode(search))).toEqual(DEFAULT_EMBED);
  });
});
