// Blocking someone from their profile, after a confirm step that says what a block does.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FormAlert } from '../forms/form-alert';
import { useBlock } from './contacts-api';
import { Notice } from '../ui/notice';
import { Button } from '../ui/button';

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
      <Notice tone="warning" role="status">
        {t('contacts.blocked', { name })} <Link to="/settings/blocked">{t('contacts.blockedLink')}</Link>
      </Notice>
    );
  }
  if (!confirming) {
    return (
      <p>
        <Button type="button" variant="ghost" size="sm" onClick={() => setConfirming(true)}>
          {t('contacts.block')}
        </Button>
      </p>
    );
  }
  return (
    <Notice tone="danger" role="group" aria-labelledby="block-confirm-title">
      <h2 id="block-confirm-title">{t('contacts.blockTitle', { name })}</h2>
      <p>{t('contacts.blockExplained', { name })}</p>
      <FormAlert message={block.isError ? t('form.failed') : undefined} />
      <p className="flex flex-wrap items-center gap-3">
        <Button
          type="button"

          disabled={block.isPending}
          onClick={() => block.mutate(undefined, { onSuccess: onBlocked })}
        >
          {t('contacts.blockConfirm')}
        </Button>
        <Button type="button" variant="secondary" onClick={() => setConfirming(false)}>
          {t('contacts.cancel')}
        </Button>
      </p>
    </Notice>
  );
}
