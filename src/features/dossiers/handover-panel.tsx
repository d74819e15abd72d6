import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Banner } from '../../components/ui/banner';
import { Pictogram } from '../../components/ui/pictogram';
import type { DossierDraft } from '../../db/dossier-types';
import { ApiError } from '../../lib/api';
import { useSession } from '../../lib/session';
import type { CreatedHandover } from '../../sync/handovers';
import type { Applicant } from './draft-props';
import { HandoverCode } from './handover-code';
import { handOverDraft } from './use-handover';

const failureKey = (error: unknown) => (error instanceof ApiError && error.isNetwork ? 'handover.errorOffline' : 'handover.errorFailed');

/**
 * Hands this draft to another device by a one-time code (issue 7 §7). From a staff tablet to the citizen's
 * phone only with the citizen's consent, asked in the citizen's own language and confirmed by staff
 * (shared/reference/data-protection.md: explicit, for this purpose); from a citizen's phone to staff.
 */
export function HandoverPanel({ draft, flush, citizen }: { draft: DossierDraft; flush: () => Promise<void>; citizen: Applicant }) {
  const { t, i18n } = useTranslation('dossier');
  const user = useSession((s) => s.user)!;
  const toStaff = user.role === 'citizen';
  const [open, setOpen] = useState(false);
  const [consented, setConsented] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string>();
  const [created, setCreated] = useState<CreatedHandover>();
  const language = citizen.data.preferredLanguage ?? i18n.language;
  const inCitizenLanguage = i18n.getFixedT(language, 'dossier');
  const communeCode = user.communes.find((c) => c.code === citizen.communeCode)?.code ?? user.communes[0]?.code ?? '';

  const create = async () => {
    setBusy(true);
    setFailure(undefined);
    try {
      await flush();
      setCreated(await handOverDraft(user.userId, draft, communeCode, toStaff ? undefined : { given: true, language }));
    } catch (error) {
      setFailure(failureKey(error));
    } finally {
      setBusy(false);
    }
  };

  if (!open) {
    return (
      <button type="button" className="btn btn-large" onClick={() => (toStaff ? void (setOpen(true), create()) : setOpen(true))}>
        <Pictogram name="qr" /><span>{toStaff ? t('handover.toStaff') : t('handover.toCitizen')}</span>
      </button>
    );
  }
  return (
    <section className="card form-stack" aria-labelledby="handover-title">
      <h2 id="handover-title">{toStaff ? t('handover.toStaff') : t('handover.toCitizen')}</h2>
      {failure ? <Banner tone="danger">{t(failure)}</Banner> : null}
      {created ? <HandoverCode code={created.code} expiresAt={created.expiresAt} /> : null}
      {!created && !toStaff ? (
        <>
          <label className="check-inline" lang={language}>
            <input type="checkbox" checked={consented} onChange={(e) => setConsented(e.target.checked)} />
            <span>{inCitizenLanguage('handover.consentText')}</span>
          </label>
          <p className="field-hint">{t('handover.consentHint')}</p>
          <button type="button" className="btn btn-primary btn-large" disabled={!consented || busy} onClick={() => void create()}>
            <Pictogram name="qr" /><span>{busy ? t('handover.creating') : t('handover.create')}</span>
          </button>
        </>
      ) : null}
      {!created && toStaff && busy ? <p role="status">{t('handover.creating')}</p> : null}
      {!created && toStaff && failure ? <button type="button" className="btn" onClick={() => void create()}>{t('handover.retry')}</button> : null}
    </section>
  );
}
