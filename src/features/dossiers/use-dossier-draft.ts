import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { getActiveCatalog, migrateOpenDrafts } from '../../db/catalog-store';
import { getDatabase } from '../../db/database';
import type { DossierDraft } from '../../db/dossier-types';
import { getDraft, saveDraft } from '../../db/drafts';
import type { Catalog } from '../../domain/catalog/catalog-types';
import { registerDraftFlush } from '../../lib/draft-flush';
import { createLatestSaver } from '../../lib/latest-saver';
import { emptyDossierDraft } from './draft-state';

type Init = { citizenId?: string; procedureCode?: string };

/**
 * A dossier draft, saved on every change (one write in flight, newest next) and flushed before a lock,
 * an update or the page being hidden. It always follows the active catalog: when a new catalog becomes
 * active while the draft is open, what was typed is saved first, then the draft is migrated and reloaded.
 */
export function useDossierDraft(ownerUserId: string, draftId: string, init: Init) {
  const [draft, setDraft] = useState<DossierDraft>();
  const catalog = useLiveQuery(() => getActiveCatalog(getDatabase()), []);
  const version = catalog?.version;
  const catalogRef = useRef<Catalog | undefined>(catalog);
  catalogRef.current = catalog;
  const initRef = useRef(init);
  const saver = useMemo(
    () => createLatestSaver<DossierDraft>((data) => saveDraft(getDatabase(), { id: draftId, ownerUserId, kind: 'dossier', data })),
    [draftId, ownerUserId],
  );

  useEffect(() => {
    const active = catalogRef.current;
    if (!active) return;
    let cancelled = false;
    void (async () => {
      const db = getDatabase();
      await saver.flush();
      let record = await getDraft(db, ownerUserId, draftId);
      if (record && (record.data as DossierDraft).catalogVersion !== active.version) {
        await migrateOpenDrafts(db, ownerUserId, active);
        record = await getDraft(db, ownerUserId, draftId);
      }
      if (cancelled) return;
      setDraft(record ? (record.data as DossierDraft) : emptyDossierDraft(draftId, active.version, initRef.current));
    })();
    return () => {
      cancelled = true;
    };
  }, [version, draftId, ownerUserId, saver]);

  useEffect(() => {
    const unregister = registerDraftFlush(() => saver.flush());
    const onHide = () => void saver.flush();
    addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onHide);
    return () => {
      unregister();
      removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onHide);
    };
  }, [saver]);

  const update = useCallback((change: (current: DossierDraft) => DossierDraft) => {
    setDraft((current) => {
      if (!current) return current;
      const next = change(current);
      saver.save(next);
      return next;
    });
  }, [saver]);
  const flush = useCallback(() => saver.flush(), [saver]);
  return { draft: draft?.catalogVersion === version ? draft : undefined, catalog, update, flush };
}
