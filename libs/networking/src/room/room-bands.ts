// How many people in a room know at least one other, told to its hosts without telling them who knows whom.
//
// The rule: nothing below ROOM_SHOWN_FROM people going; from there on, the number who know at least one other is
// given only as a band of BAND_WIDTH (10–14, 15–19 …; cut at the room's size), and those who know nobody as the
// band that leaves. Why: a host can make two meetups that differ by one attendee X and compare. Without bands the
// counts change by exactly X plus those whose only acquaintance is X, and in a small room those are few enough
// to name. To be sure of an edge X–Y from two answers, the host must be sure that Y knew nobody in the first room
// and someone in the second: the first needs a room whose band says "nobody knows anybody" for certain, which a
// band of five never says (its lowest band is 0–4), and a room below ten people, where a band of five would be
// half the room, shows nothing. The bands and the floor are constants, not per meetup, so no host can narrow them.

/** Rooms smaller than this show no counts at all. */
export const ROOM_SHOWN_FROM = 10;
/** Counts are given in bands this wide. */
export const BAND_WIDTH = 5;

export interface CountBand {
  /** At least this many … */
  min: number;
  /** … and at most this many. */
  max: number;
}

export type RoomBands = { shown: false } | { shown: true; knowsSomeone: CountBand; knowsNobody: CountBand };

/** The bands for a room of `going` people of whom `knowsSomeone` know at least one other there. */
export function roomBands(going: number, knowsSomeone: number): RoomBands {
  if (going < ROOM_SHOWN_FROM) return { shown: false };
  const min = Math.floor(knowsSomeone / BAND_WIDTH) * BAND_WIDTH;
  const max = Math.min(min + BAND_WIDTH - 1, going);
  return { shown: true, knowsSomeone: { min, max }, knowsNobody: { min: going - max, max: going - min } };
}
