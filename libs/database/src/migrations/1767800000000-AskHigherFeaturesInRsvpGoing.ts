import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * rsvp_going asks `rsvp_refusal(meetup, member)` under the meetup's lock: the SQL form of MeetupAccess's hooks, by
 * which a higher feature refuses a "going" without meetups naming its tables (circles fill it in with their bans,
 * migration RefuseRsvpsOfCircleBans). Before, the API asked each such feature in a query of its own before every
 * "going", a round trip per RSVP. rsvp_going is restated whole; `down` restates the function of KeepNewcomerSeats.
 */
export class AskHigherFeaturesInRsvpGoing1767800000000 implements MigrationInterface {
  name = 'AskHigherFeaturesInRsvpGoing1767800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Meetups alone refuse nothing more: null is "no refusal"; a higher feature answers its outcome's name.
    await queryRunner.query(`
      CREATE FUNCTION rsvp_refusal(p_meetup_id uuid, p_user_id uuid) RETURNS text
      LANGUAGE sql STABLE AS $fn$ SELECT NULL::text $fn$`);
    await queryRunner.query(rsvpGoing(true));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(rsvpGoing(false));
    await queryRunner.query(`DROP FUNCTION rsvp_refusal(uuid, uuid)`);
  }
}

const rsvpGoing = (asksRefusal: boolean) => `
      CREATE OR REPLACE FUNCTION rsvp_going(
        p_meetup_id uuid, p_user_id uuid,
        -- Apply the caller's view of the meetup (drafts, invite-only, hidden): false when the caller checked it.
        p_as_viewer boolean, p_is_admin boolean,
        -- null: keep an earlier RSVP's choice, or follow the profile for a first one.
        p_attends_visibly boolean,
        -- null: not known yet; answered 'ask_invitation' when an invite-only meetup needs it.
        p_via_invitation boolean,
        p_check_in_code varchar)
      RETURNS TABLE (
        outcome text, waitlist_position int, time_zone varchar,
        id uuid, meetup_id uuid, user_id uuid, status rsvp_status, attends_visibly boolean, via_invitation boolean,
        waitlist_ticket bigint, check_in_code varchar, checked_in_at timestamptz, responded_at timestamptz,
        created_at timestamptz, updated_at timestamptz)
      LANGUAGE plpgsql AS $fn$
      #variable_conflict use_column
      DECLARE
        v_meetup meetup%ROWTYPE;
        v_rsvp rsvp%ROWTYPE;
        v_hosts boolean;
        v_sees_all boolean;
        v_new_status rsvp_status;
        v_position int;
        v_newcomer boolean := false;
        v_newcomer_seat boolean := false;
        v_newcomers_seated int;
      BEGIN
        -- Invariant: going_count never exceeds capacity and equals the number of going RSVPs; waitlist order is
        -- lock order. Every statement below runs after the lock and sees what its earlier holders committed.
        SELECT * INTO v_meetup FROM meetup m WHERE m.id = p_meetup_id FOR UPDATE;
        IF NOT FOUND THEN outcome := 'not_found'; RETURN NEXT; RETURN; END IF;
${
  asksRefusal
    ? `        -- A higher feature's refusal (circles: a ban) comes first, whoever the member is; the API names it.
        outcome := rsvp_refusal(p_meetup_id, p_user_id);
        IF outcome IS NOT NULL THEN RETURN NEXT; RETURN; END IF;
