// "I'd like someone to say hello to me" / "I'll welcome someone": three choices, then the buddy once paired.
import { useTranslation } from 'react-i18next';
import { Avatar } from '../ui/avatar';
import { Card } from '../ui/card';
import { useChoiceBeingSaved } from '../forms/use-choice-being-saved';
import { type BuddyChoice as Choice, useBuddy } from './networking-api';

const CHOICES: Array<{ value: Choice; label: 'buddyNone' | 'buddyBeWelcomed' | 'buddyWelcome' }> = [
  { value: 'none', label: 'buddyNone' },
  { value: 'be_welcomed', label: 'buddyBeWelcomed' },
  { value: 'welcome', label: 'buddyWelcome' },
];

export function BuddyChoice({ meetupId }: { meetupId: string }) {
  const { t } = useTranslation();
  const { buddy, choose } = useBuddy(meetupId);
  const [shown, pick] = useChoiceBeingSaved(buddy.data?.choice, choose);
  if (buddy.isPending) return <p role="status">{t('networking.loading')}</p>;
  if (buddy.isError) return <p role="alert">{t('networking.loadFailed')}</p>;
  const state = buddy.data;
  return (
    <Card compact className="grid gap-2">
      <fieldset className="m-0 grid gap-1 border-0 p-0" disabled={state.paired}>
        <legend className="mb-1 p-0 text-lg font-semibold">{t('networking.buddyTitle')}</legend>
        <p className="m-0 mb-1 text-sm text-ink-muted">{t('networking.buddyIntro')}</p>
        {CHOICES.map(({ value, label }) => (
          <label key={value} className="flex min-h-11 cursor-pointer items-center gap-3">
            <input
              type="radio"
              name={`buddy-${meetupId}`}
              value={value}
              className="size-5 flex-none"
              checked={shown === value}
              onChange={() => pick(value)}
            />
            <span>{t(`networking.${label}`)}</span>
          </label>
        ))}
      </fieldset>
      {choose.isError && (
        <p role="alert" className="m-0 font-semibold text-danger-text">
          {t('networking.failed')}
        </p>
      )}
      {state.paired && state.buddy && (
        <p className="m-0 flex items-center gap-3 font-semibold" role="status">
          <Avatar person={state.buddy} />
          {t('networking.buddyYours', { name: state.buddy.displayName })}
        </p>
      )}
      {state.paired && !state.buddy && state.choice !== 'none' && (
        <p className="m-0 text-ink-muted">{t('networking.buddyNobody')}</p>
      )}
      {state.paired && <p className="m-0 text-sm text-ink-muted">{t('networking.buddyPaired')}</p>}
    </Card>
  );
}
