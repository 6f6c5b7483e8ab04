/**
 * How syncing notes stands, in the reader's words, for the settings page and
 * the notebook: the space notes use, which notes stay on this device, and a
 * failure that persists (one the browser's limits will lift soon is retried
 * quietly first).
 */
import { useEffect, useState } from 'preact/hooks';
import {
  readSyncStatus,
  REPORT_AFTER_FAILURES,
  watchSyncStatus,
  type SyncStatus,
} from '../messaging/sync-status';
import { formatDate, formatNumber, t } from '../i18n/i18n';

export function useSyncStatus(): SyncStatus | undefined {
  const [status, setStatus] = useState<SyncStatus>();
  useEffect(() => {
    void readSyncStatus().then((s) => s && setStatus(s));
    return watchSyncStatus(setStatus);
  }, []);
  return status;
}

const REASONS = {
  quota: 'sync.fullReason',
  rate: 'sync.rateReason',
  other: 'sync.refusedReason',
} as const;

/** Kilobytes as the browser's quotas count them (1,024 bytes), to a tenth. */
const kB = (bytes: number): string => formatNumber(Math.round((bytes / 1024) * 10) / 10);

/** A failure to sync that persists: said, with when Gloss tries again. */
export function SyncFailure({ status }: { status: SyncStatus | undefined }) {
  if (!status?.on || !status.error || status.failures < REPORT_AFTER_FAILURES) return null;
  return (
    <p role="alert" class="error">
      {t('sync.failing', {
        reason: t(REASONS[status.error]),
        time: status.retryAt ? formatDate(new Date(status.retryAt), 'moment') : '—',
      })}
    </p>
  );
}

/** The space notes use in the browser's synced storage, and how many notes it holds. */
export function SyncSpace({ status }: { status: SyncStatus }) {
  return (
    <>
      <p>{t('sync.space', { used: kB(status.usedBytes), room: kB(status.roomBytes) })}</p>
      <meter
        class="sync-space"
        min={0}
        max={status.roomBytes}
        value={status.usedBytes}
        aria-label={t('sync.usage')}
      />
      <p>{t('sync.counts', { synced: status.synced, local: status.localOnly.length })}</p>
    </>
  );
}
