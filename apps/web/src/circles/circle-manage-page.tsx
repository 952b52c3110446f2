// /c/:slug/manage — the organisers' view: join requests to approve or decline, and the members with when they
// joined and how many of the circle's meetups they came to, as a list and a CSV file.
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { NotFoundPage } from '../not-found/not-found-page';
import { useFormattingLocale } from '../server-render/use-hydrated';
import { Button } from '../ui/button';
import { Card } from '../ui/card';
import { EmptyState } from '../ui/empty-state';
import { PageHeading } from '../ui/page-heading';
import { CircleImagesEditor } from './circle-images-editor';
import { circleMemberCsv } from './circle-member-csv';
import { MemberActions } from './member-actions';
import {
  type Circle,
  type CircleMember,
  useAnswerJoinRequest,
  useCircle,
  useCircleMembers,
  useJoinRequests,
} from './circles-api';

function downloadCsv(slug: string, members: CircleMember[]): void {
  const file = new Blob([circleMemberCsv(members)], { type: 'text/csv;charset=utf-8' });
  const link = document.createElement('a');
  link.href = URL.createObjectURL(file);
  link.download = `circle-${slug}-members.csv`;
  document.body.append(link);
  link.click();
  link.remove();
}

function JoinRequests({ slug }: { slug: string }) {
  const { t, i18n } = useTranslation();
  const locale = useFormattingLocale(i18n.language);
  const requests = useJoinRequests(slug);
  const answer = useAnswerJoinRequest(slug);
  return (
    <section aria-labelledby="join-requests">
      <h2 id="join-requests">{t('circles.requests')}</h2>
      {requests.isPending && <p role="status">{t('circles.loading')}</p>}
      {requests.data?.length === 0 && <EmptyState>{t('circles.noRequests')}</EmptyState>}
      <ul className="m-0 flex list-none flex-col gap-3 p-0">
        {requests.data?.map((request) => (
          <Card
            as="li"
            compact
            key={request.userId}
            className="flex flex-wrap items-center justify-between gap-3"
          >
            <div className="min-w-0">
              <Link to={`/p/${request.handle}`} className="font-semibold">
                {request.displayName}
              </Link>
              <p className="m-0 text-sm text-ink-muted">
                {t('circles.requestedAt', {
                  date: new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(
                    new Date(request.requestedAt),
                  ),
                })}
              </p>
              {request.answer && <p className="m-0">{request.answer}</p>}
            </div>
            <div className="flex gap-2">
              <Button size="sm" onClick={() => answer.mutate({ userId: request.userId, approve: true })}>
                {t('circles.approve')}
              </Button>
              <Button
                size="sm"
                variant="secondary"
                onClick={() => answer.mutate({ userId: request.userId, approve: false })}
              >
                {t('circles.decline')}
              </Button>
            </div>
          </Card>
        ))}
      </ul>
    </section>
  );
}

function Members({ circle }: { circle: Circle }) {
  const slug = circle.slug;
  const { t, i18n } = useTranslation();
  const locale = useFormattingLocale(i18n.language);
  const members = useCircleMembers(slug);
  return (
    <section aria-labelledby="circle-members" className="mt-8">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <h2 id="circle-members" className="m-0">
          {t('circles.memberList')}
        </h2>
        {members.data && (
          <Button variant="secondary" size="sm" onClick={() => downloadCsv(slug, members.data)}>
            {t('circles.downloadCsv')}
          </Button>
        )}
      </div>
      {members.isPending && <p role="status">{t('circles.loading')}</p>}
      {members.data && (
        <div className="mt-4 overflow-x-auto">
          <table className="w-full text-left">
            <thead>
              <tr>
                <th scope="col">{t('circles.name')}</th>
                <th scope="col">{t('circles.role')}</th>
                <th scope="col">{t('circles.joinedAt')}</th>
                <th scope="col">{t('circles.attendance')}</th>
                <th scope="col">
                  <span className="sr-only">{t('circles.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {members.data.map((member) => (
                <tr key={member.userId}>
                  <td>
                    <Link to={`/p/${member.handle}`}>{member.displayName}</Link>
                  </td>
                  <td>{t(`circles.role_${member.role}`)}</td>
                  <td>
                    {new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(
                      new Date(member.joinedAt),
                    )}
                  </td>
                  <td>{member.attendanceCount}</td>
                  <td>
                    <MemberActions circle={circle} member={member} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

export function CircleManagePage() {
  const { t } = useTranslation();
  const { slug = '' } = useParams();
  const circle = useCircle(slug);
  if (circle.isPending) return <p role="status">{t('circles.loading')}</p>;
  if (!circle.data) return <NotFoundPage />;
  if (!circle.data.viewer.isOrganiser) return <p role="alert">{t('circles.onlyOrganisers')}</p>;
  return (
    <section>
      <PageHeading lead={<Link to={`/c/${slug}`}>{circle.data.name}</Link>}>
        {t('circles.manageTitle', { name: circle.data.name })}
      </PageHeading>
      <JoinRequests slug={slug} />
      <Members circle={circle.data} />
      <CircleImagesEditor circle={circle.data} />
    </section>
  );
}
