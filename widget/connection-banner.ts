// Which banner the chat shows for the state of its connection: a pure decision, so
// the order (offline beats reconnecting beats failed beats degraded) is unit-tested.
import type { ConnectionState } from './chat-connection';
import { t } from './messages/catalogue';

export interface ConnectionStatus {
  offline: boolean;
  state: ConnectionState;
  degraded: boolean;
  /** Why the server refused, when it said. */
  detail?: string;
}

export interface Banner {
  text: string;
  failed: boolean;
  /** Offer "Try again" (after the server refused the connection). */
  retry: boolean;
}

export function bannerFor(status: ConnectionStatus): Banner | null {
  if (status.offline) return { text: t('widget.banner.offline'), failed: false, retry: false };
  if (status.state === 'reconnecting') return { text: t('widget.banner.reconnecting'), failed: false, retry: false };
  if (status.state === 'failed') {
    const text = `${t('widget.banner.failed')}${status.detail ? ` ${status.detail}` : ''}`;
    return { text, failed: true, retry: true };
  }
  if (status.degraded) return { text: t('widget.banner.degraded'), failed: false, retry: false };
  return null;
}
