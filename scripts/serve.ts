// `npm start` serves the production build on http://127.0.0.1:4173/ (PORT and HOST override).
import { preview } from "vite";

const port = Number(process.env.PORT ?? 4173);
const host = process.env.HOST ?? "127.0.0.1";
const server = await preview({ preview: { port, host, strictPort: true, open: false } });
server.printUrls();
