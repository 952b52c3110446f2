// The home page's search: near me (the profile's home city to start with), by topic, and where people I know go.
import { type FormEvent, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Search } from 'lucide-react';
import { Button } from '../ui/button';
import { FormField, textOf, TextField } from '../ui/form-field';

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
    <form
      role="search"
      className="mb-4 grid items-end gap-x-4 gap-y-2 [grid-template-columns:repeat(auto-fit,minmax(12rem,1fr))] [&>div]:mb-0"
      onSubmit={onSubmit}
      key={JSON.stringify(filter)}
    >
      <TextField
        label={t('home.city')}
        name="city"
        defaultValue={filter.city}
        autoComplete="address-level2"
      />
      <FormField
        label={t('home.topic')}
        name="topic"
        control={(props) => (
          <>
            <input className="w-full" {...props} defaultValue={filter.topic} list={`${id}-topics`} />
            <datalist id={`${id}-topics`}>
              {topics.map((topic) => (
                <option key={topic} value={topic} />
              ))}
            </datalist>
          </>
        )}
      />
      <label className="flex min-h-11 items-center gap-2">
        <input type="checkbox" name="knownOnly" defaultChecked={filter.knownOnly} className="size-5" />{' '}
        {t('home.knownOnly')}
      </label>
      <Button type="submit" variant="secondary">
        <Search aria-hidden className="size-4" /> {t('home.search')}
      </Button>
    </form>
  );
}
