// Which pairs of people in a room the hosts may see as knowing each other online: DESIGN.md's introduction rule
// asked both ways. The host stands between the two, so a pair is shown only where each of them may be told about
// the other; a one-sided follow or import, which the rule never tells the other side, is never shown to the host.
import { Injectable } from '@nestjs/common';
import { SocialGraphService } from '@neuland/social-graph';

/** A going attendee in the room, and whether they attend visibly (rule 1 needs it for being told about). */
export interface RoomMember {
  userId: string;
  visible: boolean;
}

@Injectable()
export class IntroducedPairs {
  constructor(private readonly graph: SocialGraphService) {}

  /**
   * For each of `among` (people here), whom of `here` they may be introduced to, both directions holding. Rule 1:
   * both are going (the callers pass only going attendees) and both attend visibly, as each is the other's X.
   */
  async knownHere(among: RoomMember[], here: RoomMember[]): Promise<Map<string, string[]>> {
    const visibleAmong = among.filter((member) => member.visible).map((member) => member.userId);
    const visibleHere = here.filter((member) => member.visible).map((member) => member.userId);
    const [forwards, backwards] = await Promise.all([
      this.graph.toldAbout(visibleAmong, visibleHere),
      this.graph.toldAbout(visibleHere, visibleAmong),
    ]);
    const back = new Set(backwards.map((told) => `${told.viewerId}/${told.userId}`));
    const known = new Map<string, string[]>();
    for (const told of forwards) {
      if (told.viewerId === told.userId || !back.has(`${told.userId}/${told.viewerId}`)) continue;
      known.set(told.viewerId, [...(known.get(told.viewerId) ?? []), told.userId]);
    }
    return known;
  }
}
