/**
 * Which places of a page's text are worth a walk and a run's read: where a
 * name the reader wants marked may be, and where a name of a kind they
 * turned off may be that an ambiguous name on the page needs as evidence
 * ("U.S." for "Washington", with countries off). The rest are left, and
 * most pages name nothing the reader wants: then nothing is walked at all.
 *
 * A place of a turned-off kind left unread is remembered by its root: if
 * an ambiguous name that needs it turns up later (in a part the page adds,
 * or in text it rewrites), that root is read again, so the page's evidence
 * is as if all were read.
 */
import type { Places } from '../matching/finding';
import { AMBIGUOUS, NEAR, type Term } from '../matching/rules';

export type Root = Element | ShadowRoot;

/** Roots remembered per entity, past which the page's whole body stands for those in it. */
const MAX_UNREAD_ROOTS = 64;

/** Whether a root is in a shadow tree, which a walk of the body does not enter. */
const inShadowTree = (root: Root) => root.getRootNode() !== root.ownerDocument;

export class PlaceChoice {
  /** Entities whose names are evidence some ambiguous name on the page waits for. */
  private readonly needed = new Set<number>();
  /**
   * Roots with places of a turned-off entity left unread, by entity: held
   * weakly, as a part the page removes (a live feed's old posts) must not
   * be kept alive by Gloss.
   */
  private readonly unread = new Map<number, WeakRef<Root>[]>();
  /** Roots to read again, each once, with the entities whose places in them are now needed. */
  private readonly rereads = new Map<Root, Set<number>>();

  /** `term(k)` is the `k`th term; `wanted` says whether the reader wants an entity marked (its kind). */
  constructor(
    private readonly term: (k: number) => Term,
    private readonly wanted: (entity: number) => boolean,
  ) {}

  /** A piece's places came: the evidence its ambiguous names need is needed from now on. */
  notice(places: Places): void {
    for (let k = 1; k < places.length; k += 2) this.need(this.term(places[k]!));
  }

  /**
   * An ambiguous name the reader wants may be on the page: the names that
   * are evidence for it are needed from now on, anywhere on the page (a
   * phrase that needs its evidence near it finds it in its own run). The
   * roots whose places of them were left unread are to be read again
   * (`takeRereads`).
   */
  need(term: Term): void {
    if ((term.flags & (AMBIGUOUS | NEAR)) !== AMBIGUOUS || !this.wanted(term.entity)) return;
    for (const entity of [term.entity, ...(term.evidence ?? [])]) {
      if (this.needed.has(entity)) continue;
      this.needed.add(entity);
      for (const root of this.unread.get(entity) ?? []) {
        const read = root.deref();
        if (!read?.isConnected) continue;
        const entities = this.rereads.get(read) ?? new Set();
        this.rereads.set(read, entities.add(entity));
      }
      this.unread.delete(entity);
    }
  }

  /** The roots to read again, each once, with the entities whose places are to be read there. */
  takeRereads(): [Root, ReadonlySet<number>][] {
    const rereads = [...this.rereads];
    this.rereads.clear();
    return rereads;
  }

  /**
   * Whether a place where the `k`th term may match is worth reading for
   * it. A root read again for evidence now needed reads only the places of
   * those entities (`only`, from `takeRereads`): the others were read before.
   */
  worth(k: number, only?: ReadonlySet<number>): boolean {
    const { entity } = this.term(k);
    return only ? only.has(entity) : this.wanted(entity) || this.needed.has(entity);
  }

  /**
   * A place of `root` where the `k`th term may match was left unread:
   * remembered, in case it is needed. Not when the root was read again for
   * `only` some entities: its other places were dealt with when it was first read.
   */
  leftUnread(k: number, root: Root, only?: ReadonlySet<number>): void {
    if (only) return;
    const { entity } = this.term(k);
    const known = this.unread.get(entity) ?? [];
    const { body } = root.ownerDocument;
    // The root's places are met one after another: it was remembered at the first. Or the body,
    // remembered for many roots, stands for this one.
    if (known.at(-1)?.deref() === root || (!inShadowTree(root) && known.some((r) => r.deref() === body)))
      return;
    // Those the page let go are forgotten now; one already there is kept once.
    let roots = known.filter((r) => r.deref()?.isConnected && r.deref() !== root);
    roots.push(new WeakRef(root));
    if (roots.length > MAX_UNREAD_ROOTS && body) {
      // A page of many parts that name it: its whole body is read again if it is ever needed,
      // and the shadow roots among them (a walk of the body does not enter them).
      const shadows = roots.filter((r) => r.deref() && inShadowTree(r.deref()!)).slice(-MAX_UNREAD_ROOTS);
      roots = [new WeakRef<Root>(body), ...shadows];
    }
    this.unread.set(entity, roots);
  }

  clear(): void {
    this.needed.clear();
    this.unread.clear();
    this.rereads.clear();
  }
}
