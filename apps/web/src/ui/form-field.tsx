// Labelled form controls whose hint and error are tied to them with aria-describedby, so a screen reader hears
// what to fix.
import {
  type InputHTMLAttributes,
  type ReactNode,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
  useId,
} from 'react';

export interface FieldProps {
  label: ReactNode;
  /** The control's name in the submitted form; errors are looked up by it (data-field-error). */
  name: string;
  /** A sentence that helps before anything is typed; shown under the label. */
  hint?: ReactNode;
  /** What is wrong, in the user's words; marks the control invalid. */
  error?: string;
  className?: string;
}

export interface ControlProps {
  id: string;
  name: string;
  'aria-invalid'?: true;
  'aria-describedby'?: string;
}

export const FIELD_HINT = 'm-0 text-sm text-ink-muted';
export const FIELD_ERROR = 'm-0 font-semibold text-danger-text';

/** The label, hint and error around any control; `control` gets the ids and ARIA attributes to spread. */
export function FormField({
  label,
  name,
  hint,
  error,
  className = '',
  control,
}: FieldProps & { control: (props: ControlProps) => ReactNode }) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`mb-4 flex flex-col gap-1 ${className}`}>
      <label htmlFor={id} className="font-semibold">
        {label}
      </label>
      {hint && (
        <p id={hintId} className={FIELD_HINT}>
          {hint}
        </p>
      )}
      {control({ id, name, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy })}
      {error && (
        <p id={errorId} className={FIELD_ERROR} data-field-error={name}>
          {error}
        </p>
      )}
    </div>
  );
}

export function TextField({
  label,
  name,
  hint,
  error,
  className,
  ...input
}: FieldProps & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <FormField
      {...{ label, name, hint, error, className }}
      control={(props) => <input className="w-full" {...props} {...input} />}
    />
  );
}

export function TextAreaField({
  label,
  name,
  hint,
  error,
  className,
  ...textarea
}: FieldProps & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return (
    <FormField
      {...{ label, name, hint, error, className }}
      control={(props) => <textarea className="w-full" {...props} {...textarea} />}
    />
  );
}

export function SelectField({
  label,
  name,
  hint,
  error,
  className,
  children,
  ...select
}: FieldProps & SelectHTMLAttributes<HTMLSelectElement>) {
  return (
    <FormField
      {...{ label, name, hint, error, className }}
      control={(props) => (
        <select className="w-full" {...props} {...select}>
          {children}
        </select>
      )}
    />
  );
}

/** The text typed into a field of a submitted form ('' when it is missing). */
export function textOf(data: FormData, name: string): string {
  const value = data.get(name);
  return typeof value === 'string' ? value : '';
}
