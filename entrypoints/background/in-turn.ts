/**
 * Work on one stored record, one at a time: each read-change-write runs after
 * everything asked of the same record before, so two at once never both read
 * the old value (two frames' reports, two redemptions of one token).
 */
const queues = new Map<unknown, Promise<unknown>>();

export function inTurn<T>(record: unknown, work: () => Promise<T>): Promise<T> {
  const next = (queues.get(record) ?? Promise.resolve()).then(work, work);
  queues.set(record, next);
  void next.finally(() => {
    if (queues.get(record) === next) queues.delete(record);
  });
  return next;
}
