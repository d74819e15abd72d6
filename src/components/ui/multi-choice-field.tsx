import { useId } from 'react';

/** Checkboxes as big tappable choices, for a question with several answers (types of disability). */
export function MultiChoiceField({ legend, description, value, onChange, options, error, required }: {
  legend: string; description?: string; value: readonly string[]; onChange: (value: string[]) => void;
  options: Array<{ value: string; label: string }>; error?: string; required?: boolean;
}) {
  const id = useId();
  const toggle = (option: string) => onChange(value.includes(option) ? value.filter((v) => v !== option) : [...value, option]);
  return (
    <fieldset aria-describedby={[description ? `${id}-description` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined}>
      <legend>{legend}{required ? <span aria-hidden="true"> *</span> : null}</legend>
      {description ? <p id={`${id}-description`} className="field-hint">{description}</p> : null}
      <div className="choice-grid">
        {options.map((option) => (
          <label key={option.value} className="choice">
            <input type="checkbox" checked={value.includes(option.value)} onChange={() => toggle(option.value)} />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
      {error ? <p id={`${id}-error`} className="field-error" role="alert">{error}</p> : null}
    </fieldset>
  );
}
