// What a failed submit means for a form: messages beside fields from the API's 400 details, a message for the
// form, and focus on the first field to fix.
import { type RefObject, useEffect, useState } from 'react';
import { ApiError } from '../api/api-error';

export interface FormErrors {
  fields: Record<string, string>;
  form?: string;
}

export function useFormErrors(formRef: RefObject<HTMLFormElement | null>) {
  const [errors, setErrors] = useState<FormErrors>({ fields: {} });

  useEffect(() => {
    const firstInvalid = formRef.current?.querySelector<HTMLInputElement>('[aria-invalid="true"]');
    firstInvalid?.focus();
  }, [errors, formRef]);

  const clear = () => setErrors({ fields: {} });

  /**
   * `messages` maps an API error code to the text the form shows for it; everything else is "try again".
   * `fieldText`, where given, words a field's error in the user's language instead of the API's English.
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
      if (fieldText) for (const field of Object.keys(fields)) fields[field] = fieldText(field, fields[field]);
      setErrors({ fields, form: fixFields });
    } else if (error instanceof ApiError && messages[error.code]) {
      setErrors({ fields: {}, form: messages[error.code] });
    } else {
      setErrors({ fields: {}, form: failed });
    }
  };

  return { errors, setErrors, clear, show };
}
