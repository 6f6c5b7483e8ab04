/**
 * What is left to read on the page, read one slice at a time: roots (the
 * body, an added subtree, a shadow root) whose text is read in one native
 * call and walked only to the places a name may start (root-text.ts), text
 * nodes the page changed, and elements to look under for shadow roots. The
 * runs read in a slice are asked about together (questions.ts), and their
 * answers judged in the slices after (verdicts.ts).
 */
import type { Term } from '../matching/rules';
import { matchOf, type FoundMatch, type Finder } from '../matching/finding';
import type { Mentions } from './mentions';
import { isAsRead, runAround, type Run } from './runs';
import { askAbout, isHuge, readRootText, toRead, type RootReading, type RootWork } from './root-text';
import { PlaceChoice } from './place-choice';
import type { SkipDecisions } from './skip-rules';
import { ShadowRoots, type HostWork } from './shadow-roots';
import type { SliceEnd } from './sliced-pass';
import type { Verdicts } from './verdicts';
import { Questions, type RunRead } from './questions';
import { MAX_PLACES_TEXT } from '../messaging/contract';

/**
 * How many queued roots, and how much of their text, are asked about while
 * the walk waits for the first one's answer: one message's worth, so that a
 * page adding huge parts does not hold the background, which serves every
 * tab, for all of them at once.
 */
const ASK_AHEAD = 64;
const ASK_AHEAD_CHARS = MAX_PLACES_TEXT;
const TEXT = 3;
const ELEMENT = 1;

/** A text node the page added or changed, or that Gloss has a reason to read again. */
interface TextWork {
  read: Text;
}

type Work = RootWork | TextWork | HostWork;

export interface ReadingParts {
  doc: Document;
  /** The background's answers: places in a root's text, matches in runs. */
  finder: Finder;
  /** The `k`th term of the dictionary, which found matches name by number. */
  term: (k: number) => Term;
  /** Whether the reader wants this entity marked (its kind is on); all are, unless given. */
  wantsEntity?: (entity: number) => boolean;
  skips: SkipDecisions;
  shadowRoots: ShadowRoots;
  verdicts: Verdicts;
  mentions: Mentions;
  /** Asks for a slice: an answer came. */
  schedule: () => void;
}

export class ReadingQueue {
  private readonly queue: Work[] = [];
  /** The run read last: the places after the first one in it were read with it. */
  private lastRun: Run | undefined;
  /** Questions to the background, and the runs' answers waiting to be judged. */
  private readonly questions: Questions;
  private readonly skipped = (el: Element | null) => this.parts.skips.isInsideSkipped(el);
  /** Which places are worth reading. */
  private readonly choice: PlaceChoice;
  private readonly asking: Pick<RootReading, 'places' | 'noticed'> = {
    places: (text, from, to) => this.questions.places(text, from, to),
    // Evidence an ambiguous name needs was left unread in roots read before: they are read again.
    noticed: (places) => {
      this.choice.notice(places);
      this.readAgain();
    },
  };

  constructor(private readonly parts: ReadingParts) {
    this.questions = new Questions(parts.finder, parts.schedule);
    this.choice = new PlaceChoice(parts.term, parts.wantsEntity ?? (() => true));
  }

  /** Reads `root` (after `readBefore`, read first, whose places it skips) and looks under it for shadow roots. */
  addRoot(root: Element | ShadowRoot, readBefore?: Node): void {
    this.queue.push(toRead(root, readBefore), ShadowRoots.under(root));
  }

  /** Queues a node the page added or changed; true if there is anything to read. */
  add(node: Node): boolean {
    const { skips } = this.parts;
    if (!node.isConnected || skips.isInsideSkipped(node.parentElement)) return false;
    if (node.nodeType === TEXT) {
      this.queue.push({ read: node as Text });
      return true;
    }
    if (node.nodeType !== ELEMENT || skips.isInsideSkipped(node as Element)) return false;
    this.addRoot(node as Element);
    return true;
  }

  /** The page changed this text: a run read with it is not read already. */
  forget(text: Text): void {
    if (this.lastRun?.nodes.includes(text)) this.lastRun = undefined;
  }

  /** A pass ended, or texts were dropped in bulk: every text may be read again. */
  forgetLastRun(): void {
    this.lastRun = undefined;
  }

  /** Forgets all there was to read, and every question asked: their answers are dropped. */
  clear(): void {
    this.questions.clear();
    this.choice.clear();
    this.queue.length = 0;
    this.lastRun = undefined;
  }

