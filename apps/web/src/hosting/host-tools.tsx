// What a meetup's hosts see on its page: edit, publish, the host pages, and cancelling.
import { useTranslation } from 'react-i18next';
import { errorText } from '../api/error-text';
import { FormAlert } from '../forms/form-alert';
import { type Meetup, usePublishMeetup } from '../meetups/meetup-api';
import { CoverEditor } from './cover-editor';
import { MeetingOutcome } from '../networking/meeting-outcome';
import { useToast } from '../ui/toast';
import { Suspense } from 'react';
import { lazyPart } from '../layout/lazy-part';

// Only hosts cancel, so the dialog's code loads with the host tools rather than for every visitor of the page.
const CancelMeetup = lazyPart('cancel-meetup', async () => (await import('./cancel-meetup')).CancelMeetup);
import { Button, ButtonLink } from '../ui/button';
import { Card } from '../ui/card';
import { DoorOpen, Pencil, ScanLine, Send, Users } from 'lucide-react';
import { RoomPanel } from '../room/room-panel';

export function HostTools({ meetup }: { meetup: Meetup }) {
  const { t } = useTranslation();
  const publish = usePublishMeetup(meetup.id);
  const toast = useToast();
  return (
    <Card as="section" tinted compact className="my-4" aria-labelledby="host-tools-heading">
      <h2 id="host-tools-heading" className="sr-only">
        {t('hosting.tools')}
      </h2>
      <ul className="m-0 mb-2 flex list-none flex-wrap gap-1 p-0">
        <li>
          <ButtonLink
            to={`/m/${meetup.id}/edit`}
            variant="ghost"
            size="sm"
            icon={<Pencil aria-hidden size={16} />}
          >
            {t('meetup.edit')}
          </ButtonLink>
        </li>
        <li>
          <ButtonLink
            to={`/m/${meetup.id}/attendees`}
            variant="ghost"
            size="sm"
            icon={<Users aria-hidden size={16} />}
          >
            {t('hosting.attendees.link')}
          </ButtonLink>
        </li>
        {meetup.status !== 'cancelled' && (
          <>
            <li>
              <ButtonLink
                to={`/m/${meetup.id}/invitations`}
                variant="ghost"
                size="sm"
                icon={<Send aria-hidden size={16} />}
              >
                {t('hosting.invitations.link')}
              </ButtonLink>
            </li>
            <li>
              <ButtonLink
                to={`/m/${meetup.id}/check-in`}
                variant="ghost"
                size="sm"
                icon={<ScanLine aria-hidden size={16} />}
              >
                {t('hosting.checkIn.link')}
              </ButtonLink>
            </li>
            <li>
              <ButtonLink
                to={`/m/${meetup.id}/arrivals`}
                variant="ghost"
                size="sm"
                icon={<DoorOpen aria-hidden size={16} />}
              >
                {t('room.arrivals.link')}
              </ButtonLink>
            </li>
          </>
        )}
      </ul>
      <MeetingOutcome meetup={meetup} />
      <FormAlert message={errorText(publish.error, t)} />
      {meetup.status === 'draft' && (
        <p className="flex flex-wrap items-center gap-3">
          <Button
            type="button"

            disabled={publish.isPending}
            onClick={() =>
              publish.mutate(undefined, {
                onSuccess: () =>
                  toast({ title: t('meetup.publishedTitle'), description: t('meetup.published') }),
              })
            }
          >
            {t('meetup.publish')}
          </Button>
        </p>
      )}
      {meetup.status !== 'cancelled' && <CoverEditor meetup={meetup} />}
      {meetup.status !== 'cancelled' && <RoomPanel meetup={meetup} />}
      {meetup.status !== 'cancelled' && (
        <Suspense fallback={null}>
          <CancelMeetup meetup={meetup} />
        </Suspense>
      )}
    </Card>
  );
}
