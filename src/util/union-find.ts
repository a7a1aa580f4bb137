/**
 * Union-find over string keys, with path compression; the smaller key (string order) becomes the
 * root so the result does not depend on the order of unions.
 */
export class UnionFind {
  private readonly parent = new Map<string, string>();

  add(x: string): void {
    if (!this.parent.has(x)) this.parent.set(x, x);
  }

  has(x: string): boolean {
    return this.parent.has(x);
  }

  find(x: string): string {
    let root = x;
    for (let p = this.parent.get(root); p !== undefined && p !== root; p = this.parent.get(root)) root = p;
    // Path compression: point every key on the way straight at the root.
    for (let y = x, p = this.parent.get(y); p !== undefined && p !== root; y = p, p = this.parent.get(y)) this.parent.set(y, root);
    return root;
  }

  union(x: string, y: string): void {
    this.add(x);
    this.add(y);
    const px = this.find(x);
    const py = this.find(y);
    if (px !== py) this.parent.set(px < py ? py : px, px < py ? px : py);
  }
}

/** Append `value` to the list under `key`, creating the list on first use. */
export function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  let list = map.get(key);
  if (!list) map.set(key, (list = []));
  list.push(value);
}
