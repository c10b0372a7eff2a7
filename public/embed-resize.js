/*
 * Sizes iframes that show the Baltic Archipelago map (embed.html) to the map's height.
 * Host this file on your own site (inline scripts are often forbidden by a Content Security Policy):
 *   <iframe data-archipelago src="https://maps.example.org/embed.html" title="…" style="width:100%;border:0"></iframe>
 *   <script src="/js/embed-resize.js" defer></script>
 * It only listens: a message is used when it comes from one of those iframes, from that iframe's own origin,
 * and has the shape {type: 'archipelago:resize', height: number}.
 */
(() => {
  window.addEventListener('message', (event) => {
    const data = event.data;
    if (!data || typeof data !== 'object' || data.type !== 'archipelago:resize') return;
    const height = data.height;
    if (typeof height !== 'number' || !Number.isFinite(height) || height < 0 || height > 100000) return;
    for (const frame of document.querySelectorAll('iframe[data-archipelago]')) {
      if (frame.contentWindow !== event.source) continue;
      let origin;
      try {
        origin = new URL(frame.src, document.baseURI).origin;
      } catch {
        continue;
      }
      if (event.origin !== origin) continue;
      frame.style.height = `${Math.ceil(height)}px`;
    }
  });
})();
