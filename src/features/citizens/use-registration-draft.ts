import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { getDatabase } from '../../db/database';
import { getDraft, saveDraft } from '../../db/drafts';
import { registerDraftFlush } from '../../lib/draft-flush';
import { createLatestSaver } from '../../lib/latest-saver';
import { emptyRegistrationForm, type RegistrationForm } from './registration-form';

type Defaults = Parameters<typeof emptyRegistrationForm>[0];

/**
 * The registration form, saved to the user's drafts on every change (one write in flight, newest next),
 * and flushed before an update, a lock, or the page being hidden: a closed tab or a flat battery loses
 * at most the last keystroke.
 */
export function useRegistrationDraft(ownerUserId: string, draftId: string, defaults: Defaults) {
  const [form, setForm] = useState<RegistrationForm>();
  const saver = useMemo(
    () => createLatestSaver<RegistrationForm>((data) => saveDraft(getDatabase(), { id: draftId, ownerUserId, kind: 'citizen', data })),
    [draftId, ownerUserId],
  );
  const defaultsRef = useRef(defaults);

  useEffect(() => {
    let cancelled = false;
    void getDraft(getDatabase(), ownerUserId, draftId).then((draft) => {
      if (cancelled) return;
      if (draft) setForm(draft.data as RegistrationForm);
      else setForm({ ...emptyRegistrationForm(defaultsRef.current), id: draftId });
    });
    return () => {
      cancelled = true;
    };
  }, [draftId, ownerUserId]);

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

  const update = useCallback((change: (current: RegistrationForm) => RegistrationForm) => {
    setForm((current) => {
      if (!current) return current;
      const next = change(current);
      saver.save(next);
      return next;
    });
  }, [saver]);
  const flush = useCallback(() => saver.flush(), [saver]);
  return { form, update, flush };
}
