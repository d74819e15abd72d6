import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PinField } from './pin-field';

/** Chooses the PIN that unlocks this workspace offline on this device (4–6 digits, typed twice). */
export function SetPinForm({ onSubmit }: { onSubmit: (pin: string) => Promise<void> }) {
  const { t } = useTranslation('auth');
  const [pin, setPin] = useState('');
  const [confirm, setConfirm] = useState('');
  const [error, setError] = useState<{ field: 'pin' | 'confirm'; message: string }>();
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!/^\d{4,6}$/.test(pin)) return setError({ field: 'pin', message: t('pin.errorLength') });
    if (pin !== confirm) return setError({ field: 'confirm', message: t('pin.errorMismatch') });
    setBusy(true);
    try {
      await onSubmit(pin);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="card form-stack" onSubmit={submit} noValidate>
      <h2>{t('pin.setTitle')}</h2>
      <p>{t('pin.setExplain')}</p>
      <PinField label={t('pin.new')} value={pin} onChange={setPin} error={error?.field === 'pin' ? error.message : undefined} autoFocus />
      <PinField label={t('pin.confirm')} value={confirm} onChange={setConfirm} error={error?.field === 'confirm' ? error.message : undefined} />
      <button type="submit" className="btn btn-primary" disabled={busy}>{busy ? t('pin.saving') : t('pin.save')}</button>
    </form>
  );
}
