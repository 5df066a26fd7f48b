// Bad input in the real build: malformed addresses open the default view with no page error,
// and corridor data that fails to load or parse gives a readable error whose Try again works.
import { beforeAll, describe, expect, it } from "vitest";
import type { AppDriver, OpenOptions } from "./driver.ts";
import { appSession } from "./session.ts";

const session = appSession();
const open = (options?: OpenOptions) => session.open(options);

/** Where a fixed place is on screen: equal positions mean the same camera. */
function screenPointOf(app: AppDriver, lon: number, lat: number) {
  return app.page.evaluate(
    ([x, y]) =>
      (
        window as unknown as { __corridorMap: { project(a: number, b: number): { x: number; y: number } } }
      ).__corridorMap.project(x, y),
    [lon, lat] as const,
  );
}

const MALFORMED = [
  {
    name: "NaN camera, script as id",
    query: "",
    hash: "#map=NaN/NaN/NaN&seg=%3Cscript%3Ealert(1)%3C/script%3E",
  },
  {
    name: "camera out of range, unknown layers",
    query: "",
    hash: "#map=99/999/-999&layers=bogus,%00&step=-1",
  },
  { name: "ids not in the data", query: "", hash: "#seg=does-not-exist&node=nor-this" },
  { name: "broken percent-encoding", query: "", hash: "#%E0%A4%A&map=%&seg=%uD800" },
  {
    name: "prototype keys, huge numbers",
    query: "",
    hash: "#__proto__=1&constructor=prototype&map=5/1e308/Infinity",
  },
  { name: "very long values", query: "", hash: `#map=5/40/${"9".repeat(3000)}&seg=${"a-".repeat(2000)}a` },
  {
    name: "garbage query, negative zoom",
    query: "?embed=banana&height=1e999&present=maybe",
    hash: "#map=-3/40/50",
  },
  {
    name: "markup and javascript: in query and hash",
    query: "?%E0%A4%A&__proto__[x]=1&legend=<img src=x onerror=alert(1)>",
    hash: "#layers=javascript:alert(1)",
  },
];

describe("malformed addresses", () => {
  // The default view, opened once: a place's screen position and the address the map writes.
  let home: { lon: number; lat: number; point: { x: number; y: number }; hash: string };
  beforeAll(async () => {
    const reference = await session.open();
    const place = (await reference.corridor()).features.find((f) => f.geometry.type === "Point");
    if (place?.geometry.type !== "Point") throw new Error("no place in the data");
    const [lon = 0, lat = 0] = place.geometry.coordinates;
    // The address carries the view once the map has written it (after its first moveend).
    await reference.page.waitForFunction(() => window.location.hash.includes("map="), undefined, {
      timeout: 10_000,
    });
    home = { lon, lat, point: await screenPointOf(reference, lon, lat), hash: await reference.hash() };
    expect(reference.pageErrors).toEqual([]);
    await reference.close();
  });

  it.each(MALFORMED)(
    "$name: the default view, default camera, nothing selected, no page error",
    async ({ query, hash }) => {
      const app = await open({ query, hash });
      // Explore mode, with its header; no details open.
      expect(await app.page.getByRole("heading", { name: "Middle Corridor Map", level: 1 }).count()).toBe(1);
      expect(await app.detailsTitle()).toBeNull();
      // The address is rewritten to the default view's, as the map writes it, and the camera is
      // the default one. Both are read together until they agree or time runs out: the page
      // rewrites its address when the map reports a move (its first fit, and a resize of the map
      // once the page around it has settled), which on a loaded machine can come after the
      // camera was first still.
      await expect
        .poll(
          async () => {
            const point = await screenPointOf(app, home.lon, home.lat);
            return {
              hash: await app.hash(),
              dx: Math.abs(point.x - home.point.x) < 2,
              dy: Math.abs(point.y - home.point.y) < 2,
            };
          },
          { timeout: 10_000 },
        )
        .toEqual({ hash: home.hash, dx: true, dy: true });
    },
  );
});

describe("corridor data that cannot be loaded", () => {
  it.each([
    ["the server fails", { status: 503, body: "Service Unavailable" }, /HTTP 503/],
    [
      "the file is corrupt",
      { status: 200, body: '{"type":"FeatureCollection","features":[' },
      /not valid JSON/,
    ],
    [
      "the file has the wrong shape",
      { status: 200, body: '{"type":"Topology"}' },
      /not in the expected format/,
    ],
  ])(
    "%s: a readable error, and Try again loads the map once the file is back",
    async (_what, response, message) => {
      let broken = true;
      const app = await open({
        waitForMap: false,
        setup: async (context) => {
          await context.route("**/corridor.geojson", (route) =>
            broken
              ? route.fulfill({
                  status: response.status,
                  contentType: "application/json",
                  body: response.body,
                })
              : route.continue(),
          );
        },
      });
      const alert = app.page.getByRole("alert");
      await alert.waitFor();
      expect(await alert.getByRole("heading").textContent()).toBe("The corridor data could not be loaded");
      expect(await alert.textContent()).toMatch(message);

      broken = false;
      await app.page.getByRole("button", { name: "Try again" }).click();
      await app.waitForMapReady();
      expect(await app.listButtonNames()).not.toEqual([]);
      expect(await app.page.getByRole("alert").count()).toBe(0);
    },
  );
});
