// Once someone is logged in, the language of their profile wins over the browser's.
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useAccount } from '../auth/session';
import { useOwnProfile } from './profile-api';

export function useProfileLanguage(): void {
  const { i18n } = useTranslation();
  const account = useAccount();
  const profile = useOwnProfile(Boolean(account.data));
  const language = account.data ? profile.data?.language : undefined;
  useEffect(() => {
    if (language && language !== i18n.language) void i18n.changeLanguage(language);
  }, [language, i18n]);
}
