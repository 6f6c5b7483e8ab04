/**
 * A synced storage area that enforces what Chrome's does, and fails as it
 * fails: 8,192 bytes an item (key + JSON of the value), 102,400 in all, 512
 * items, 120 write operations a minute and 1,800 an hour (each `set` or
 * `remove` one operation, counted when asked, as the browser's quota
 * counter does), errors whose messages are Chrome's. Time is `Date.now()`, so
 * fake timers move its windows. It counts bytes on its own, as Chromium's
 * JSON writer writes (`chromeJson`), not with the count Gloss plans with.
 */
import { type SyncArea, MAX_ITEMS, QUOTA_BYTES, QUOTA_BYTES_PER_ITEM } from '../../notes/sync-items';
import { WRITES_PER_HOUR, WRITES_PER_MINUTE } from '../../notes/sync-rate';

const SHORT: Record<string, string> = {
  '\b': '\\b',
  '\f': '\\f',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\\': '\\\\',
  '"': '\\"',
};
const u4 = (code: number) => `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`;

/** A string as Chromium's `base/json/string_escape.cc` writes it. */
function chromeString(text: string): string {
  let out = '"';
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (SHORT[char]) out += SHORT[char];
    else if (char === '<' || code === 0x2028 || code === 0x2029) out += u4(code);
    else if (code < 32) out += u4(code);
    else if (code >= 0xd800 && code <= 0xdfff)
      out += '\ufffd'; // a lone surrogate: the replacement character
    else out += char;
  }
  return out + '"';
}

/** A value as Chromium's JSON writer writes it, compact. */
export function chromeJson(value: unknown): string {
  if (typeof value === 'string') return chromeString(value);
  if (Array.isArray(value)) return `[${value.map(chromeJson).join(',')}]`;
  if (value && typeof value === 'object')
    return `{${Object.entries(value)
      .map(([key, v]) => `${chromeString(key)}:${chromeJson(v)}`)
      .join(',')}}`;
  return JSON.stringify(value);
}

/** An item's size as Chrome counts it: the key's bytes, and its value's JSON's. */
export const chromeItemBytes = (key: string, value: unknown): number =>
  new TextEncoder().encode(key).length + new TextEncoder().encode(chromeJson(value)).length;

const sortedKeys = (value: unknown): unknown =>
  Array.isArray(value)
    ? value.map(sortedKeys)
    : value && typeof value === 'object'
      ? Object.fromEntries(
          Object.keys(value)
            .sort()
            .map((key) => [key, sortedKeys((value as Record<string, unknown>)[key])]),
        )
      : value;

export class FakeSyncArea implements SyncArea {
  items: Record<string, unknown> = {};
  /** When each write was asked for. */
  writes: number[] = [];
  /** Every error thrown, for tests to check that each was shown. */
  errors: Error[] = [];
  /** Fails every write with this message, while set. */
  failing?: string;

  /** As Chrome answers: every object's keys in sorted order (its values are kept as sorted maps). */
  async get(): Promise<Record<string, unknown>> {
    return sortedKeys(structuredClone(this.items)) as Record<string, unknown>;
  }

  async set(items: Record<string, unknown>): Promise<void> {
    this.write();
    const next = { ...this.items, ...structuredClone(items) };
    for (const [key, value] of Object.entries(items))
      if (chromeItemBytes(key, value) > QUOTA_BYTES_PER_ITEM)
        this.fail('QUOTA_BYTES_PER_ITEM quota exceeded');
    if (Object.keys(next).length > MAX_ITEMS) this.fail('MAX_ITEMS quota exceeded');
    if (this.bytesInUse(next) > QUOTA_BYTES) this.fail('QUOTA_BYTES quota exceeded');
    this.items = next;
  }

  async remove(keys: string[]): Promise<void> {
    this.write();
    this.items = Object.fromEntries(Object.entries(this.items).filter(([key]) => !keys.includes(key)));
  }

  bytesInUse(items = this.items): number {
    return Object.entries(items).reduce((sum, [key, value]) => sum + chromeItemBytes(key, value), 0);
  }

  /** What the browser's sync service does: this area comes to hold what `other` holds. */
  copyFrom(other: FakeSyncArea): string[] {
    const changed = [...new Set([...Object.keys(this.items), ...Object.keys(other.items)])].filter(
      (key) => JSON.stringify(this.items[key]) !== JSON.stringify(other.items[key]),
    );
    this.items = structuredClone(other.items);
    return changed;
  }

  private write(): void {
    const now = Date.now();
    if (this.failing) this.fail(this.failing);
    if (this.writes.filter((at) => at > now - 60_000).length >= WRITES_PER_MINUTE)
      this.fail('MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded');
    if (this.writes.filter((at) => at > now - 3_600_000).length >= WRITES_PER_HOUR)
      this.fail('MAX_WRITE_OPERATIONS_PER_HOUR quota exceeded');
    this.writes.push(now);
  }

  private fail(message: string): never {
    const error = new Error(message);
    this.errors.push(error);
    throw error;
  }
}
