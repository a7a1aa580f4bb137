/**
 * Maps keyed by user data (outlet ids, article ids, names) are plain objects in the JSON shapes.
 * Reading them with `o[key]` finds `Object.prototype` members for keys like "constructor" or
 * "toString"; these helpers read and make them safely.
 */

/** `o[key]` when it is the object's own entry, else undefined (never an inherited member). */
export function own<T>(o: Readonly<Record<string, T>> | undefined | null, key: string): T | undefined {
  return o != null && Object.prototype.hasOwnProperty.call(o, key) ? o[key] : undefined;
}

/** An empty object without a prototype, for records keyed by user data ("__proto__" is then an ordinary key). */
export function dict<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}
