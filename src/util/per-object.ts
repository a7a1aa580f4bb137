/**
 * `build(key)` computed once per key object and kept as long as the key lives: the compiled form
 * of a lexicon (word lists as sets, matchers) is built once per lexicon, not once per article.
 */
export function perObject<K extends object, V>(build: (key: K) => V): (key: K) => V {
  const cache = new WeakMap<K, V>();
  return (key) => {
    let value = cache.get(key);
    if (value === undefined) cache.set(key, (value = build(key)));
    return value;
  };
}
