import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Pictogram } from '../../components/ui/pictogram';
import { navigate } from '../../lib/router';
import { discardDossierDraft } from './use-dossiers';

/** Deleting a draft asks once more: its answers and photos cannot be brought back. */
export function DiscardDraft({ ownerUserId, draftId, flush }: { ownerUserId: string; draftId: string; flush: () => Promise<void> }) {
  const { t } = useTranslation('dossier');
  const [asking, setAsking] = useState(false);
  const discard = async () => {
    // Pending autosaves first, or one would write the draft back after it is gone.
    await flush();
    await discardDossierDraft(ownerUserId, draftId);
    navigate('/dossiers', { replace: true });
  };
  if (!asking) return <button type="button" className="btn btn-danger" onClick={() => setAsking(true)}><Pictogram name="trash" /><span>{t('discard.button')}</span></button>;
  return (
    <div className="banner banner-danger" role="alert">
      <Pictogram name="warning" />
      <div className="banner-text form-stack">
        <p>{t('discard.confirm')}</p>
        <div className="btn-row">
          <button type="button" className="btn btn-danger" onClick={() => void discard()}>{t('discard.yes')}</button>
          <button type="button" className="btn" onClick={() => setAsking(false)}>{t('discard.no')}</button>
        </div>
      </div>
    </div>
  );
}
