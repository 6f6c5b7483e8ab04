/** The card's styles, adopted into its shadow root (sized in px: the page's rem must not leak in). */
const ENTITY_CARD_CSS = `
:host { all: initial; }
.card { box-sizing: border-box; width: 380px; max-height: 460px; overflow: auto; padding: 14px 16px;
  font: 14px/1.45 system-ui, -apple-system, 'Segoe UI', 'DejaVu Sans', sans-serif; color: #1c1c1e;
  background: #fff; border: 1px solid #d0d0d6; border-radius: 10px; box-shadow: 0 8px 28px rgba(0,0,0,.18); }
.head { display: flex; align-items: baseline; justify-content: space-between; gap: 8px; }
h2 { margin: 0; font-size: 18px; font-weight: 700; }
.kind { font-size: 12px; color: #5b5b66; text-transform: uppercase; letter-spacing: .5px; }
.description { margin: 6px 0 8px; }
.checked { font-size: 11px; color: #5b5b66; white-space: nowrap; }
.why { margin: 0 0 8px; font-size: 12px; color: #5b5b66; }
h3 { margin: 10px 0 6px; font-size: 13px; font-weight: 700; }
.count { font-weight: 400; color: #5b5b66; }
.articles { list-style: none; margin: 0; padding: 0; }
.article { padding: 8px 0; border-top: 1px solid #ececf0; }
.title { font-weight: 600; }
.title a { color: #1a4fb5; }
.note { font-weight: 400; font-style: italic; color: #5b5b66; }
.meta { font-size: 12px; color: #5b5b66; margin: 2px 0 4px; }
.passage { margin: 4px 0; padding-left: 8px; border-left: 3px solid #c9d7f2; color: #2c2c30; }
mark { background: #fde68a; color: inherit; padding: 0 1px; border-radius: 2px; }
.notes { margin-top: 10px; border-top: 1px solid #ececf0; }
.note-editor textarea { box-sizing: border-box; width: 100%; font: inherit; font-size: 13px; padding: 6px; border: 1px solid #c4c4cc; border-radius: 6px; resize: vertical; color: inherit; background: transparent; }
.note-meta { display: flex; justify-content: space-between; gap: 8px; font-size: 11px; color: #5b5b66; margin: 2px 0 8px; }
.error { color: #b3261e; }
.link { font: inherit; font-size: 12px; color: #1a4fb5; background: none; border: 0; padding: 0; cursor: pointer; text-decoration: underline; }
/* A finger needs 44px targets (WCAG 2.5.5): every button of the card, on touch screens. */
@media (pointer: coarse) {
  .note-meta { align-items: center; }
  .link, .more, .chip { display: inline-flex; align-items: center; justify-content: center; min-width: 44px; min-height: 44px; }
}
.heading { display: flex; justify-content: space-between; align-items: baseline; gap: 8px; }
.sources { margin: 0 0 6px; font-size: 11px; color: #5b5b66; }
.related { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 6px; }
.chip { font: inherit; font-size: 12px; padding: 2px 8px; border: 1px solid #c4c4cc; border-radius: 999px; background: transparent; color: inherit; cursor: pointer; }
.compare { margin-top: 4px; container-type: inline-size; }
.timeline { position: relative; height: 34px; margin: 6px 6px 8px; border-bottom: 2px solid #c4c4cc; }
.month { position: absolute; top: 0; font-size: 10px; color: #5b5b66; }
.dot { position: absolute; bottom: -6px; width: 10px; height: 10px; margin-left: -5px; border-radius: 50%; background: #2f6fdf; border: 2px solid #fff; }
/* One article under another in a card; side by side only where each gets 220px. */
.columns { list-style: none; margin: 0; padding: 0 0 6px; display: grid; gap: 10px; }
.column { min-width: 0; overflow-wrap: anywhere; }
@container (min-width: 460px) { .columns { grid-template-columns: repeat(auto-fit, minmax(220px, 1fr)); } }
.when { font-weight: 700; font-size: 12px; color: #2f6fdf; }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.more { font: inherit; font-size: 12px; color: #1a4fb5; background: none; border: 0; padding: 0; cursor: pointer; text-decoration: underline; }
@media (prefers-color-scheme: dark) {
  .card { color: #ececf1; background: #1f2024; border-color: #3a3b42; }
  .kind, .why, .count, .note, .meta, .month, .checked, .sources { color: #a9a9b5; }
  .dot { border-color: #1f2024; }
  .chip { border-color: #4a4b52; }
  .article { border-color: #32333a; }
  .title a, .more, .link { color: #8ab4ff; }
  .note-meta { color: #a9a9b5; }
  .notes { border-color: #32333a; }
  .error { color: #ff8a80; }
  .passage { color: #d6d6de; border-color: #3b5b94; }
  mark { background: #6b5712; }
}
`;

let sheet: CSSStyleSheet | undefined;

/**
 * The card's styles as a constructable stylesheet, to adopt into a shadow
 * root: a page's Content-Security-Policy does not block those.
 */
export function entityCardSheet(): CSSStyleSheet {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(ENTITY_CARD_CSS);
  }
  return sheet;
}
