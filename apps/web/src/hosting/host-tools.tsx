// What a meetup's hosts see on its page: edit, publish, the host pages, and cancelling.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { errorText } from '../api/error-text';
import { FormAlert } from '../forms/form-alert';
import { type Meetup, usePublishMeetup } from '../meetups/meetup-api';
import { CancelMeetup } from './cancel-meetup';
import { CoverEditor } from './cover-editor';

export function HostTools({ meetup }: { meetup: Meetup }) {
  const { t } = useTranslation();
  const publish = usePublishMeetup(meetup.id);
  return (
    <section className="host-tools" aria-labelledby="host-tools-heading">
      <h2 id="host-tools-heading" className="visually-hidden">
        {t('hosting.tools')}
      </h2>
      <ul className="host-tools__links">
        <li>
          <Link to={`/m/${meetup.id}/edit`}>{t('meetup.edit')}</Link>
        </li>
        <li>
          <Link to={`/m/${meetup.id}/attendees`}>{t('hosting.attendees.link')}</Link>
        </li>
        {meetup.status !== 'cancelled' && (
          <>
            <li>
              <Link to={`/m/${meetup.id}/invitations`}>{t('hosting.invitations.link')}</Link>
            </li>
            <li>
              <Link to={`/m/${meetup.id}/check-in`}>{t('hosting.checkIn.link')}</Link>
            </li>
          </>
        )}
      </ul>
      <FormAlert message={errorText(publish.error, t)} />
      {publish.isSuccess && meetup.status === 'published' && (
        <p role="status" className="notice notice--success">
          {t('meetup.published')}
        </p>
      )}
      {meetup.status === 'draft' && (
        <p className="actions">
          <button
            type="button"
            className="button"
            disabled={publish.isPending}
            onClick={() => publish.mutate()}
          >
            {t('meetup.publish')}
          </button>
        </p>
      )}
      {meetup.status !== 'cancelled' && <CoverEditor meetup={meetup} />}
      {meetup.status !== 'cancelled' && <CancelMeetup meetup={meetup} />}
    </section>
  );
}
