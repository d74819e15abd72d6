import { useId, type ReactNode } from 'react';

export type FieldProps = { label: string; error?: string; hint?: string; required?: boolean; speaker?: ReactNode };

/** Label, control, hint and error together: every field labelled, every error next to its field (WCAG 3.3.1). */
export function Field({ label, error, hint, required, speaker, children }: FieldProps & { children: (props: { id: string; describedBy?: string; invalid?: true }) => ReactNode }) {
  const id = useId();
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <div className="field-label-row">
        <label htmlFor={id}>{label}{required ? <span aria-hidden="true"> *</span> : null}</label>
        {speaker}
      </div>
      {children({ id, describedBy, invalid: error ? true : undefined })}
      {hint ? <p id={`${id}-hint`} className="field-hint">{hint}</p> : null}
      {error ? <p id={`${id}-error`} className="field-error" role="alert">{error}</p> : null}
    </div>
  );
}

export function TextField({ value, onChange, inputMode, type = 'text', autoComplete, maxLength, ...field }: FieldProps & {
  value: string; onChange: (value: string) => void; inputMode?: 'text' | 'numeric' | 'tel'; type?: string; autoComplete?: string; maxLength?: number;
}) {
  return (
    <Field {...field}>
      {({ id, describedBy, invalid }) => (
        <input id={id} type={type} value={value} inputMode={inputMode} autoComplete={autoComplete ?? 'off'} maxLength={maxLength}
          aria-describedby={describedBy} aria-invalid={invalid} aria-required={field.required || undefined}
          onChange={(event) => onChange(event.target.value)} />
      )}
    </Field>
  );
}

export function SelectField({ value, onChange, options, placeholder, ...field }: FieldProps & {
  value: string; onChange: (value: string) => void; options: Array<{ value: string; label: string }>; placeholder: string;
}) {
  return (
    <Field {...field}>
      {({ id, describedBy, invalid }) => (
        <select id={id} value={value} aria-describedby={describedBy} aria-invalid={invalid} aria-required={field.required || undefined}
          onChange={(event) => onChange(event.target.value)}>
          <option value="">{placeholder}</option>
          {options.map((option) => <option key={option.value} value={option.value}>{option.label}</option>)}
        </select>
      )}
    </Field>
  );
}

/** Radio buttons as big tappable choices. */
export function ChoiceField({ legend, description, value, onChange, options, error, name, required, speaker }: {
  legend: string; description?: string; value: string; onChange: (value: string) => void; options: Array<{ value: string; label: string; icon?: ReactNode }>; error?: string; name: string;
  required?: boolean; speaker?: ReactNode;
}) {
  const id = useId();
  return (
    <fieldset aria-describedby={[description ? `${id}-description` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined}>
      <legend>{legend}{required ? <span aria-hidden="true"> *</span> : null}</legend>
      {speaker}
      {description ? <p id={`${id}-description`} className="field-hint">{description}</p> : null}
      <div className="choice-grid">
        {options.map((option) => (
          <label key={option.value} className="choice">
            <input type="radio" name={name} value={option.value} checked={value === option.value} onChange={() => onChange(option.value)} />
            {option.icon}
            <span>{option.label}</span>
          </label>
        ))}
      </div>
      {error ? <p id={`${id}-error`} className="field-error" role="alert">{error}</p> : null}
    </fieldset>
  );
}
