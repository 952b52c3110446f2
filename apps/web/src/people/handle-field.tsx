// A handle field with auto-complete, for wherever a handle is typed (inviting, co-hosts): the ARIA 1.2 combobox
// pattern. Typing searches people (debounced, only profiles the member may see); arrows move through the faces
// offered, Enter takes one, Escape closes the list. What is typed is still sent as it is when nothing is picked.
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Avatar } from '../ui/avatar';
import { type ControlProps, FormField, type FieldProps } from '../ui/form-field';
import { type PersonFound, searchTextOf, useDebounced, useHandleSuggestions } from './people-api';

function HandleCombobox({ id, name, ...aria }: ControlProps) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [picked, setPicked] = useState<PersonFound | null>(null);
  const query = useDebounced(searchTextOf(text));
  const suggestions = useHandleSuggestions(open ? query : '');
  const found = open && query ? (suggestions.data ?? []) : [];
  // A handle typed out in full needs no list over the rest of the form.
  const complete = found.length === 1 && found[0].handle === query.toLowerCase();
  const options = complete ? [] : found;
  const listId = `${id}-people`;
  const optionId = (index: number) => `${id}-person-${index}`;

  // A form reset (after a successful invitation) empties the field like any other.
  useEffect(() => {
    const form = input.current?.form;
    if (!form) return;
    const clear = () => {
      setText('');
      setOpen(false);
      setPicked(null);
    };
    form.addEventListener('reset', clear);
    return () => form.removeEventListener('reset', clear);
  }, []);

  const pick = (person: PersonFound) => {
    setText(person.handle);
    setPicked(person);
    setOpen(false);
    setActive(-1);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!open) setOpen(true);
      if (options.length === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((current) => (current + step + options.length) % options.length);
    } else if (event.key === 'Enter' && open && active >= 0 && options[active]) {
      // Takes the person instead of sending the form; a second Enter sends it.
      event.preventDefault();
      pick(options[active]);
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      setOpen(false);
      setActive(-1);
    }
  };

  const announcement = picked
    ? t('people.picked', { name: picked.displayName, handle: picked.handle })
    : open && query && suggestions.isSuccess && !complete
      ? options.length > 0
        ? t('people.suggestions', { count: options.length })
        : t('people.noSuggestions')
      : '';

  return (
    <div className="relative">
      <input
        ref={input}
        id={id}
        name={name}
        {...aria}
        className="w-full"
        type="text"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={options.length > 0}
        aria-controls={listId}
        aria-activedescendant={open && active >= 0 && options[active] ? optionId(active) : undefined}
        autoComplete="off"
        autoCapitalize="none"
        spellCheck={false}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setPicked(null);
          setOpen(true);
          setActive(-1);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
      />
      <ul
        id={listId}
        role="listbox"
        aria-label={t('people.title')}
        hidden={options.length === 0}
        className="absolute inset-x-0 top-full z-20 m-0 mt-1 max-h-80 list-none overflow-auto rounded-card border border-line bg-surface p-1 shadow-lg"
      >
        {options.map((person, index) => (
          <li
            key={person.userId}
            id={optionId(index)}
            role="option"
            aria-selected={index === active}
            className={`flex min-h-11 cursor-pointer items-center gap-3 rounded-control px-2 py-1.5 ${
              index === active ? 'bg-accent-soft' : 'hover:bg-surface-muted'
            }`}
            // mousedown, not click: the input keeps focus, so its blur does not close the list first.
            onMouseDown={(event) => {
              event.preventDefault();
              pick(person);
            }}
          >
            <Avatar person={person} size={32} />
            <span className="min-w-0">
              <span className="block truncate font-semibold text-ink">{person.displayName}</span>
              <span className="block truncate text-sm text-ink-muted">
                @{person.handle}
                {person.headline && ` · ${person.headline}`}
              </span>
            </span>
          </li>
        ))}
      </ul>
      <p role="status" className="sr-only">
        {announcement}
      </p>
    </div>
  );
}

/** A labelled handle field with auto-complete; its value is sent under `name` like any text field. */
export function HandleField(props: FieldProps) {
  return <FormField {...props} control={(control) => <HandleCombobox {...control} />} />;
}
