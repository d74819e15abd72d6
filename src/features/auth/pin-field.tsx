import { useId } from 'react';

/** A numeric PIN entry: big, with the phone's number pad, never autofilled into another person's profile. */
export function PinField({ label, value, onChange, error, autoFocus }: {
  label: string; value: string; onChange: (value: string) => void; error?: string; autoFocus?: boolean;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input id={id} className="pin-input" type="password" inputMode="numeric" autoComplete="off" pattern="[0-9]*" maxLength={6}
        value={value} autoFocus={autoFocus} aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-error` : undefined}
        onChange={(event) => onChange(event.target.value.replace(/\D/g, '').slice(0, 6))} />
      {error ? <p id={`${id}-error`} className="field-error" role="alert">{error}</p> : null}
    </div>
  );
}
