// The image's HEALTHCHECK: the service's liveness route on its own port (no curl in the image).
/* global fetch, AbortSignal */
const port = process.env.PORT || '3000';
fetch(`http://127.0.0.1:${port}/${process.env.SERVICE}/health/live`, {
  signal: AbortSignal.timeout(2500),
}).then(
  (res) => process.exit(res.ok ? 0 : 1),
  () => process.exit(1),
);
