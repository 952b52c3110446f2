// The "repeats" choice of a circle's meetup form, with the summary of what it will make under it.
import { useTranslation } from 'react-i18next';
import { SelectField, TextField } from '../../ui/form-field';
import { type RecurrenceChoice, REPEATS, summaryOf } from './recurrence-choice';

export const SINGLE: RecurrenceChoice = {
  repeats: 'never',
  interval: 1,
  ends: 'count',
  until: '',
  count: 10,
};

/** What the form can tell before sending; field name → sentence. */
export function repeatProblems(choice: RecurrenceChoice, startWallTime: string): Record<string, string> {
  const problems: Record<string, string> = {};
  if (choice.repeats === 'never') return problems;
  if (choice.repeats === 'weekly' && !(choice.interval >= 1 && choice.interval <= 12))
    problems.interval = 'interval';
  if (choice.ends === 'until' && (!choice.until || choice.until <= startWallTime.slice(0, 10)))
    problems.until = 'until';
  if (choice.ends === 'count' && !(choice.count >= 1 && choice.count <= 500)) problems.count = 'count';
  return problems;
}

export function RepeatFields({
  choice,
  onChange,
  startWallTime,
  errors,
}: {
  choice: RecurrenceChoice;
  onChange: (choice: RecurrenceChoice) => void;
  startWallTime: string;
  errors: Record<string, string>;
}) {
  const { t, i18n } = useTranslation();
  const set = (change: Partial<RecurrenceChoice>) => onChange({ ...choice, ...change });
  return (
    <fieldset className="mb-4 rounded-lg border border-line p-4">
      <legend className="px-1 font-semibold">{t('series.repeats')}</legend>
      <SelectField
        label={t('series.howOften')}
        name="repeats"
        value={choice.repeats}
        onChange={(event) => set({ repeats: event.target.value as RecurrenceChoice['repeats'] })}
      >
        {REPEATS.map((repeats) => (
          <option key={repeats} value={repeats}>
            {t(`series.repeats_${repeats}`)}
          </option>
        ))}
      </SelectField>
      {choice.repeats === 'weekly' && (
        <TextField
          label={t('series.interval')}
          name="interval"
          type="number"
          min={1}
          max={12}
          inputMode="numeric"
          value={choice.interval}
          error={errors.interval}
          onChange={(event) => set({ interval: Number(event.target.value) })}
        />
      )}
      {choice.repeats !== 'never' && (
        <>
          <SelectField
            label={t('series.ends')}
            name="ends"
            value={choice.ends}
            onChange={(event) => set({ ends: event.target.value as RecurrenceChoice['ends'] })}
          >
            <option value="count">{t('series.ends_count')}</option>
            <option value="until">{t('series.ends_until')}</option>
          </SelectField>
          {choice.ends === 'until' ? (
            <TextField
              label={t('series.untilDate')}
              name="until"
              type="date"
              value={choice.until}
              error={errors.until}
              onChange={(event) => set({ until: event.target.value })}
            />
          ) : (
            <TextField
              label={t('series.count')}
              name="count"
              type="number"
              min={1}
              max={500}
              inputMode="numeric"
              value={choice.count}
              error={errors.count}
              onChange={(event) => set({ count: Number(event.target.value) })}
            />
          )}
          <p className="m-0 text-sm" aria-live="polite" data-testid="series-summary">
            <span className="font-semibold">{t('series.summaryLabel')}: </span>
            {summaryOf(choice, startWallTime, t, i18n.language)}
          </p>
        </>
      )}
    </fieldset>
  );
}
