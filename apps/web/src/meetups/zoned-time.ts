// The meetup form speaks wall-clock time in the meetup's zone ("18:30 in Europe/Berlin"); the API wants ISO 8601
// with the offset that zone has on that day. These convert between the two without a date library.

/** Minutes the zone is ahead of UTC at the instant `utcMs`. */
function offsetMinutes(zone: string, utcMs: number): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(utcMs));
  const part = (type: string) => Number(parts.find((entry) => entry.type === type)!.value);
  const asUtc = Date.UTC(
    part('year'),
    part('month') - 1,
    part('day'),
    part('hour'),
    part('minute'),
    part('second'),
  );
  return Math.round((asUtc - Math.floor(utcMs / 1000) * 1000) / 60_000);
}

const pad = (value: number) => String(Math.abs(value)).padStart(2, '0');
const formatOffset = (minutes: number) =>
  `${minutes < 0 ? '-' : '+'}${pad(Math.trunc(minutes / 60))}:${pad(minutes % 60)}`;

/** '2026-12-03T18:30' in 'Europe/Berlin' → '2026-12-03T18:30:00+01:00'. */
export function wallTimeToIso(wallTime: string, zone: string): string {
  const [date, time] = wallTime.split('T') as [string, string];
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  const asUtc = Date.UTC(year, month - 1, day, hour, minute);
  // Twice: the first guess may sit on the other side of a daylight-saving change.
  const first = offsetMinutes(zone, asUtc);
  const offset = offsetMinutes(zone, asUtc - first * 60_000);
  return `${date}T${pad(hour)}:${pad(minute)}:00${formatOffset(offset)}`;
}

/** '2026-12-03T18:30:00+01:00' shown in 'Europe/Berlin' → '2026-12-03T18:30' for an <input type="datetime-local">. */
export function isoToWallTime(iso: string, zone: string): string {
  const utcMs = new Date(iso).getTime();
  const local = new Date(utcMs + offsetMinutes(zone, utcMs) * 60_000);
  return local.toISOString().slice(0, 16);
}

/** The zones the browser knows, for the time-zone picker. */
export function knownTimeZones(): string[] {
  const intl = Intl as typeof Intl & { supportedValuesOf?: (key: 'timeZone') => string[] };
  return intl.supportedValuesOf?.('timeZone') ?? ['Europe/Berlin', 'Europe/Vienna', 'Europe/Zurich', 'UTC'];
}

/** The viewer's zone when the picker knows it, else `fallback`. */
export function viewerZoneOr(fallback: string): string {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return knownTimeZones().includes(zone) ? zone : fallback;
}
