// /circles/new and /c/:slug/edit — founding a circle or changing it: name, address, description, city, topics, who
// finds it and who may join.
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useAccount } from '../auth/session';
import { FormAlert } from '../forms/form-alert';
import { useFormErrors } from '../forms/use-form-errors';
import { topicsFrom } from '../meetups/meetup-form';
import { LogInFirst } from '../trips/trips-page';
import { Button } from '../ui/button';
import { SelectField, TextAreaField, TextField, textOf } from '../ui/form-field';
import { PageHeading } from '../ui/page-heading';
import { NotFoundPage } from '../not-found/not-found-page';
import { type NewCircle, useCircle, useSaveCircle } from './circles-api';

const VISIBILITIES = ['public', 'unlisted', 'members_only'] as const;
const JOIN_POLICIES = ['open', 'approval'] as const;
const SLUG = /^[a-z0-9][a-z0-9-]{1,39}$/;

/** What can be told before sending: the API says the rest (a reserved or taken address) beside the same fields. */
function checkBeforeSending(circle: NewCircle): string[] {
  const wrong: string[] = [];
  if (circle.name.length < 3 || circle.name.length > 100) wrong.push('name');
  if (circle.slug !== undefined && !SLUG.test(circle.slug)) wrong.push('slug');
  if (!circle.city) wrong.push('city');
  return wrong;
}

function circleFromForm(data: FormData): NewCircle {
  const slug = textOf(data, 'slug').trim().toLowerCase();
  const question = textOf(data, 'joinQuestion').trim();
  return {
    name: textOf(data, 'name').trim(),
    ...(slug ? { slug } : {}),
    description: textOf(data, 'description'),
    city: textOf(data, 'city').trim(),
    topics: topicsFrom(textOf(data, 'topics')),
    visibility: textOf(data, 'visibility') as NewCircle['visibility'],
    joinPolicy: textOf(data, 'joinPolicy') as NewCircle['joinPolicy'],
    joinQuestion: question || null,
  };
}

export function NewCirclePage() {
  const { t } = useTranslation();
  const account = useAccount();
  const { slug } = useParams();
  const existing = useCircle(slug ?? '', Boolean(slug));
  const create = useSaveCircle(slug);
  const navigate = useNavigate();
  const form = useRef<HTMLFormElement>(null);
  const { errors, clear, show, setErrors } = useFormErrors(form);
  const [chosenPolicy, setPolicy] = useState<string>();
  const circle = existing.data;
  const policy = chosenPolicy ?? circle?.joinPolicy ?? 'open';
  const fieldText = (field: string) =>
    t(`circles.fieldErrors.${field}`, { defaultValue: t('form.checkField') });

  if (account.isPending) return <p role="status">{t('circles.loading')}</p>;
  if (!account.data) return <LogInFirst text={t('circles.logInToJoin')} />;
  if (slug && existing.isPending) return <p role="status">{t('circles.loading')}</p>;
  if (slug && !circle?.viewer.isOrganiser) return <NotFoundPage />;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    clear();
    const circle = circleFromForm(new FormData(event.currentTarget));
    const wrong = checkBeforeSending(circle);
    if (wrong.length > 0) {
      setErrors({
        fields: Object.fromEntries(wrong.map((field) => [field, fieldText(field)])),
        form: t('form.fixFields'),
      });
      return;
    }
    create.mutate(circle, {
      onSuccess: (created) => void navigate(`/c/${created.slug}`),
      onError: (error) =>
        show(
          error,
          { CIRCLE_SLUG_TAKEN: t('circles.slugTaken'), EMAIL_NOT_VERIFIED: t('trips.emailNotVerified') },
          t('form.fixFields'),
          t('form.failed'),
          fieldText,
        ),
    });
  };

  const f = errors.fields;
  return (
    <section className="max-w-md">
      {circle ? (
        <PageHeading>{t('circles.editTitle', { name: circle.name })}</PageHeading>
      ) : (
        <PageHeading lead={t('circles.createLead')}>{t('circles.createTitle')}</PageHeading>
      )}
      <form ref={form} onSubmit={onSubmit} noValidate>
        <FormAlert message={errors.form} />
        <TextField
          label={t('circles.name')}
          name="name"
          required
          maxLength={100}
          defaultValue={circle?.name}
          error={f.name}
        />
        <TextField
          label={t('circles.slug')}
          hint={t('circles.slugHint')}
          name="slug"
          defaultValue={circle?.slug}
          error={f.slug}
        />
        <TextField
          label={t('circles.city')}
          name="city"
          autoComplete="address-level2"
          defaultValue={circle?.city}
          error={f.city}
        />
        <TextField
          label={t('circles.topics')}
          hint={t('circles.topicsHint')}
          name="topics"
          error={f.topics}
        />
        <TextAreaField
          label={t('circles.description')}
          hint={t('circles.descriptionHint')}
          name="description"
          rows={5}
          defaultValue={circle?.description}
          error={f.description}
        />
        <SelectField
          label={t('circles.visibility')}
          name="visibility"
          defaultValue={circle?.visibility ?? 'public'}
        >
          {VISIBILITIES.map((visibility) => (
            <option key={visibility} value={visibility}>
              {t(`circles.visibility_${visibility}`)}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('circles.joinPolicy')}
          name="joinPolicy"
          value={policy}
          onChange={(event) => setPolicy(event.target.value)}
        >
          {JOIN_POLICIES.map((joinPolicy) => (
            <option key={joinPolicy} value={joinPolicy}>
              {t(`circles.joinPolicy_${joinPolicy}`)}
            </option>
          ))}
        </SelectField>
        {policy === 'approval' && (
          <TextField
            label={t('circles.joinQuestion')}
            name="joinQuestion"
            maxLength={300}
            error={f.joinQuestion}
          />
        )}
        <Button type="submit" disabled={create.isPending}>
          {circle ? t('circles.save') : t('circles.createSubmit')}
        </Button>
      </form>
    </section>
  );
}
