/**
 * Which parts of a page Gloss never reads for names: code, forms, editors,
 * SVG, hidden text and its own UI. Pure decisions over one element.
 */

/** Put on Gloss's own UI host so that it is never read or hit-tested as page text. */
export const UI_ATTR = 'data-gloss-ui';

/** The attributes whose change can turn an element's text on or off for Gloss. */
export const SKIP_ATTRIBUTES = ['hidden', 'contenteditable', 'role', 'class', UI_ATTR];

const HTML_NS = 'http://www.w3.org/1999/xhtml';
const SKIPPED_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'BUTTON',
  'CODE',
  'KBD',
  'SAMP',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'CANVAS',
  'HEAD',
]);
/** Code editors that draw their text in plain elements rather than in an editable region. */
const EDITOR_CLASS = /\b(CodeMirror|cm-editor|monaco-editor|ace_editor|ProseMirror|ql-editor)\b/;

/** Whether this element's own tag or attributes keep Gloss out of its text. */
export function isSkipped(el: Element): boolean {
  if (el.namespaceURI !== HTML_NS || SKIPPED_TAGS.has(el.tagName)) return true;
  // Most elements of an article carry no attribute at all.
  if (!el.hasAttributes()) return false;
  if (el.hasAttribute(UI_ATTR) || el.hasAttribute('hidden')) return true;
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false') return true;
  if (el.getAttribute('role') === 'textbox') return true;
  const cls = el.getAttribute('class');
  return cls !== null && EDITOR_CLASS.test(cls);
}

/**
 * Skip decisions for a page, remembered: each element's own decision, and
 * whether it or an ancestor is skipped (cheaper than a TreeWalker filter,
 * which would call into script for every element). Kept true by `recheck`
 * when an element's attributes change.
 */
export class SkipDecisions {
  private readonly own = new WeakMap<Element, boolean>();
  private inside = new WeakMap<Element, boolean>();

  /** Whether Gloss stays out of text under `el`. */
  isInsideSkipped(el: Element | null): boolean {
    if (!el) return false;
    let skipped = this.inside.get(el);
    if (skipped === undefined) {
      skipped = this.ownOf(el) || this.isInsideSkipped(el.parentElement);
      this.inside.set(el, skipped);
    }
    return skipped;
  }

  /**
   * After `el`'s attributes changed: 'skipped' or 'read' when its own
   * decision flipped, undefined when nothing Gloss read depends on it (never
   * decided: the walk decides when it gets there) or nothing changed.
   */
  recheck(el: Element): 'skipped' | 'read' | undefined {
    const before = this.own.get(el);
    if (before === undefined) return undefined;
    const now = isSkipped(el);
    if (now === before) return undefined;
    this.own.set(el, now);
    this.inside = new WeakMap();
    return now ? 'skipped' : 'read';
  }

  private ownOf(el: Element): boolean {
    let skipped = this.own.get(el);
    if (skipped === undefined) this.own.set(el, (skipped = isSkipped(el)));
    return skipped;
  }
}
