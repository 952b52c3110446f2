// Choosing an image uploads it at once: a button that opens the file picker, and what the API said about it.
import { buttonClasses } from '../ui/button';
import { useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/api-error';

export function ImageUpload({
  label,
  pending,
  error,
  onFile,
}: {
  label: string;
  pending: boolean;
  error: unknown;
  onFile: (file: File) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const message =
    error instanceof ApiError
      ? t(`media.errors.${error.code}`, { defaultValue: error.message })
      : error
        ? t('form.failed')
        : '';
  return (
    <div className="my-3">
      <label htmlFor={id} className={buttonClasses({ variant: 'secondary' })}>
        {pending ? t('media.uploading') : label}
      </label>
      <input
        ref={input}
        id={id}
        className="sr-only"
        type="file"
        accept="image/jpeg,image/png,image/webp,image/gif,image/avif"
        disabled={pending}
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          if (file) onFile(file);
          if (input.current) input.current.value = '';
        }}
      />
      <p className="m-0 text-sm text-ink-muted">{t('media.hint')}</p>
      {message && <p role="alert">{message}</p>}
    </div>
  );
}
