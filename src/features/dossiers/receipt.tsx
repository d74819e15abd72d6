import { useTranslation } from 'react-i18next';
import { useProcedureText } from '../../components/ui/procedure-text';
import { QrCode } from './qr-code';
import type { ReceiptData } from './receipt-data';
import { ReceiptSignatures } from './receipt-signatures';

export type PaperSize = 'a4' | 'a5';

/** The receipt and appointment slip (form 01), printable on A4 or A5 and legible on screen for a photo. */
export function Receipt({ data, size, language, ownerUserId }: { data: ReceiptData; size: PaperSize; language: string; ownerUserId: string }) {
  const { t } = useTranslation('dossier', { lng: language });
  const text = useProcedureText(language);
  const { reference, applicant, resultDue } = data;
  const agency = data.agencyName.toLocaleUpperCase(language);
  return (
    <article className={`receipt receipt-${size}`} lang={language} aria-labelledby="receipt-title" data-testid="receipt">
      <header className="receipt-header">
        <div className="receipt-agency">
          <p>{t(`receipt.agency.${data.resultAt}`, { commune: agency })}</p>
          <p className="receipt-strong">{t(`receipt.unit.${data.resultAt}`)}</p>
        </div>
        <div className="receipt-nation"><p className="receipt-strong">{t('receipt.nation')}</p><p className="receipt-motto">{t('receipt.motto')}</p></div>
      </header>
      <h2 id="receipt-title" className="receipt-title">{t('receipt.title')}</h2>
      <div className="receipt-reference">
        <div>
          <p className="review-label">{reference.official ? t('detail.officialCode') : t('detail.localReference')}</p>
          <p className="reference" data-testid="receipt-reference">{reference.main}</p>
          {reference.official ? <p className="receipt-small">{t('receipt.localSmall', { reference: reference.local })}</p> : <p className="receipt-small">{t('receipt.localNotice')}</p>}
        </div>
        <QrCode text={data.qrText} label={t('receipt.qr', { reference: reference.main })} />
      </div>
      <p>{t('receipt.receivedFrom', { agency: data.agencyName })}</p>
      <dl className="receipt-facts">
        <dt>{t('receipt.applicant')}</dt><dd lang="vi">{applicant.fullName}</dd>
        <dt>{t('receipt.address')}</dt><dd lang="vi">{applicant.address || '—'}</dd>
        <dt>{t('receipt.phone')}</dt><dd>{applicant.phone ?? '—'}</dd>
        <dt>{t('receipt.request')}</dt><dd>{data.procedure.nameKey ? text.catalog(data.procedure.nameKey) : ''} ({data.procedure.code})</dd>
      </dl>
      <h3>{t('receipt.documents')}</h3>
      <ol className="receipt-documents">
        {data.documents.map((d) => (
          <li key={d.id}>{text.catalog(d.labelKey, d.id)}: {d.generated ? t('receipt.generated') : t('receipt.documentLine', { form: t(`catalog:documentForm.${d.form}`, { lng: language }), sets: d.sets, count: d.pages })}</li>
        ))}
      </ol>
      {data.shown.length > 0 ? <p>{t('receipt.shown', { list: data.shown.map((d) => text.catalog(d.labelKey, d.id)).join('; ') })}</p> : null}
      <dl className="receipt-facts">
        <dt>{t('receipt.sets')}</dt><dd>{t('receipt.oneSet')}</dd>
        <dt>{t('receipt.processing')}</dt><dd>{data.processing ? text.processing(data.processing) : t('time.unknown')}</dd>
        <dt>{t('receipt.receivedAt')}</dt><dd>{t('receipt.at', { time: data.received.time, date: text.date(data.received.date) })}</dd>
        <dt>{t('receipt.resultDue')}</dt>
        <dd className="receipt-strong">
          {resultDue ? t(resultDue.estimate ? 'review.dateAround' : 'review.date', { date: text.date(resultDue.date) }) : t('receipt.dueUnknown')}
          {resultDue?.extendedDate ? ` ${t('receipt.extended', { date: text.date(resultDue.extendedDate) })}` : ''}
        </dd>
        <dt>{t('receipt.collectAt')}</dt><dd>{t(`catalog:resultAt.${data.resultAt}`, { lng: language })}, {data.agencyName}</dd>
        <dt>{t('receipt.register')}</dt><dd>{t('receipt.registerBlank')}</dd>
      </dl>
      <ReceiptSignatures data={data} language={language} ownerUserId={ownerUserId} />
    </article>
  );
}
