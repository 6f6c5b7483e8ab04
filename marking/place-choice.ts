/**
 * Which places of a page's text are worth a walk and a run's read: where a
 * name the reader wants marked may be, and where a name of a kind they
 * turned off may be that an ambiguous name on the page needs as evidence
 * ("U.S." for "Washington", with countries off). The rest are left, and
 * most pages name nothing the reader wants: then nothing is walked at all.
 *
 * A place of a turned-off kind left unread is remembered by its root: if
 * an ambiguous name that needs it turns up later (a part the page adds),
 * that root is read again, so the page's evidence is as if all were read.
 */
import type { Places } from '../matching/finding';
import { AMBIGUOUS, type Term } from '../matching/rules';

export type Root = Element | ShadowRoot;

/** Roots remembered per entity, past which the page's whole body stands for them. */
const MAX_UNREAD_ROOTS = 64;

export class PlaceChoice {
  /** Entities whose names are evidence some ambiguous name on the page waits for. */
  private readonly needed = new Set<number>();
  /**
   * Roots with places of a turned-off entity left unread, by entity: held
   * weakly, as a part the page removes (a live feed's old posts) must not
   * be kept alive by Gloss.
   */
  private readonly unread = new Map<number, WeakRef<Root>[]>();

  /** `term(k)` is the `k`th term; `wanted` says whether the reader wants an entity marked (its kind). */
  constructor(
    private readonly term: (k: number) => Term,
    private readonly wanted: (entity: number) => boolean,
  ) {}

  /**
   * A piece's places came: the evidence its ambiguous names wait for is
   * needed from now on. Returns the roots to read again, whose places of it
   * were left unread.
   */
  notice(places: Places): Root[] {
    const again: Root[] = [];
    for (let k = 1; k < places.length; k += 2) {
      const term = this.term(places[k]!);
      if (!(term.flags & AMBIGUOUS) || !this.wanted(term.entity)) continue;
      for (const entity of [term.entity, ...(term.evidence ?? [])]) {
        if (this.needed.has(entity)) continue;
        this.needed.add(entity);
        for (const root of this.unread.get(entity) ?? []) {
          const read = root.deref();
          if (read?.isConnected) again.push(read);
        }
        this.unread.delete(entity);
      }
    }
    return again;
  }

  /** Whether a place of `root` where the `k`th term may match is worth reading; if not, it is remembered. */
  worth(k: number, root: Root): boolean {
    const { entity } = this.term(k);
    if (this.wanted(entity) || this.needed.has(entity)) return true;
    const known = this.unread.get(entity) ?? [];
    // The root's places are met one after another: it was remembered at the first.
    if (known.at(-1)?.deref() === root) return false;
    // Those the page let go are forgotten now; one already there is kept once.
    const roots = known.filter((r) => r.deref()?.isConnected && r.deref() !== root);
    roots.push(new WeakRef(root));
    const { body } = root.ownerDocument;
    // A page of many parts that name it: its whole body is read again if it is ever needed.
    this.unread.set(entity, roots.length > MAX_UNREAD_ROOTS && body ? [new WeakRef(body)] : roots);
    return false;
  }

  clear(): void {
    this.needed.clear();
    this.unread.clear();
  }
}
