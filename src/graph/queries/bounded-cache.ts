// Cypher texts built from a request's shape (a look-ahead's relation tree), cached by that
// shape. Shapes come from clients, so the cache is bounded: when full it starts again.
const MAX_ENTRIES = 500;

export function boundedCache<A extends unknown[]>(build: (...args: A) => string): (...args: A) => string {
  const cache = new Map<string, string>();
  return (...args: A) => {
    const key = JSON.stringify(args);
    let text = cache.get(key);
    if (text === undefined) {
      if (cache.size >= MAX_ENTRIES) cache.clear();
      cache.set(key, (text = build(...args)));
    }
    return text;
  };
}
