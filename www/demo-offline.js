// The demo page only: registers the service worker that keeps the demo
// working offline after the first visit (offline-worker.js). An embedding
// page keeps control of its own caching, so the widget never does this.
// Registered after the first cloud, so precaching the lazy files does not
// compete with the first screen.
if ('serviceWorker' in navigator) {
  document.getElementById('arah').addEventListener('arah-render', () => {
    navigator.serviceWorker.register('offline-worker.js').catch((error) => {
      document.getElementById('offline-status').textContent = `This page will not work offline: ${error.message}`;
    });
  }, { once: true });
}
