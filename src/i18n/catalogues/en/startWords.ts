// What a page says in English when it cannot start: a chunk that did not load (src/boot.ts) or
// the still embed's data that did not (src/still/loadStill.ts). Part of the English catalogue:
// en.ts spreads them in, so its keys and type are unchanged. A module of their own because
// they are bundled with the page's first chunk, before any catalogue is here: fetching the
// English catalogue for one sentence would also split it out of the app's chunk.
export const startWords = {
  "app.bootFailed": "The map could not start ({reason}). Reload the page to try again.",
  "still.loadFailed": "Could not load the corridor data ({file}: HTTP {status}).",
  "still.badData": "The corridor data ({file}) is not in the expected format.",
} as const;
