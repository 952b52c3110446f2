// Blocking someone from their profile, after a confirm step that says what a block does.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FormAlert } from '../forms/form-alert';
import { useBlock } from './contacts-api';

export function BlockButton({
  handle,
  name,
  onBlocked,
}: {
  handle: string;
  name: string;
  onBlocked: () => void;
}) {
  const { t } = useTranslation();
  const { block } = useBlock(handle);
  const [confirming, setConfirming] = useState(false);

  if (block.isSuccess) {
    return (
      <p role="status" className="notice">
        {t('contacts.blocked', { name })} <Link to="/settings/blocked">{t('contacts.blockedLink')}</Link>
      </p>
    );
  }
  if (!confirming) {
    return (
      <p>
        <button type="button" className="link-button" onClick={() => setConfirming(true)}>
          {t('contacts.block')}
        </button>
      </p>
    );
  }
  return (
    <div className="notice notice--danger" role="group" aria-labelledby="block-confirm-title">
      <h2 id="block-confirm-title">{t('contacts.blockTitle', { name })}</h2>
      <p>{t('contacts.blockExplained', { name })}</p>
      <FormAlert message={block.isError ? t('form.failed') : undefined} />
      <p className="actions">
        <button
          type="button"
          className="button"
          disabled={block.isPending}
          onClick={() => block.mutate(undefined, { onSuccess: onBlocked })}
        >
          {t('contacts.blockConfirm')}
        </button>
        <button type="button" className="button button--secondary" onClick={() => setConfirming(false)}>
          {t('contacts.cancel')}
        </button>
      </p>
    </div>
  );
}
