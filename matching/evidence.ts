/**
 * Evidence: which matches a page (or an article) confirms. A short or
 * ambiguous form counts only where its entity is also named without doubt.
 */
import { AMBIGUOUS, type Match } from './rules';

/**
 * Keeps the matches that need no evidence, and ambiguous ones ("Astana",
 * "Abrams") only for entities that `evidence` holds: entities named on the
 * same page or in the same article by an unambiguous form. A short form alone
 * is not enough to tell the Astana format from the city. Matches that need
 * evidence near them (`near`) look in `nearby` instead, asked for only when
 * one does: the paragraph on a page; the article, by default.
 */
export function withEvidence(
  matches: readonly Match[],
  evidence: ReadonlySet<number>,
  nearby: () => ReadonlySet<number> = () => evidence,
): Match[] {
  let near: ReadonlySet<number> | undefined;
  return matches.filter((m) => {
    if (m.confirmed) return true;
    if (m.near) return evidencedIn(m, (near ??= nearby()));
    return !(m.term.flags & AMBIGUOUS) || evidencedIn(m, evidence);
  });
}

/** Whether `evidence` names the match's entity or one that confirms it (`Term.evidence`). */
function evidencedIn(m: Match, evidence: ReadonlySet<number>): boolean {
  return evidence.has(m.term.entity) || (m.term.evidence?.some((e) => evidence.has(e)) ?? false);
}

/** The entities that `matches` name unambiguously. */
export function evidenceOf(matches: readonly Match[]): Set<number> {
  const entities = new Set<number>();
  for (const m of matches) if (!(m.term.flags & AMBIGUOUS) || m.confirmed) entities.add(m.term.entity);
  return entities;
}
