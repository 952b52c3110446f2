// /settings/profile — my handle, name, headline, city, topics, language, privacy and accounts elsewhere.
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FormAlert } from '../forms/form-alert';
import { SelectField, TextAreaField, TextField, textOf } from '../ui/form-field';
import { useFormErrors } from '../forms/use-form-errors';
import { PageHeading } from '../ui/page-heading';
import { PhotoEditor } from '../media/photo-editor';
import { SocialAccountsEditor } from '../social-accounts/social-accounts-editor';
import { type OwnProfile, type ProfileChanges, useOwnProfile, useUpdateOwnProfile } from './profile-api';
import { privacyChangesFromForm, ProfilePrivacyFields } from './profile-privacy-fields';
import { Button } from '../ui/button';

function changesFromForm(data: FormData): ProfileChanges {
  const optional = (name: string) => textOf(data, name).trim() || null;
  return {
    handle: textOf(data, 'handle').trim(),
    displayName: textOf(data, 'displayName').trim(),
    headline: optional('headline'),
    homeCity: optional('homeCity'),
    bio: optional('bio'),
    topics: textOf(data, 'topics')
      .split(',')
      .map((topic) => topic.trim())
      .filter(Boolean),
    language: textOf(data, 'language') as OwnProfile['language'],
    profileVisibility: textOf(data, 'profileVisibility') as OwnProfile['profileVisibility'],
    introductions: textOf(data, 'introductions') as OwnProfile['introductions'],
    ...privacyChangesFromForm(data),
  };
}

function ProfileForm({ profile }: { profile: OwnProfile }) {
  const { t } = useTranslation();
  const update = useUpdateOwnProfile();
  const form = useRef<HTMLFormElement>(null);
  const { errors, clear, show, setErrors } = useFormErrors(form);
  const [saved, setSaved] = useState(false);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    clear();
    setSaved(false);
    update.mutate(changesFromForm(new FormData(event.currentTarget)), {
      onSuccess: () => setSaved(true),
      onError: (error) => {
        if ((error as { code?: string }).code === 'HANDLE_TAKEN') {
          setErrors({ fields: { handle: error.message }, form: t('form.fixFields') });
          return;
        }
        show(error, {}, t('form.fixFields'), t('form.failed'));
      },
    });
  };

  const f = errors.fields;
  return (
    <form ref={form} onSubmit={onSubmit} noValidate>
      <FormAlert message={errors.form} />
      <TextField
        label={t('profile.handle')}
        hint={t('profile.handleHint')}
        name="handle"
        defaultValue={profile.handle}
        error={f.handle}
      />
      <TextField
        label={t('profile.displayName')}
        name="displayName"
        defaultValue={profile.displayName}
        error={f.displayName}
      />
      <TextField
        label={t('profile.headline')}
        name="headline"
        defaultValue={profile.headline ?? ''}
        error={f.headline}
      />
      <TextField
        label={t('profile.homeCity')}
        name="homeCity"
        defaultValue={profile.homeCity ?? ''}
        error={f.homeCity}
      />
      <TextAreaField
        label={t('profile.bio')}
        name="bio"
        rows={4}
        defaultValue={profile.bio ?? ''}
        error={f.bio}
      />
      <TextField
        label={t('profile.topics')}
        hint={t('profile.topicsHint')}
        name="topics"
        defaultValue={profile.topics.join(', ')}
        error={f.topics}
      />
      <SelectField
        label={t('profile.language')}
        name="language"
        defaultValue={profile.language}
        error={f.language}
      >
        <option value="de">Deutsch</option>
        <option value="en">English</option>
      </SelectField>
      <SelectField
        label={t('profile.profileVisibility')}
        name="profileVisibility"
        defaultValue={profile.profileVisibility}
        error={f.profileVisibility}
      >
        {(['everyone', 'members', 'contacts'] as const).map((value) => (
          <option key={value} value={value}>
            {t(`profile.${value}`)}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={t('profile.introductions')}
        name="introductions"
        defaultValue={profile.introductions}
        error={f.introductions}
      >
        {(['off', 'mutual', 'everyone'] as const).map((value) => (
          <option key={value} value={value}>
            {t(`profile.introductions_${value}`)}
          </option>
        ))}
      </SelectField>
      <ProfilePrivacyFields profile={profile} errors={f} />
      <p className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={update.isPending}>
          {t('profile.save')}
        </Button>
        <span role="status">{saved ? t('profile.saved') : ''}</span>
      </p>
    </form>
  );
}

export function ProfileEditorPage() {
  const { t } = useTranslation();
  const profile = useOwnProfile();
  return (
    <section className="max-w-md">
      <PageHeading>{t('profile.editorTitle')}</PageHeading>
      {profile.isPending && <p role="status">{t('profile.loading')}</p>}
      {profile.isError && <p role="alert">{t('profile.loadFailed')}</p>}
      {profile.data && <PhotoEditor profile={profile.data} />}
      {profile.data && <ProfileForm profile={profile.data} />}
      {profile.data && <SocialAccountsEditor accounts={profile.data.socialAccounts} />}
      {profile.data && (
        <ul className="m-0 flex list-none flex-wrap gap-x-6 gap-y-2 p-0">
          <li>
            <Link to={`/p/${profile.data.handle}`}>{t('contacts.myLists')}</Link>
          </li>
          <li>
            <Link to="/settings/import">{t('contactImports.title')}</Link>
          </li>
          <li>
            <Link to="/settings/blocked">{t('contacts.blockedTitle')}</Link>
          </li>
          <li>
            <Link to="/settings/notifications">{t('notifications.link')}</Link>
          </li>
        </ul>
      )}
    </section>
  );
}
