/**
 * What the bench runs inside the page (as source text: the bench is compiled for Node, without
 * the DOM's types). Installed before the page's own scripts on every load, it keeps, in
 * `window.__cwBench`:
 * - firstRowMs: performance.now() (ms since the navigation started) at the start of the first
 *   animation frame in which a client row (`.client-row`) is in the page and visible;
 * - keys: for each keydown while `typing` is on, ms from the event to the next animation frame.
 */
export const PAGE_PROBE = `(() => {
  const bench = { firstRowMs: null, typing: false, keys: [], waiters: [] };
  Object.defineProperty(window, '__cwBench', { value: bench });
  performance.setResourceTimingBufferSize(100000);
  // Every frame until then: is a client row there and visible? It is painted in this frame.
  const look = () => {
    const row = document.querySelector('.client-row');
    if (row !== null && row.checkVisibility()) bench.firstRowMs = performance.now();
    else requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
  document.addEventListener('keydown', (event) => {
    if (!bench.typing) return;
    const start = event.timeStamp;
    requestAnimationFrame(() => {
      bench.keys.push(performance.now() - start);
      const ready = bench.waiters.filter((w) => bench.keys.length >= w.count);
      bench.waiters = bench.waiters.filter((w) => bench.keys.length < w.count);
      for (const w of ready) w.resolve(bench.keys.length);
    });
  }, true);
})();`;

/** Page source: resolves once `count` keystrokes have been measured (or after 10 s). */
export function waitForKeys(count: number): string {
  return `new Promise((resolve) => {
    const bench = window.__cwBench;
    if (bench.keys.length >= ${count}) return resolve(bench.keys.length);
    bench.waiters.push({ count: ${count}, resolve });
    setTimeout(() => resolve(bench.keys.length), 10000);
  })`;
}

/**
 * Page source: the first row's time, and the bytes of every /api/ response that had finished
 * arriving by then (encoded: as received; decoded: after any content encoding).
 */
export const OPENING = `(() => {
  const bench = window.__cwBench;
  const until = bench.firstRowMs ?? Infinity;
  const api = performance
    .getEntriesByType('resource')
    .filter((e) => new URL(e.name).pathname.startsWith('/api/') && e.responseEnd <= until);
  return {
    firstRowMs: bench.firstRowMs,
    apiCalls: api.length,
    encoded: api.reduce((sum, e) => sum + e.encodedBodySize, 0),
    decoded: api.reduce((sum, e) => sum + e.decodedBodySize, 0),
  };
})()`;
