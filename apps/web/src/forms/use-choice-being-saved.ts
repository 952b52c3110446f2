import { useState } from 'react';
import type { UseMutationResult } from '@tanstack/react-query';

/**
 * For a control that saves as it changes: it shows the user's pick from the moment it is made until the save is
 * over, then the saved value (the old one again, if saving failed). React puts a controlled input back to its
 * rendered value right after the change event, and a mutation's own pending state renders only a moment later:
 * without a pick of its own, the control would jump back first.
 */
export function useChoiceBeingSaved<T>(
  saved: T | undefined,
  save: UseMutationResult<unknown, Error, T>,
): readonly [shown: T | undefined, pick: (value: T) => void] {
  const [picked, setPicked] = useState<{ value: T }>();
  const pick = (value: T) => {
    const thisPick = { value };
    setPicked(thisPick);
    save.mutate(value, {
      onSettled: () => setPicked((current) => (current === thisPick ? undefined : current)),
    });
  };
  return [picked ? picked.value : saved, pick] as const;
}
