// "Your meetups" on a member's home: going, on the waitlist, hosting, each as cards and left out when empty; when
// all three are, a pointer to the meetups below.
import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { homeQueries, type MyMeetup, type MyMeetupSection } from './home-queries';
import { MeetupCards } from './meetup-card';

const SECTIONS: MyMeetupSection[] = ['going', 'waitlisted', 'hosting'];

export function YourMeetups({ discoverId }: { discoverId: string }) {
  const { t } = useTranslation();
  const going = useInfiniteQuery(homeQueries.mine('going'));
  const waitlisted = useInfiniteQuery(homeQueries.mine('waitlisted'));
  const hosting = useInfiniteQuery(homeQueries.mine('hosting'));
  const sections = { going, waitlisted, hosting };
  const all = Object.values(sections);

  let content;
  if (all.some((section) => section.isPending)) content = <p role="status">{t('home.loading')}</p>;
  else if (all.some((section) => section.isError)) content = <p role="alert">{t('home.loadFailed')}</p>;
  else {
    const itemsOf = (section: MyMeetupSection) =>
      sections[section].data?.pages.flatMap((page) => page.items) ?? [];
    const shown = SECTIONS.filter((section) => itemsOf(section).length > 0);
    content =
      shown.length === 0 ? (
        <p className="empty-state">
          {t('home.yourMeetupsEmpty')} <a href={`#${discoverId}`}>{t('home.findMeetups')}</a>
        </p>
      ) : (
        <div className="your-meetups__sections">
          {shown.map((section) => (
            <section
              key={section}
              aria-labelledby={`your-meetups-${section}`}
              className="your-meetups__section"
            >
              <h3 id={`your-meetups-${section}`}>{t(`home.section.${section}`)}</h3>
              <MeetupCards
                meetups={itemsOf(section)}
                titleLevel={4}
                badgeOf={(meetup) => <SectionBadge meetup={meetup as MyMeetup} />}
              />
              {sections[section].hasNextPage && (
                <button
                  type="button"
                  className="button button--secondary"
                  disabled={sections[section].isFetchingNextPage}
                  onClick={() => void sections[section].fetchNextPage()}
                >
                  {t('home.showMore')}
                </button>
              )}
            </section>
          ))}
        </div>
      );
  }
  return (
    <section aria-labelledby="your-meetups" className="your-meetups">
      <h2 id="your-meetups">{t('home.yourMeetups')}</h2>
      {content}
    </section>
  );
}

function SectionBadge({ meetup }: { meetup: MyMeetup }) {
  const { t } = useTranslation();
  if (meetup.status === 'draft') return <span className="badge">{t('home.draft')}</span>;
  if (meetup.section === 'waitlisted' && meetup.waitlistPosition !== null) {
    return <span className="badge">{t('home.waitlistPosition', { position: meetup.waitlistPosition })}</span>;
  }
  return null;
}
