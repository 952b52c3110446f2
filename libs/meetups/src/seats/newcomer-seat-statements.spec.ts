import { describe, expect, it } from '@jest/globals';
import { chooseFromWaitlist } from './newcomer-seat-statements.js';

const waiting = (...newcomers: boolean[]) =>
  newcomers.map((newcomer, index) => ({ id: `w${index + 1}`, newcomer }));

describe('chooseFromWaitlist', () => {
  it('gives a free kept seat to the first newcomer waiting, passing over those who know someone', () => {
    const meetup = { capacity: 4, goingCount: 3, newcomerSeats: 2, newcomersSeated: 1 };
    expect(chooseFromWaitlist(meetup, waiting(false, false, true, true))).toEqual([
      { id: 'w3', newcomerSeat: true },
    ]);
  });

  it('fills open seats in waitlist order, newcomers too, once the kept ones are taken', () => {
    const meetup = { capacity: 5, goingCount: 3, newcomerSeats: 1, newcomersSeated: 1 };
    expect(chooseFromWaitlist(meetup, waiting(true, false, true))).toEqual([
      { id: 'w1', newcomerSeat: false },
      { id: 'w2', newcomerSeat: false },
    ]);
  });

  it('moves nobody up while only kept seats are free and nobody waiting is new', () => {
    const meetup = { capacity: 4, goingCount: 2, newcomerSeats: 2, newcomersSeated: 0 };
    expect(chooseFromWaitlist(meetup, waiting(false, false))).toEqual([]);
  });

  it('never seats beyond the capacity when more seats are kept than are free', () => {
    const meetup = { capacity: 2, goingCount: 1, newcomerSeats: 2, newcomersSeated: 0 };
    expect(chooseFromWaitlist(meetup, waiting(true, true))).toEqual([{ id: 'w1', newcomerSeat: true }]);
  });
});
