import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChoiceField, SelectField } from '../../components/ui/field';
import { Link } from '../../components/ui/link';
import { Page } from '../../components/ui/page';
import { Pictogram } from '../../components/ui/pictogram';
import { findProcedure } from '../../domain/catalog/catalog-data';
import { bundledLanguages } from '../../lib/i18n';
import { useSession } from '../../lib/session';
import { APP_LANGUAGES } from '../../shared/languages';
import { Receipt, type PaperSize } from './receipt';
import { buildReceipt } from './receipt-data';
import { useCatalogOf, useCitizen, useDossier } from './use-dossiers';
import { usePlaceNames } from './use-place';

/**
 * `/dossiers/:id/receipt`: the receipt to print (A4 or A5, the browser's print) or to photograph from
 * the screen. Printed in Vietnamese by default — the language of administrative papers — or in
 * another language the citizen reads.
 */
export function ReceiptPage({ params }: { params: Record<string, string> }) {
  const { t } = useTranslation('dossier');
  const user = useSession((s) => s.user)!;
  const [size, setSize] = useState<PaperSize>('a4');
  const [language, setLanguage] = useState('vi');
  const dossier = useDossier(user.userId, params.id!);
  const catalog = useCatalogOf(dossier?.catalogVersion);
  const citizen = useCitizen(user.userId, dossier?.citizenId);
  const place = usePlaceNames(citizen?.data.address);
  if (dossier === undefined || !catalog || citizen === undefined) return <p role="status">{t('common:app.loading')}</p>;
  if (dossier === null) return <Page title={t('detail.notFoundTitle')} icon="folder"><p>{t('detail.notFound')}</p></Page>;
  const agencyName = user.communes.find((c) => c.code === dossier.communeCode)?.name ?? place.commune ?? dossier.communeCode;
  const data = buildReceipt({
    dossier, procedure: findProcedure(catalog, dossier.procedureCode), place, agencyName, staffName: user.displayName,
    applicant: citizen ? { fullName: citizen.data.fullName, ...(citizen.data.phone ? { phone: citizen.data.phone } : {}) } : undefined,
  });
  return (
    <Page title={t('receipt.pageTitle')} icon="print">
      <div className="receipt-controls no-print form-stack">
        <ChoiceField name="receipt-size" legend={t('receipt.size')} value={size} onChange={(v) => setSize(v as PaperSize)}
          options={[{ value: 'a4', label: t('receipt.a4') }, { value: 'a5', label: t('receipt.a5') }]} />
        <SelectField label={t('receipt.language')} value={language} onChange={(v) => setLanguage(v || 'vi')} placeholder={t('form.choose')}
          options={APP_LANGUAGES.filter((l) => bundledLanguages.includes(l.tag)).map((l) => ({ value: l.tag, label: l.autonym }))} />
        <div className="btn-row">
          <button type="button" className="btn btn-primary btn-large" onClick={() => print()}><Pictogram name="print" /><span>{t('receipt.print')}</span></button>
          <Link href={`/dossiers/${dossier.id}`} className="btn btn-large"><Pictogram name="back" /><span>{t('receipt.back')}</span></Link>
        </div>
        <p className="field-hint">{t('receipt.photoHint')}</p>
      </div>
      <Receipt data={data} size={size} language={language} ownerUserId={user.userId} />
    </Page>
  );
}
