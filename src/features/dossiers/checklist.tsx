import { useTranslation } from 'react-i18next';
import { Pictogram } from '../../components/ui/pictogram';
import { useProcedureText } from '../../components/ui/procedure-text';
import type { MissingItem } from '../../domain/catalog/missing-items';

/** Brings the missing answer or document into view, and puts the cursor in it. */
function reveal(item: MissingItem): void {
  const target = document.getElementById(item.kind === 'field' ? `answer-${item.id}` : `document-${item.id}`);
  target?.scrollIntoView?.({ block: 'center' });
  target?.querySelector<HTMLElement>('input, select, textarea, button, label.btn')?.focus({ preventScroll: true });
}

/** What is still missing before the dossier can be reviewed, and the papers to bring to the desk. */
export function Checklist({ items }: { items: readonly MissingItem[] }) {
  const { t } = useTranslation('dossier');
  const text = useProcedureText();
  const missing = items.filter((i) => !(i.kind === 'document' && i.bringToDesk));
  const bring = items.filter((i) => i.kind === 'document' && i.bringToDesk);
  return (
    <section className="card form-stack tight" id="checklist" aria-labelledby="checklist-title" data-testid="checklist">
      <h2 id="checklist-title"><Pictogram name="checklist" className="heading-icon" /> {t('checklist.title')}</h2>
      {missing.length === 0 ? (
        <p className="checklist-done" role="status"><Pictogram name="check" /> {t('checklist.complete')}</p>
      ) : (
        <>
          <p role="status">{t('checklist.missing', { count: missing.length })}</p>
          <ul className="checklist">
            {missing.map((item) => (
              <li key={`${item.kind}-${item.id}`}>
                <button type="button" className="link-button" onClick={() => reveal(item)}>
                  <Pictogram name={item.kind === 'field' ? 'correction' : 'camera'} size={20} />
                  <span>{t(item.kind === 'field' ? 'checklist.answer' : 'checklist.photograph', { label: text.catalog(item.labelKey, item.id) })}</span>
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      {bring.length > 0 ? (
        <>
          <h3>{t('checklist.bringTitle')}</h3>
          <ul className="checklist">
            {bring.map((item) => <li key={item.id}><Pictogram name="idCard" size={20} /> {text.catalog(item.labelKey, item.id)}</li>)}
          </ul>
        </>
      ) : null}
    </section>
  );
}
