// A host page on another origin (another port), as a report site that embeds the map would be:
// the tests set the page's HTML, then open `host.url`. Started before and closed after the file.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll } from "vitest";

export interface HostServer {
  /** The HTML the next request gets. */
  page: string;
  readonly url: string;
}

export function hostServer(): HostServer {
  let server: Server | undefined;
  let url = "";
  const host = {
    page: "",
    get url() {
      return url;
    },
  };
  beforeAll(async () => {
    const s = createServer((_req, res) => {
      res.setHeader("Content-Type", "text/html; charset=utf-8");
      res.end(host.page);
    });
    server = s;
    await new Promise<void>((resolve) => s.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(s.address() as AddressInfo).port}/`;
  });
  afterAll(() => {
    server?.close();
  });
  return host;
}
