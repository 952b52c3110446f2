// The home page's search: near me (the profile's home city to start with), by topic, and where people I know go.
import { type FormEvent, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { textOf } from '../ui/form-field';

export interface MeetupFilter {
  city: string;
  topic: string;
  knownOnly: boolean;
}

export function MeetupFilters({
  filter,
  topics,
  onChange,
}: {
  filter: MeetupFilter;
  topics: string[];
  onChange: (filter: MeetupFilter) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    onChange({
      city: textOf(data, 'city').trim(),
      topic: textOf(data, 'topic').trim(),
      knownOnly: data.get('knownOnly') === 'on',
    });
  };
  return (
    <form role="search" className="meetup-filters" onSubmit={onSubmit} key={JSON.stringify(filter)}>
      <div className="field">
        <label htmlFor={`${id}-city`}>{t('home.city')}</label>
        <input id={`${id}-city`} name="city" defaultValue={filter.city} autoComplete="address-level2" />
      </div>
      <div className="field">
        <label htmlFor={`${id}-topic`}>{t('home.topic')}</label>
        <input id={`${id}-topic`} name="topic" defaultValue={filter.topic} list={`${id}-topics`} />
        <datalist id={`${id}-topics`}>
          {topics.map((topic) => (
            <option key={topic} value={topic} />
          ))}
        </datalist>
      </div>
      <label className="checkbox">
        <input type="checkbox" name="knownOnly" defaultChecked={filter.knownOnly} /> {t('home.knownOnly')}
      </label>
      <button type="submit" className="button button--secondary">
        {t('home.search')}
      </button>
    </form>
  );
}
