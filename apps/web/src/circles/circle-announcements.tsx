// On the circle's page, for its members: how they hear of its new meetups (each one, a weekly digest, or none).
import { useTranslation } from 'react-i18next';
import { useChoiceBeingSaved } from '../forms/use-choice-being-saved';
import { type CircleAnnouncements as Choice, useCircleAnnouncements } from './circles-api';

const CHOICES: Choice[] = ['every_meetup', 'weekly_digest', 'none'];

export function CircleAnnouncements({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const { setting, choose } = useCircleAnnouncements(slug);
  const [shown, pick] = useChoiceBeingSaved(setting.data?.announcements, choose);
  if (setting.isPending) return <p role="status">{t('circles.loading')}</p>;
  if (setting.isError) return <p role="alert">{t('circles.announcementsFailed')}</p>;
  return (
    <fieldset className="m-0 mt-4 grid gap-1 border-0 p-0">
      <legend className="mb-1 p-0 font-semibold">{t('circles.announcements')}</legend>
      {CHOICES.map((value) => (
        <label key={value} className="flex min-h-11 cursor-pointer items-center gap-3">
          <input
            type="radio"
            name={`announcements-${slug}`}
            value={value}
            className="size-5 flex-none"
            checked={shown === value}
            onChange={() => pick(value)}
          />
          <span>{t(`circles.announcements_${value}`)}</span>
        </label>
      ))}
      {choose.isError && (
        <p role="alert" className="m-0 font-semibold text-danger-text">
          {t('circles.announcementsFailed')}
        </p>
      )}
    </fieldset>
  );
}
