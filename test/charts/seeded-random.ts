// Shared by the property tests that hold the chart helpers against d3 (linear-scale, paths).

/** A seeded generator (mulberry32), so a failure can be replayed: the same seed, the same numbers. */
export function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
