/**
 * Asks the background to make one settings change, and keeps what to tell
 * the reader about it where they acted: why it failed, or a note such as
 * "Already off: …". A change that did not go through is never shown as done:
 * switches render from the stored settings.
 */
import { useState } from 'preact/hooks';
import type { SettingsChange } from '../settings/settings-change';
import { ask } from '../messaging/ask';
import { t } from '../i18n/i18n';

export interface ChangeMessage {
  kind: 'error' | 'note';
  text: string;
}

export function useSettingsChange(): [
  ChangeMessage | undefined,
  (change: SettingsChange) => Promise<boolean>,
] {
  const [message, setMessage] = useState<ChangeMessage>();
  const change = async (change: SettingsChange) => {
    setMessage(undefined);
    const result = await ask({ type: 'changeSettings', change }).catch(
      (error: unknown) =>
        ({
          ok: false,
          error: t('settingsChange.notAnswering', { reason: String(error) }),
        }) as const,
    );
    // No answer at all: the background refused a malformed change (a bug), which must not pass for saved.
    if (!result) {
      setMessage({ kind: 'error', text: t('settingsChange.refused') });
      return false;
    }
    if (!result.ok) setMessage({ kind: 'error', text: result.error });
    else if (result.value) setMessage({ kind: 'note', text: result.value });
    return result.ok;
  };
  return [message, change];
}

/** The message, if any, as the reader sees it: an alert for errors, a polite status for notes. */
export function ChangeMessageView({ message }: { message: ChangeMessage | undefined }) {
  if (!message) return null;
  return message.kind === 'error' ? (
    <p role="alert" class="error">
      {message.text}
    </p>
  ) : (
    <p role="status" class="muted">
      {message.text}
    </p>
  );
}
