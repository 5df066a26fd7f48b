/*
 * Middle Corridor Map — optional helper for pages that embed the map in an iframe.
 * Include it once on the host page:  <script src="https://…/embed.js" defer></script>
 * Each embedded map posts its content height when it has drawn ("middle-corridor:ready") and
 * whenever the height changes ("middle-corridor:height"); this script sets the height of the
 * iframe the message came from. It trusts no data but a number, and touches only that iframe.
 */
(() => {
  if (window.middleCorridorEmbed) return;
  window.middleCorridorEmbed = true;
  const TYPES = ["middle-corridor:ready", "middle-corridor:height"];
  window.addEventListener("message", (event) => {
    const data = event.data;
    if (!data || typeof data !== "object" || !TYPES.includes(data.type)) return;
    const height = Number(data.height);
    if (!Number.isFinite(height) || height < 50 || height > 10000) return;
    for (const frame of document.getElementsByTagName("iframe")) {
      if (frame.contentWindow === event.source) {
        frame.style.height = `${Math.ceil(height)}px`;
        frame.dataset.middleCorridorReady = "true";
      }
    }
  });
})();
