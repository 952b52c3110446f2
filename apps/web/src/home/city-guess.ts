// Where a guest probably is, from what the browser tells every page anyway (its time zone and languages), and the
// city they chose instead, remembered in this browser only.

/** Time-zone cities as German speakers write them; the listing matches city names as people typed them. */
const GERMAN_NAMES: Record<string, string> = {
  Vienna: 'Wien',
  Zurich: 'Zürich',
  Copenhagen: 'Kopenhagen',
  Prague: 'Prag',
  Warsaw: 'Warschau',
  Rome: 'Rom',
  Brussels: 'Brüssel',
  Lisbon: 'Lissabon',
  Moscow: 'Moskau',
  Athens: 'Athen',
  Belgrade: 'Belgrad',
  Bucharest: 'Bukarest',
  Kiev: 'Kiew',
  Kyiv: 'Kiew',
};

/**
 * The city of an IANA zone ("Europe/Berlin" → "Berlin"), and its German name where German comes first among the
 * browser's languages. Zones that name no city ("UTC", "Etc/GMT+1") guess nothing.
 */
export function cityNamesFor(timeZone: string, languages: readonly string[]): string[] {
  const [area, ...rest] = timeZone.split('/');
  if (rest.length === 0 || area === 'Etc') return [];
  const city = rest.at(-1)!.replace(/_/g, ' ');
  const german = GERMAN_NAMES[city];
  if (!german) return [city];
  return languages[0]?.toLowerCase().startsWith('de') ? [german, city] : [city, german];
}

/** The first of `names` that one of `cities` is, as the city spells it there; null when none is. */
export function matchCity(names: readonly string[], cities: readonly string[]): string | null {
  for (const name of names) {
    const found = cities.find((city) => city.toLowerCase() === name.toLowerCase());
    if (found) return found;
  }
  return null;
}

const CHOSEN_CITY = 'neuland.home.city';

/** The chosen city; '' when the guest chose "everywhere"; null when they never chose. */
export function chosenCity(): string | null {
  try {
    return window.localStorage.getItem(CHOSEN_CITY);
  } catch {
    return null;
  }
}

export function rememberCity(city: string): void {
  try {
    window.localStorage.setItem(CHOSEN_CITY, city);
  } catch {
    // A browser that keeps nothing (private mode, storage off) asks again next time: nothing is lost.
  }
}
