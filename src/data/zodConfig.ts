// zod's settings, imported by every module that defines a schema. Jitless: in the page (the
// editor's live check) the Content-Security-Policy forbids eval, and zod's probe for it (a caught
// `new Function`) would still be reported as a CSP violation. The interpreted path is as correct
// and fast enough for data of this size.
import { z } from "zod";

z.config({ jitless: true });
