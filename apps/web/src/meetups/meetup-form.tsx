// The fields of a meetup as an organiser writes them; times are wall-clock times in the chosen zone.
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { SelectField, TextAreaField, TextField } from '../ui/form-field';
import { textOf } from '../ui/form-field';
import type { Meetup, MeetupDraft } from './meetup-api';
import { isoToWallTime, knownTimeZones, viewerZoneOr, wallTimeToIso } from './zoned-time';

const VISIBILITIES = ['public', 'unlisted', 'invite_only'] as const;

/** "HR, Recruiting ,, hr" → ["HR", "Recruiting"]: as written, each once whatever its case. */
export function topicsFrom(text: string): string[] {
  const seen = new Set<string>();
  return text
    .split(',')
    .map((topic) => topic.trim())
    .filter((topic) => topic && !seen.has(topic.toLowerCase()) && seen.add(topic.toLowerCase()));
}

/** The API's reasons that need words of their own; any other error of a field gets that field's sentence. */
const SPECIFIC_REASONS: Record<string, string> = {
  'startsAt:must not be in the past': 'startsAtPast',
  'startsAt:must be at most three years ahead': 'startsAtFar',
  'endsAt:must be after startsAt': 'endsAtBeforeStart',
  'endsAt:must be at most 14 days after startsAt': 'endsAtTooLong',
  'rsvpDeadline:must not be after endsAt': 'rsvpDeadlineAfterEnd',
};

/** A field's error as a sentence in the user's language, never the API's field names. */
export function meetupFieldText(t: TFunction) {
  return (field: string, apiMessage: string) =>
    t(`meetupForm.errors.${SPECIFIC_REASONS[`${field}:${apiMessage}`] ?? field}`, {
      defaultValue: t('form.checkField'),
    });
}

export function draftFromForm(data: FormData): MeetupDraft {
  const zone = textOf(data, 'timeZone');
  const optional = (name: string) => textOf(data, name).trim() || null;
  const time = (name: string) => (textOf(data, name) ? wallTimeToIso(textOf(data, name), zone) : '');
  const capacity = textOf(data, 'capacity').trim();
  const newcomerSeats = textOf(data, 'newcomerSeats').trim();
  return {
    title: textOf(data, 'title').trim(),
    description: textOf(data, 'description'),
    topics: topicsFrom(textOf(data, 'topics')),
    city: textOf(data, 'city').trim(),
    venueName: optional('venueName'),
    address: optional('address'),
    startsAt: time('startsAt'),
    endsAt: time('endsAt'),
    timeZone: zone,
    capacity: capacity ? Number(capacity) : null,
    newcomerSeats: newcomerSeats ? Number(newcomerSeats) : 0,
    // The select offers VISIBILITIES only.
    visibility: textOf(data, 'visibility') as MeetupDraft['visibility'],
    rsvpDeadline: textOf(data, 'rsvpDeadline') ? time('rsvpDeadline') : null,
  };
}

/**
 * What the form can tell before sending: newcomer seats are part of the capacity. Field name → sentence; empty when
 * nothing is wrong that the API would refuse for these reasons.
 */
export function problemsBeforeSaving(draft: MeetupDraft, t: TFunction): Record<string, string> {
  const kept = draft.newcomerSeats ?? 0;
  const fits =
    Number.isInteger(kept) && kept >= 0 && (kept === 0 || (draft.capacity != null && kept <= draft.capacity));
  return fits ? {} : { newcomerSeats: t('meetupForm.errors.newcomerSeats') };
}

export function MeetupFields({ meetup, errors }: { meetup?: Meetup; errors: Record<string, string> }) {
  const { t } = useTranslation();
  const zone = meetup?.timeZone ?? viewerZoneOr('Europe/Berlin');
  const wall = (iso: string | null | undefined) => (iso ? isoToWallTime(iso, zone) : undefined);
  return (
    <>
      <TextField
        label={t('meetupForm.title')}
        name="title"
        defaultValue={meetup?.title}
        error={errors.title}
        required
      />
      <TextAreaField
        label={t('meetupForm.description')}
        hint={t('meetupForm.descriptionHint')}
        name="description"
        rows={8}
        defaultValue={meetup?.description}
        error={errors.description}
      />
      <TextField
        label={t('meetupForm.topics')}
        hint={t('meetupForm.topicsHint')}
        name="topics"
        defaultValue={meetup?.topics.join(', ')}
        error={errors.topics}
      />
      <TextField
        label={t('meetupForm.city')}
        name="city"
        defaultValue={meetup?.city}
        error={errors.city}
        required
      />
      <TextField
        label={t('meetupForm.venueName')}
        name="venueName"
        defaultValue={meetup?.venueName ?? undefined}
        error={errors.venueName}
      />
      <TextField
        label={t('meetupForm.address')}
        name="address"
        defaultValue={meetup?.address ?? undefined}
        error={errors.address}
      />
      <TextField
        label={t('meetupForm.startsAt')}
        name="startsAt"
        type="datetime-local"
        defaultValue={wall(meetup?.startsAt)}
        error={errors.startsAt}
        required
      />
      <TextField
        label={t('meetupForm.endsAt')}
        name="endsAt"
        type="datetime-local"
        defaultValue={wall(meetup?.endsAt)}
        error={errors.endsAt}
        required
      />
      <SelectField
        label={t('meetupForm.timeZone')}
        name="timeZone"
        defaultValue={zone}
        error={errors.timeZone}
      >
        {knownTimeZones().map((name) => (
          <option key={name} value={name}>
            {name}
          </option>
        ))}
      </SelectField>
      <TextField
        label={t('meetupForm.capacity')}
        hint={t('meetupForm.capacityHint')}
        name="capacity"
        type="number"
        min={1}
        inputMode="numeric"
        defaultValue={meetup?.capacity ?? undefined}
        error={errors.capacity}
      />
      <TextField
        label={t('meetupForm.newcomerSeats')}
        hint={t('meetupForm.newcomerSeatsHint')}
        name="newcomerSeats"
        type="number"
        min={0}
        inputMode="numeric"
        defaultValue={meetup?.newcomerSeats || undefined}
        error={errors.newcomerSeats}
      />
      <SelectField
        label={t('meetupForm.visibility')}
        name="visibility"
        defaultValue={meetup?.visibility ?? 'public'}
        error={errors.visibility}
      >
        {VISIBILITIES.map((visibility) => (
          <option key={visibility} value={visibility}>
            {t(`meetupForm.${visibility}`)}
          </option>
        ))}
      </SelectField>
      <TextField
        label={t('meetupForm.rsvpDeadline')}
        name="rsvpDeadline"
        type="datetime-local"
        defaultValue={wall(meetup?.rsvpDeadline)}
        error={errors.rsvpDeadline}
      />
    </>
  );
}
