import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Banner } from '../../components/ui/banner';
import { TextField } from '../../components/ui/field';
import { WrongPassphraseError } from '../../lib/passphrase-crypto';
import { downloadUnsentWork, importUnsentFile } from './use-transfer';

const MIN_PASSPHRASE = 8;

/** When the network never comes: carry unsent work to another device in an encrypted file. */
export function TransferPanel({ userId, unsent }: { userId: string; unsent: number }) {
  const { t } = useTranslation('sync');
  const [exportPass, setExportPass] = useState('');
  const [importPass, setImportPass] = useState('');
  const [file, setFile] = useState<File>();
  const [message, setMessage] = useState<{ tone: 'success' | 'danger'; text: string }>();
  const [busy, setBusy] = useState(false);

  const run = async (event: FormEvent, action: () => Promise<string>) => {
    event.preventDefault();
    setBusy(true);
    try {
      setMessage({ tone: 'success', text: await action() });
    } catch (error) {
      setMessage({ tone: 'danger', text: error instanceof WrongPassphraseError ? t('transfer.wrongPassphrase') : t('transfer.badFile') });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card form-stack" aria-labelledby="transfer-title">
      <h2 id="transfer-title">{t('transfer.title')}</h2>
      <p>{t('transfer.explain')}</p>
      {message ? <Banner tone={message.tone}>{message.text}</Banner> : null}
      <form className="form-stack" onSubmit={(e) => void run(e, async () => t('transfer.exported', { count: await downloadUnsentWork(userId, exportPass) }))}>
        <TextField label={t('transfer.passphrase')} hint={t('transfer.passphraseHint', { min: MIN_PASSPHRASE })} type="password" value={exportPass} onChange={setExportPass} />
        <button type="submit" className="btn" disabled={busy || unsent === 0 || exportPass.length < MIN_PASSPHRASE}>{t('transfer.export', { count: unsent })}</button>
      </form>
      <form className="form-stack" onSubmit={(e) => void run(e, async () => {
        const summary = await importUnsentFile(userId, file!, importPass);
        return t('transfer.imported', { added: summary.added, already: summary.alreadyHere });
      })}>
        <div className="field">
          <label htmlFor="transfer-file">{t('transfer.file')}</label>
          <input id="transfer-file" type="file" accept=".caunoi,application/json" onChange={(e) => setFile(e.target.files?.[0])} />
        </div>
        <TextField label={t('transfer.passphraseImport')} type="password" value={importPass} onChange={setImportPass} />
        <button type="submit" className="btn" disabled={busy || !file || importPass.length === 0}>{t('transfer.import')}</button>
      </form>
    </section>
  );
}
