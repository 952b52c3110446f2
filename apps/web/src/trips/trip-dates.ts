// A trip's days as people read them: "3 – 5 December 2026".
export function tripDates(startsOn: string, endsOn: string, locale: string): string {
  const day = (date: string) => new Date(`${date}T12:00:00Z`);
  const format = new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  return startsOn === endsOn ? format.format(day(startsOn)) : format.formatRange(day(startsOn), day(endsOn));
}