  /** One slice of the pass: work until `deadline`, the pieces and runs read sent to be asked about at its end. */
  slice(deadline: number): SliceEnd {
    const { questions, queue, parts } = this;
    let waiting = false;
    while (questions.hasAnswers && performance.now() < deadline) {
      const { read, found } = questions.nextAnswer()!;
      this.judgeRun(read, found);
    }
    this.readAgain();
    while (queue.length > 0 && performance.now() < deadline) {
      const work = queue[0]!;
      if ('read' in work) this.readText(work.read);
      else if ('root' in work && this.splitAt(0)) continue;
      else if ('root' in work) {
        const step = this.readRoot(work, deadline);
        waiting = step === 'wait';
        if (step !== 'done') break;
      } else if (!parts.shadowRoots.lookFor(work, this.skipped)) continue;
      queue.shift();
    }
    if (waiting) this.askAhead(deadline);
    questions.send();
    const idle = queue.length === 0 && !questions.hasAnswers;
    if ((idle && !questions.waiting) || parts.mentions.worthPainting) parts.mentions.paint();
    if (questions.hasAnswers || (queue.length > 0 && !waiting)) return 'more';
    return idle && !questions.waiting ? 'done' : 'wait';
  }

  /**
   * While the walk waits for a root's places, the roots queued after it are
   * read and asked about in the same message: a page that adds its parts one
   * by one while it loads would otherwise cost a round trip each.
   */
  private askAhead(deadline: number): void {
    let chars = 0;
    for (let k = 1; k < this.queue.length && k <= ASK_AHEAD && performance.now() < deadline; k++) {
      // A huge part becomes its parts, the first of them now at `k`.
      while (this.splitAt(k));
      const work = this.queue[k]!;
      if (!('root' in work) || work.asked > 0) continue;
      if (askAbout(work, deadline, this.asking) === 'more') return;
      chars += work.pieces?.reduce((sum, piece) => sum + piece.to - piece.from, 0) ?? 0;
      if (chars >= ASK_AHEAD_CHARS) return;
    }
  }

  /**
   * A subtree too big to read in one call is read by its children instead,
   * each a root of its own (text between them read as it stands), so no
   * slice holds the page for one long native read: the 5 MB bench page's
   * `body.textContent` alone takes 18–21 ms, each of its articles at most
   * 3 ms. A name split across two of its children (inline ones) would be
   * missed; a page has that many elements in a long list or log, whose
   * entries are blocks. Whether it split the work at `k`.
   */
  private splitAt(k: number): boolean {
    const work = this.queue[k];
    if (!work || !('root' in work) || !isHuge(work)) return false;
    const parts: Work[] = [];
    for (const child of work.root.childNodes) {
      if (child.nodeType === ELEMENT && !this.skipped(child as Element))
        parts.push(toRead(child as Element, work.readBefore));
      else if (child.nodeType === TEXT) parts.push({ read: child as Text });
    }
    this.queue.splice(k, 1, ...parts);
    return true;
  }

  /** Reads a root, then the run at each of its places, until the deadline or an answer to wait for. */
  private readRoot(work: RootWork, deadline: number): 'done' | 'more' | 'wait' {
    const step = readRootText(work, deadline, {
      ...this.asking,
      doc: this.parts.doc,
      worth: (term) => this.choice.worth(term, work.only),
      leftUnread: (term, root) => this.choice.leftUnread(term, root, work.only),
      visit: (node) => !work.readBefore?.contains(node) && this.readText(node),
    });
    // The page changed the text while it was read (a ticker): its parts are read apart, so
    // one part that never stops changing cannot keep the rest from being read.
    if (step === 'changed') for (const child of work.root.childNodes) this.add(child);
    return step === 'changed' ? 'done' : step;
  }

  /** Reads the run a text node is in and sends it to be matched, unless it was just read; whether it read it. */
  private readText(text: Text): boolean {
    if (!text.isConnected || this.lastRun?.nodes.includes(text) || this.skipped(text.parentElement))
      return false;
    const run = runAround(text, this.skipped);
    this.lastRun = run;
    this.questions.add({ run, node: text });
    return true;
  }

  /**
   * Records the mentions of a run whose matches came back, replacing what was
   * known of its texts, unless the page changed them since they were read:
   * then they are read again.
   */
  private judgeRun({ run, node }: RunRead, answer: FoundMatch[]): void {
    // The page changed the run since it was read, or Gloss now stays out of it (made editable).
    if (!isAsRead(run) || run.nodes.some((n) => this.skipped(n.parentElement))) {
      // A change inside an inline child ("<b>x</b>" emptied) queues only that child: read them all again.
      for (const n of run.nodes) this.add(n);
      return;
    }
    const matches = answer.map((m) => matchOf(m, this.parts.term));
    // An ambiguous name in text read apart from its root (the page rewrote it) needs the page's
    // evidence too: roots whose places of it were left unread are read again (`readAgain`).
    for (const m of matches) if (!m.confirmed) this.choice.need(m.term);
    this.parts.verdicts.judge(run, node, matches);
  }

  /** Roots whose unread places are now needed are read again, once each, walking to those places only. */
  private readAgain(): void {
    for (const [root, only] of this.choice.takeRereads()) this.queue.push({ ...toRead(root), only });
  }
}
