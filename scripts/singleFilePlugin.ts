// `npm run build:single`: one HTML file with the code, styles, fonts, data and map worker
// inside, which opens from file:// with no server and no network. Assets become data: URLs
// (assetsInlineLimit), there is one JS chunk, and this plugin moves it and the CSS into the page.
import type { OutputAsset, OutputChunk } from "rolldown";
import type { Plugin, UserConfig } from "vite";

export const SINGLE_FILE_NAME = "middle-corridor-map.html";

/** A script's text can end the inline <script> element early; break every "</script". */
const safeScript = (code: string) => code.replace(/<\/script/gi, "<\\/script").replace(/<!--/g, "<\\!--");
const safeStyle = (css: string) => css.replace(/<\/style/gi, "<\\/style");

export function singleFile(): Plugin {
  return {
    name: "single-file",
    apply: "build",
    // After Vite's own HTML plugin has put index.html into the bundle.
    enforce: "post",
    config(): UserConfig {
      return {
        publicDir: false,
        build: {
          outDir: "dist-single",
          assetsInlineLimit: () => true,
          cssCodeSplit: false,
          rolldownOptions: { output: { codeSplitting: false } },
        },
      };
    },
    generateBundle(_options, bundle) {
      const files = Object.values(bundle);
      const html = files.find((f): f is OutputAsset => f.type === "asset" && f.fileName.endsWith(".html"));
      if (!html) throw new Error("single-file: no HTML page in the bundle");
      let page = String(html.source);
      for (const file of files) {
        if (file.type === "chunk" && (file as OutputChunk).isEntry) {
          const tag = new RegExp(`<script[^>]*src="[^"]*${escapeRe(file.fileName)}"[^>]*></script>`);
          // With one chunk there is nothing to preload; Vite leaves its preload marker
          // unreplaced in that case, so it is filled in here.
          const code = file.code.replace(/__VITE_PRELOAD__/g, "void 0");
          page = page.replace(tag, () => `<script type="module">${safeScript(code)}</script>`);
          delete bundle[file.fileName];
        } else if (file.type === "asset" && file.fileName.endsWith(".css")) {
          const tag = new RegExp(`<link[^>]*href="[^"]*${escapeRe(file.fileName)}"[^>]*>`);
          page = page.replace(tag, () => `<style>${safeStyle(String(file.source))}</style>`);
          delete bundle[file.fileName];
        }
      }
      // Files the page itself links (the favicon) become data: URLs too.
      for (const file of Object.values(bundle)) {
        if (file.type !== "asset" || file === html || !page.includes(file.fileName)) continue;
        const mime = file.fileName.endsWith(".svg") ? "image/svg+xml" : "application/octet-stream";
        const uri = `data:${mime};base64,${Buffer.from(file.source).toString("base64")}`;
        page = page.replace(new RegExp(`(\\./)?${escapeRe(file.fileName)}`, "g"), () => uri);
        delete bundle[file.fileName];
      }
      const leftovers = Object.keys(bundle).filter((k) => k !== html.fileName);
      if (leftovers.length > 0)
        throw new Error(`single-file: files left outside the page: ${leftovers.join(", ")}`);
      delete bundle[html.fileName];
      this.emitFile({ type: "asset", fileName: SINGLE_FILE_NAME, source: page });
    },
  };
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
