// The measurements every engine shares, run inside the page: per-keystroke latency while typing, percentiles, and
// the JS heap after a full collection.

/**
 * How many times the queries are typed. Each keystroke's figure is its median over the rounds: a single pass let
 * a garbage collection or another process on the machine land on a few keystrokes and move the p95 by 2× between
 * runs. Every engine is typed the same number of times.
 */
export const ROUNDS = 5;

/**
 * Calls `search` with each prefix of each query, as a reader's typing would, `ROUNDS` times over; one duration (ms)
 * per keystroke, the median of its rounds.
 */
export function typeQueries(queries, search) {
  const typed = queries.flatMap((query) => {
    const chars = [...query];
    return chars.map((_, i) => chars.slice(0, i + 1).join(""));
  });
  const rounds = [];
  for (let round = 0; round < ROUNDS; round++) {
    rounds.push(
      typed.map((text) => {
        const start = performance.now();
        search(text);
        return performance.now() - start;
      }),
    );
  }
  return typed.map((_, k) => percentile(rounds.map((times) => times[k]), 50));
}

/** The nearest-rank percentile `p` (0–100) of `values`. */
export function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** p50, p95 and max of a list of durations. */
export function summary(times) {
  return { count: times.length, p50: percentile(times, 50), p95: percentile(times, 95), max: Math.max(...times) };
}

/**
 * Bytes of JS heap in use after collecting garbage. It waits for a fresh task first: within the task that dropped
 * them, the bundle's 42 MB of bytes survive gc() (measured), and would be counted as if an engine kept them.
 */
export async function heapAfterGc() {
  await new Promise((done) => setTimeout(done, 50));
  globalThis.gc?.();
  globalThis.gc?.();
  return performance.memory.usedJSHeapSize;
}

/** The bundle's bytes, fetched whole: every engine's clock starts when they have arrived. */
export async function fetchBytes(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}
