/**
 * The highlighter's questions to the background's finding: where names may
 * start in a root's text, and the matches in the runs of words read there.
 * Both go in batches (the pieces and the runs read in one slice together:
 * a page that adds many small parts while it loads asks once per slice, not
 * once per part, as each message costs the page), answers wait here
 * for the slices after, and every question is counted, so that a pass knows
 * when it is waiting rather than done. Answers to questions asked before a
 * `clear` are dropped.
 */
import type { FoundMatch, Finder, Piece, Places } from '../matching/finding';
import { MAX_PIECES, MAX_PLACES_TEXT, MAX_RUN_TEXT, MAX_RUNS, MAX_RUNS_TEXT } from '../messaging/contract';
import type { Run } from './runs';

/** A run read and sent to be matched; `node` is the text whose read it was. */
export interface RunRead {
  run: Run;
  node: Text;
}

export interface Answer {
  read: RunRead;
  found: FoundMatch[];
}

/** A piece asked about, and who waits for its places. */
interface PieceAsked {
  piece: Piece;
  answer: (places: Places) => void;
  fail: (error: unknown) => void;
}

export class Questions {
  private readonly unsent: RunRead[] = [];
  private unsentChars = 0;
  private readonly unsentPieces: PieceAsked[] = [];
  private unsentPieceChars = 0;
  private readonly answers: Answer[] = [];
  private asking = 0;
  private generation = 0;

  /** `answered` is called when an answer comes: the pass can go on. */
  constructor(
    private readonly finder: Finder,
    private readonly answered: () => void,
  ) {}

  /** Whether an answer is still to come. */
  get waiting(): boolean {
    return this.asking > 0;
  }

  /** Whether answers wait to be judged. */
  get hasAnswers(): boolean {
    return this.answers.length > 0;
  }

  /** The next answer to judge, oldest first. */
  nextAnswer(): Answer | undefined {
    return this.answers.shift();
  }

  /** Where names may start in [from, to) of a root's text: asked with the others of this slice (`send`). */
  places(text: string, from: number, to: number): Promise<Places> {
    if (this.unsentPieceChars + text.length > MAX_PLACES_TEXT || this.unsentPieces.length >= MAX_PIECES)
      this.sendPieces();
    this.unsentPieceChars += text.length;
    return new Promise((answer, fail) => this.unsentPieces.push({ piece: { text, from, to }, answer, fail }));
  }

  /** A run read: sent with the others of this slice (`send`), or at once when they are already many. */
  add(read: RunRead): void {
    this.unsent.push(read);
    this.unsentChars += Math.min(read.run.text.length, MAX_RUN_TEXT);
    if (this.unsentChars > MAX_RUNS_TEXT - MAX_RUN_TEXT || this.unsent.length >= MAX_RUNS) this.send();
  }

  /** Sends the pieces and the runs read since the last time. */
  send(): void {
    this.sendPieces();
    this.sendRuns();
  }

  private sendPieces(): void {
    if (this.unsentPieces.length === 0) return;
    const asked = this.unsentPieces.splice(0);
    this.unsentPieceChars = 0;
    const generation = this.ask();
    this.finder
      .places(asked.map((a) => a.piece))
      .then(
        (found) => asked.forEach((a, k) => a.answer(found[k] ?? [])),
        (error: unknown) => asked.forEach((a) => a.fail(error)),
      )
      .finally(() => this.answer(generation));
  }

  private sendRuns(): void {
    if (this.unsent.length === 0) return;
    const reads = this.unsent.splice(0);
    this.unsentChars = 0;
    const generation = this.ask();
    this.finder
      .matches(reads.map((read) => read.run.text.slice(0, MAX_RUN_TEXT)))
      .then(
        (found) => {
          if (generation !== this.generation) return;
          found.forEach((f, k) => this.answers.push({ read: reads[k]!, found: f }));
        },
        // A background that cannot answer (Gloss was updated under the page) finds nothing.
        () => undefined,
      )
      .finally(() => this.answer(generation));
  }

  /** Forgets every question: answers still to come are dropped. */
  clear(): void {
    this.generation++;
    this.unsent.length = 0;
    this.unsentChars = 0;
    this.unsentPieces.length = 0;
    this.unsentPieceChars = 0;
    this.answers.length = 0;
    this.asking = 0;
  }

  private ask(): number {
    this.asking++;
    return this.generation;
  }

  private answer(generation: number): void {
    if (generation !== this.generation) return;
    this.asking--;
    this.answered();
  }
}
