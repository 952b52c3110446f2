// For hosts, once people checked in: how many pairs met in person, and how many of them knew each other only
// online before. Numbers only, never who.
import { useQuery } from '@tanstack/react-query';
import { Handshake } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { unwrap } from '../api/api-error';
import { api } from '../api/client';
import type { Meetup } from '../meetups/meetup-api';

export function MeetingOutcome({ meetup }: { meetup: Meetup }) {
  const { t } = useTranslation();
  const opened = meetup.status === 'published' && meetup.checkedInCount > 0;
  const outcome = useQuery({
    queryKey: ['meetup', meetup.id, 'networking', 'outcome'],
    enabled: opened,
    queryFn: async () =>
      unwrap(
        await api.GET('/api/v1/meetups/{id}/networking-outcome', { params: { path: { id: meetup.id } } }),
      ),
  });
  if (!opened || !outcome.data) return null;
  const { metInPersonPairs, knewOnlineAndMetPairs } = outcome.data;
  return (
    <p className="m-0 mb-2 flex items-start gap-2 text-sm" data-testid="meeting-outcome">
      <Handshake aria-hidden size={18} className="mt-0.5 flex-none text-accent-text" />
      <span>
        {t('networking.outcome', { count: metInPersonPairs })}{' '}
        {metInPersonPairs > 0 &&
          (knewOnlineAndMetPairs === null
            ? t('networking.outcomeOnlineLater')
            : t('networking.outcomeOnline', { count: knewOnlineAndMetPairs }))}
      </span>
    </p>
  );
}
