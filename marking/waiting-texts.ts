/**
 * Text nodes set aside until something happens on the page: ambiguous names
 * waiting for evidence, or later mentions waiting for an entity's first one
 * to go (in first-mention mode, or past the marks cap). Removed text is forgotten at once, so nothing here keeps a node the
 * page has dropped alive.
 */
export class WaitingTexts {
  private readonly byKey = new Map<number, Set<Text>>();
  private readonly keysOf = new Map<Text, number[]>();

  /** How many texts wait, for anything. */
  get size(): number {
    return this.keysOf.size;
  }

  has(text: Text): boolean {
    return this.keysOf.has(text);
  }

  add(key: number, text: Text): void {
    let texts = this.byKey.get(key);
    if (!texts) this.byKey.set(key, (texts = new Set()));
    if (texts.has(text)) return;
    texts.add(text);
    const keys = this.keysOf.get(text);
    if (keys) keys.push(key);
    else this.keysOf.set(text, [key]);
  }

  /** The texts waiting for `key`, which stop waiting. */
  take(key: number): Text[] {
    const texts = this.byKey.get(key);
    if (!texts) return [];
    this.byKey.delete(key);
    for (const text of texts) {
      const keys = this.keysOf.get(text)!.filter((k) => k !== key);
      if (keys.length > 0) this.keysOf.set(text, keys);
      else this.keysOf.delete(text);
    }
    return [...texts];
  }

  forget(text: Text): void {
    const keys = this.keysOf.get(text);
    if (!keys) return;
    this.keysOf.delete(text);
    for (const key of keys) {
      const texts = this.byKey.get(key)!;
      texts.delete(text);
      if (texts.size === 0) this.byKey.delete(key);
    }
  }

  clear(): void {
    this.byKey.clear();
    this.keysOf.clear();
  }
}
