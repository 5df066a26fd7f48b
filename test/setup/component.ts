import { cleanup, configure } from "@testing-library/react";
import { afterEach } from "vitest";

// Lazily loaded parts (the reader, dialogs) can take over a second to import on a busy 2-core
// machine; findBy/waitFor wait for them up to 5 s instead of the default 1 s.
configure({ asyncUtilTimeout: 5000 });

afterEach(() => {
  cleanup();
  window.location.hash = "";
});
