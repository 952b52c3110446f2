// The room for its hosts in aggregate: how many going know at least one other, in bands (room-bands.ts).
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AuthenticatedUser } from '@neuland/auth';
import { MeetupAccess } from '@neuland/meetups';
import type { DataSource } from 'typeorm';
import type { RoomDto } from './dto/room.dto.js';
import { ROOM_SHOWN_FROM, roomBands } from './room-bands.js';

@Injectable()
export class RoomAggregateService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: MeetupAccess,
  ) {}

  async of(meetupId: string, host: AuthenticatedUser): Promise<RoomDto> {
    await this.access.findHostable(meetupId, host);
    // "Knows someone" counts the same pairs the arrival view may show: told_about both ways between visible
    // attendees going (IntroducedPairs), here in one statement, as the whole room is counted.
    const [row]: Array<{ going: number; knowing: number }> = await this.dataSource.query(
      `WITH going AS (SELECT user_id, visible FROM meetup_attendance WHERE meetup_id = $1 AND status = 'going'),
            seen AS (SELECT array_agg(user_id) AS ids FROM going WHERE visible),
            told AS (SELECT t.viewer_id, t.user_id FROM seen, told_about(seen.ids, seen.ids) t
                      WHERE t.viewer_id <> t.user_id)
       SELECT (SELECT count(*) FROM going)::int AS going,
              (SELECT count(DISTINCT t.viewer_id) FROM told t
                 JOIN told back ON back.viewer_id = t.user_id AND back.user_id = t.viewer_id)::int AS knowing`,
      [meetupId],
    );
    const bands = roomBands(row.going, row.knowing);
    return {
      goingCount: row.going,
      shownFrom: ROOM_SHOWN_FROM,
      shown: bands.shown,
      knowsSomeone: bands.shown ? bands.knowsSomeone : null,
      knowsNobody: bands.shown ? bands.knowsNobody : null,
    };
  }
}
