/**
 * The page's open shadow roots that Gloss reads: those of its web
 * components, found by looking at each custom element (there is no native
 * way to find shadow roots; one XPath query finds the elements whose name
 * has a hyphen, so script meets only those, not every element of the
 * page), in batches a slice can hold. Each root is given Gloss's
 * `::highlight` rules while Gloss reads it, and its own styles back when its
 * host goes or Gloss stops.
 *
 * Trade-off: a shadow root on a built-in element (a `div`'s) is not read.
 * Pages put their own text in web components; built-in hosts are rare, and
 * looking at every element cost a news page 2 ms of its main thread, more
 * than reading all of its text.
 */

/**
 * Elements to look at for open shadow roots. Kept apart from the text: most
 * pages have no shadow root at all.
 */
export interface HostWork {
  hostsOf: Element | ShadowRoot;
  /** The elements that may host a shadow root, listed when the work begins (inside a slice). */
  below?: ArrayLike<Element>;
  /** -1 for the root itself, then its descendants. */
  index: number;
}

const DOCUMENT_FRAGMENT = 11;
/** Custom elements (web components): their names have a hyphen. */
const CUSTOM_ELEMENTS = "descendant::*[contains(local-name(), '-')]";

/**
 * The custom elements under `root`, found natively. Inside a shadow root,
 * which XPath does not search, every element (such roots are small).
 */
function customElementsIn(root: Element | ShadowRoot): ArrayLike<Element> {
  if (root.nodeType === DOCUMENT_FRAGMENT) return root.querySelectorAll('*');
  const found = root.ownerDocument.evaluate(
    CUSTOM_ELEMENTS,
    root,
    null,
    XPathResult.ORDERED_NODE_SNAPSHOT_TYPE,
    null,
  );
  const elements: Element[] = [];
  for (let k = 0; k < found.snapshotLength; k++) elements.push(found.snapshotItem(k) as Element);
  return elements;
}
/** Elements looked at for shadow roots between two looks at the clock. */
const HOSTS_BATCH = 1024;

export class ShadowRoots {
  /** Open shadow roots whose text Gloss reads: hit-testing needs them. */
  readonly open = new Set<ShadowRoot>();

  /**
   * `sheet` holds the `::highlight` rules the page-wide stylesheet does not
   * reach; `entered` hears of each root found, to read and watch it.
   */
  constructor(
    private readonly sheet: CSSStyleSheet | undefined,
    private readonly entered: (root: ShadowRoot) => void,
  ) {}

  /** The work of looking under `root` (and at `root` itself, unless it is a shadow root). */
  static under(root: Element | ShadowRoot): HostWork {
    return { hostsOf: root, index: root.nodeType === DOCUMENT_FRAGMENT ? 0 : -1 };
  }

  /** Looks at a batch of elements; true when all were seen. `skipped` elements' roots are left alone. */
  lookFor(work: HostWork, skipped: (el: Element) => boolean): boolean {
    const root = work.hostsOf;
    const below = (work.below ??= customElementsIn(root));
    const end = Math.min(below.length, work.index + HOSTS_BATCH);
    for (; work.index < end; work.index++) {
      const el = work.index < 0 ? (root as Element) : below[work.index]!;
      const shadow = el.shadowRoot;
      // The list was made when the work began: the page may have removed an element since.
      if (shadow && !this.open.has(shadow) && el.isConnected && !skipped(el)) this.enter(shadow);
    }
    return work.index >= below.length;
  }

  /** The roots whose host is `node` or inside it, let go: they went with it. */
  leaveWithin(node: Node): ShadowRoot[] {
    const gone = [...this.open].filter((root) => node.contains(root.host));
    gone.forEach((root) => this.leave(root));
    return gone;
  }

  leaveAll(): void {
    for (const root of this.open) this.leave(root);
  }

  private enter(root: ShadowRoot): void {
    this.open.add(root);
    if (this.sheet) root.adoptedStyleSheets = [...root.adoptedStyleSheets, this.sheet];
    this.entered(root);
  }

  /** Gives the shadow root its own styles back. */
  private leave(root: ShadowRoot): void {
    this.open.delete(root);
    const sheet = this.sheet;
    if (sheet) root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== sheet);
  }
}
