// What a failed submit means for a form: messages beside fields from the API's 400 details, a message for the
// form, and focus on the first field to fix.
import { type RefObject, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/api-error';

export interface FormErrors {
  fields: Record<string, string>;
  form?: string;
}

export function useFormErrors(formRef: RefObject<HTMLFormElement | null>) {
  const { t } = useTranslation();
  const [errors, setErrors] = useState<FormErrors>({ fields: {} });

  useEffect(() => {
    const firstInvalid = formRef.current?.querySelector<HTMLInputElement>('[aria-invalid="true"]');
    firstInvalid?.focus();
  }, [errors, formRef]);

  const clear = () => setErrors({ fields: {} });

  /**
   * `messages` maps an API error code to the text the form shows for it; everything else is "try again".
   * A field's error is worded in the user's language, never in the API's English: by `fieldText` where a form
   * knows its fields' reasons, else by the sentence for that field, else "please check this field".
   */
  const show = (
    error: unknown,
    messages: Record<string, string>,
    fixFields: string,
    failed: string,
    fieldText?: (field: string, apiMessage: string) => string,
  ) => {
    if (error instanceof ApiError && error.body.details?.length) {
      const fields = error.fieldMessages();
      const inWords =
        fieldText ??
        ((field: string) => t(`form.fieldErrors.${field}`, { defaultValue: t('form.checkField') }));
      for (const field of Object.keys(fields)) fields[field] = inWords(field, fields[field]);
      setErrors({ fields, form: fixFields });
    } else if (error instanceof ApiError && messages[error.code]) {
      setErrors({ fields: {}, form: messages[error.code] });
    } else {
      setErrors({ fields: {}, form: failed });
    }
  };

  return { errors, setErrors, clear, show };
}