`
    : ''
}        time_zone := v_meetup.time_zone;
        v_hosts := v_meetup.organiser_id = p_user_id
          OR EXISTS (SELECT 1 FROM meetup_co_host h WHERE h.meetup_id = p_meetup_id AND h.user_id = p_user_id);
        v_sees_all := v_hosts OR p_is_admin;
        SELECT * INTO v_rsvp FROM rsvp r WHERE r.meetup_id = p_meetup_id AND r.user_id = p_user_id;

        IF p_as_viewer AND NOT v_sees_all THEN
          IF v_meetup.status = 'draft' THEN outcome := 'not_found'; RETURN NEXT; RETURN; END IF;
          IF v_meetup.visibility = 'invite_only' THEN
            IF p_via_invitation IS NULL THEN outcome := 'ask_invitation'; RETURN NEXT; RETURN; END IF;
            IF NOT p_via_invitation AND coalesce(v_rsvp.status = 'not_going', true) THEN
              outcome := 'not_found'; RETURN NEXT; RETURN;
            END IF;
          END IF;
          -- Hidden by an admin, or its organiser suspended: nobody but hosts and admins learns it exists.
          IF v_meetup.hidden_at IS NOT NULL OR EXISTS (
               SELECT 1 FROM member_account a WHERE a.user_id = v_meetup.organiser_id AND a.suspended) THEN
            outcome := 'not_found'; RETURN NEXT; RETURN;
          END IF;
        END IF;

        IF v_meetup.status = 'cancelled' THEN outcome := 'cancelled'; RETURN NEXT; RETURN; END IF;
        IF v_meetup.status = 'draft' THEN outcome := 'not_published'; RETURN NEXT; RETURN; END IF;
        IF coalesce(v_meetup.rsvp_deadline, v_meetup.ends_at) <= now() THEN
          outcome := 'closed'; RETURN NEXT; RETURN;
        END IF;
        IF v_meetup.visibility = 'invite_only' AND NOT coalesce(p_via_invitation, false) AND NOT v_hosts THEN
          outcome := 'invitation_required'; RETURN NEXT; RETURN;
        END IF;

        IF v_rsvp.id IS NOT NULL AND v_rsvp.status <> 'not_going' THEN
          -- Already going or waiting: only the visibility may change.
          IF p_attends_visibly IS NOT NULL AND p_attends_visibly <> v_rsvp.attends_visibly THEN
            UPDATE rsvp r SET attends_visibly = p_attends_visibly, updated_at = now()
             WHERE r.id = v_rsvp.id RETURNING * INTO v_rsvp;
          END IF;
          outcome := 'unchanged';
        ELSE
          IF v_meetup.capacity IS NOT NULL AND v_meetup.newcomer_seats > 0
             AND v_meetup.newcomer_seats_opened_at IS NULL THEN
            -- Newcomer seats are kept: only someone told about nobody going (the introduction rule, now, under
            -- the lock) takes one; everyone else fits into the rest of the capacity.
            v_newcomer := NOT EXISTS (
              SELECT 1 FROM told_about(ARRAY[p_user_id], ARRAY(
                SELECT g.user_id FROM rsvp g
                 WHERE g.meetup_id = p_meetup_id AND g.status = 'going' AND g.attends_visibly)));
            SELECT count(*)::int INTO v_newcomers_seated FROM rsvp g
             WHERE g.meetup_id = p_meetup_id AND g.status = 'going' AND g.newcomer_seat;
            IF v_meetup.going_count >= v_meetup.capacity THEN
              v_new_status := 'waitlisted';
            ELSIF v_newcomer AND v_newcomers_seated < v_meetup.newcomer_seats THEN
              v_new_status := 'going';
              v_newcomer_seat := true;
            ELSIF v_meetup.going_count - v_newcomers_seated < v_meetup.capacity - v_meetup.newcomer_seats THEN
              v_new_status := 'going';
            ELSE
              v_new_status := 'waitlisted';
            END IF;
          ELSE
            v_new_status := CASE WHEN v_meetup.capacity IS NULL OR v_meetup.going_count < v_meetup.capacity
                                 THEN 'going' ELSE 'waitlisted' END;
          END IF;
          INSERT INTO rsvp AS r (meetup_id, user_id, status, waitlist_ticket, attends_visibly, via_invitation,
                                 check_in_code, responded_at, newcomer, newcomer_seat)
          VALUES (p_meetup_id, p_user_id, v_new_status,
                  CASE WHEN v_new_status = 'waitlisted' THEN nextval('rsvp_waitlist_ticket_seq') END,
                  -- A first RSVP without a choice follows the profile: invisible if attendance is kept private.
                  coalesce(p_attends_visibly,
                           (SELECT p.attendance_visibility <> 'private' FROM member_profile p
                             WHERE p.user_id = p_user_id),
                           true),
                  coalesce(p_via_invitation, false), p_check_in_code, now(), v_newcomer, v_newcomer_seat)
          ON CONFLICT (meetup_id, user_id) DO UPDATE
             SET status = excluded.status, waitlist_ticket = excluded.waitlist_ticket,
                 attends_visibly = coalesce(p_attends_visibly, r.attends_visibly),
                 via_invitation = r.via_invitation OR excluded.via_invitation,
                 responded_at = excluded.responded_at, newcomer = excluded.newcomer,
                 newcomer_seat = excluded.newcomer_seat, updated_at = now()
          RETURNING * INTO v_rsvp;
          IF v_new_status = 'going' THEN
            UPDATE meetup m SET going_count = going_count + 1, updated_at = now() WHERE m.id = p_meetup_id;
          END IF;
          outcome := 'answered';
        END IF;

        IF v_rsvp.status = 'waitlisted' THEN
          SELECT count(*)::int INTO v_position FROM rsvp w
           WHERE w.meetup_id = p_meetup_id AND w.status = 'waitlisted' AND w.waitlist_ticket <= v_rsvp.waitlist_ticket;
        END IF;
        IF outcome = 'answered' THEN
          INSERT INTO outbox_event (topic, subject_id, payload)
          VALUES (CASE WHEN v_rsvp.status = 'going' THEN 'rsvp.confirmed' ELSE 'rsvp.waitlisted' END, v_rsvp.id,
                  jsonb_build_object('rsvpId', v_rsvp.id, 'meetupId', p_meetup_id, 'userId', p_user_id)
                    || CASE WHEN v_rsvp.status = 'waitlisted' THEN jsonb_build_object('position', v_position)
                            ELSE '{}'::jsonb END);
        END IF;

        waitlist_position := v_position;
        id := v_rsvp.id; meetup_id := v_rsvp.meetup_id; user_id := v_rsvp.user_id; status := v_rsvp.status;
        attends_visibly := v_rsvp.attends_visibly; via_invitation := v_rsvp.via_invitation;
        waitlist_ticket := v_rsvp.waitlist_ticket; check_in_code := v_rsvp.check_in_code;
        checked_in_at := v_rsvp.checked_in_at; responded_at := v_rsvp.responded_at;
        created_at := v_rsvp.created_at; updated_at := v_rsvp.updated_at;
        RETURN NEXT;
      END
      $fn$`;
