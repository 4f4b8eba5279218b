import { useId, useState } from "react";

export interface Option {
  value: string;
  label: string;
  /** Options sharing a group are shown under one <optgroup> label. */
  group?: string;
}

function renderOptions(options: readonly Option[]) {
  const groups = [...new Set(options.map((o) => o.group))];
  if (groups.length === 1 && groups[0] === undefined) {
    return options.map((o) => (
      <option key={o.value} value={o.value}>
        {o.label}
      </option>
    ));
  }
  return groups.map((group) => (
    <optgroup key={group ?? ""} label={group ?? ""}>
      {options
        .filter((o) => o.group === group)
        .map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
    </optgroup>
  ));
}

export interface SelectFieldProps {
  label: string;
  value: string;
  options: readonly Option[];
  onChange: (value: string) => void;
  error?: string | undefined;
  hint?: string;
}

export function SelectField({ label, value, options, onChange, error, hint }: SelectFieldProps) {
  const id = useId();
  return (
    <div className="sim-field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error || hint ? `${id}-note` : undefined}
      >
        {renderOptions(options)}
      </select>
      <FieldNote id={`${id}-note`} error={error} hint={hint} />
    </div>
  );
}

export interface NumberFieldProps {
  label: string;
  value: number;
  min: number;
  max: number;
  onChange: (value: number) => void;
  error?: string | undefined;
  hint?: string;
  disabled?: boolean;
}

/** A number box that lets the learner type freely; only parsable numbers reach `onChange`. */
export function NumberField({ label, value, min, max, onChange, error, hint, disabled }: NumberFieldProps) {
  const id = useId();
  const [text, setText] = useState(String(value));
  const [synced, setSynced] = useState(value);
  if (synced !== value) {
    setSynced(value);
    setText(String(value));
  }
  const parsed = text.trim() === "" ? NaN : Number(text);
  const localError = Number.isFinite(parsed) ? undefined : `Enter a number from ${min} to ${max}.`;
  const shown = localError ?? error;
  return (
    <div className="sim-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={min}
        max={max}
        value={text}
        disabled={disabled}
        aria-invalid={shown ? true : undefined}
        aria-describedby={shown || hint ? `${id}-note` : undefined}
        onChange={(e) => {
          setText(e.target.value);
          const next = e.target.value.trim() === "" ? NaN : Number(e.target.value);
          if (Number.isFinite(next)) onChange(next);
        }}
      />
      <FieldNote id={`${id}-note`} error={shown} hint={hint} />
    </div>
  );
}

function FieldNote({ id, error, hint }: { id: string; error: string | undefined; hint: string | undefined }) {
  if (error) {
    return (
      <p id={id} className="sim-field-error">
        {error}
      </p>
    );
  }
  if (hint) {
    return (
      <p id={id} className="sim-field-hint">
        {hint}
      </p>
    );
  }
  return null;
}
