import type { DocumentChangedEvent, DocumentDetail } from '@inclusieplein/contract';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAnnounce } from '../../a11y/LiveRegion';
import { useDocumentRoom, useSocketEvent } from '../../realtime/useRealtime';
import { useSession } from '../../session/SessionContext';

export interface DocumentLive {
  /** Text of the last live change shown on the page, or null. */
  notice: string | null;
  clear: () => void;
  /** Whether the server accepted this page into the document's live room. */
  joined: boolean;
}

const WAITING = new Set(['pending', 'processing']);

/**
 * Watches a document for new versions, changes by others and finished checks. Each change
 * reloads the document, shows a notice in place and is announced once, politely. Focus stays.
 */
export function useDocumentLive(documentId: string, current: DocumentDetail | undefined, reload: () => Promise<DocumentDetail | undefined>): DocumentLive {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const { user } = useSession();
  const [notice, setNotice] = useState<string | null>(null);
  const joined = useDocumentRoom(documentId);

  const onChanged = useCallback(
    async (event: DocumentChangedEvent) => {
      if (event.documentId !== documentId) return;
      const wasChecking = current !== undefined && WAITING.has(current.currentVersion.extractionStatus);
      const next = await reload();
      // NOTE: the event names the actor only by display name, so a change by someone with the same name counts as one's own.
      const byOther = event.actorDisplayName !== null && event.actorDisplayName !== user?.displayName;
      let text: string | null = null;
      if (event.change === 'version_added' && byOther) {
        text = t('documents.live.newVersion', { number: event.versionNumber, name: event.actorDisplayName });
      } else if (wasChecking && next && !WAITING.has(next.currentVersion.extractionStatus)) {
        text = t('documents.live.checked');
      } else if (event.change === 'updated' && byOther) {
        text = t('documents.live.updated', { name: event.actorDisplayName });
      }
      if (text) {
        setNotice(text);
        announce(text);
      }
    },
    [documentId, current, reload, user?.displayName, announce, t],
  );
  useSocketEvent('document.changed', (event) => void onChanged(event));

  // A check that finished between loading the page and joining the room sent its event too early,
  // so the page reloads once after joining while the check still seemed to be running.
  const waitingWhenJoined = useRef(false);
  useEffect(() => {
    if (!joined || waitingWhenJoined.current || !current || !WAITING.has(current.currentVersion.extractionStatus)) return;
    waitingWhenJoined.current = true;
    void reload();
  }, [joined, current, reload]);

  const clear = useCallback(() => setNotice(null), []);
  return { notice, clear, joined };
}
