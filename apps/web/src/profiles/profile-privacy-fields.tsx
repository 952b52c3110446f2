// The privacy half of the profile editor: who sees my lists and my RSVPs, and who may invite me or offer a coffee.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../ui/form-field';
import type { OwnProfile, ProfileChanges } from './profile-api';

export function privacyChangesFromForm(data: FormData): ProfileChanges {
  return {
    followListVisibility: data.get('followListVisibility') as OwnProfile['followListVisibility'],
    attendanceVisibility: data.get('attendanceVisibility') as OwnProfile['attendanceVisibility'],
    acceptsInvitations: data.get('acceptsInvitations') === 'on',
    acceptsCoffeeOffers: data.get('acceptsCoffeeOffers') === 'on',
  };
}

function Choice({ name, checked, error }: { name: string; checked: boolean; error?: string }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="mb-4 flex items-start gap-3 [&>input]:mt-0.5 [&>input]:size-6 [&>input]:flex-none [&_label]:font-semibold">
      <input
        id={id}
        type="checkbox"
        name={name}
        defaultChecked={checked}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
      />
      <div>
        <label htmlFor={id}>{t(`profile.${name}`)}</label>
        {error && (
          <p id={`${id}-error`} className="m-0 font-semibold text-danger-text">
            {error}
          </p>
        )}
      </div>
    </div>
  );
}

export function ProfilePrivacyFields({
  profile,
  errors,
}: {
  profile: OwnProfile;
  errors: Record<string, string>;
}) {
  const { t } = useTranslation();
  return (
    <>
      <SelectField
        label={t('profile.followListVisibility')}
        name="followListVisibility"
        defaultValue={profile.followListVisibility}
        error={errors.followListVisibility}
      >
        {(['everyone', 'contacts', 'nobody'] as const).map((value) => (
          <option key={value} value={value}>
            {t(`profile.followLists_${value}`)}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={t('profile.attendanceVisibility')}
        name="attendanceVisibility"
        defaultValue={profile.attendanceVisibility}
        error={errors.attendanceVisibility}
      >
        {(['visible', 'private'] as const).map((value) => (
          <option key={value} value={value}>
            {t(`profile.attendance_${value}`)}
          </option>
        ))}
      </SelectField>
      <Choice
        name="acceptsInvitations"
        checked={profile.acceptsInvitations}
        error={errors.acceptsInvitations}
      />
      <Choice
        name="acceptsCoffeeOffers"
        checked={profile.acceptsCoffeeOffers}
        error={errors.acceptsCoffeeOffers}
      />
    </>
  );
}
