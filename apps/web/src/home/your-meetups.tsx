// "Your meetups" on a member's home: going, on the waitlist, hosting, each as cards and left out when empty; when
// all three are, a pointer to the meetups below.
import { useInfiniteQuery } from '@tanstack/react-query';
import { CalendarHeart, Hourglass, PencilLine } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Badge } from '../ui/badge';
import { Button, buttonClasses } from '../ui/button';
import { EmptyState } from '../ui/empty-state';
import { homeQueries, type MyMeetup, type MyMeetupSection } from './home-queries';
import { MeetupCards } from './meetup-card';

const SECTIONS: MyMeetupSection[] = ['going', 'waitlisted', 'hosting'];

export function YourMeetups({ discoverId }: { discoverId: string }) {
  const { t } = useTranslation();
  const sections = {
    going: useInfiniteQuery(homeQueries.mine('going')),
    waitlisted: useInfiniteQuery(homeQueries.mine('waitlisted')),
    hosting: useInfiniteQuery(homeQueries.mine('hosting')),
  };
  const all = Object.values(sections);
  const itemsOf = (section: MyMeetupSection) =>
    sections[section].data?.pages.flatMap((page) => page.items) ?? [];
  const shown = SECTIONS.filter((section) => itemsOf(section).length > 0);

  let content;
  if (all.some((section) => section.isPending)) content = <p role="status">{t('home.loading')}</p>;
  else if (all.some((section) => section.isError)) content = <p role="alert">{t('home.loadFailed')}</p>;
  else if (shown.length === 0) {
    content = (
      <EmptyState
        icon={CalendarHeart}
        action={
          <a href={`#${discoverId}`} className={buttonClasses({ variant: 'secondary' })}>
            {t('home.findMeetups')}
          </a>
        }
      >
        {t('home.yourMeetupsEmpty')}
      </EmptyState>
    );
  } else {
    // A section of one card sits beside the others; a longer one takes the whole row.
    content = (
      <div className="grid grid-cols-[repeat(auto-fit,minmax(15rem,1fr))] gap-x-4">
        {shown.map((section) => (
          <section
            key={section}
            aria-labelledby={`your-meetups-${section}`}
            className={itemsOf(section).length > 1 ? 'col-span-full' : 'flex flex-col'}
          >
            <h3 id={`your-meetups-${section}`} className="mt-4 mb-2 text-base text-ink-muted">
              {t(`home.section.${section}`)}
            </h3>
            <MeetupCards
              meetups={itemsOf(section)}
              titleLevel={4}
              badgeOf={(meetup) => <SectionBadge meetup={meetup as MyMeetup} />}
            />
            {sections[section].hasNextPage && (
              <Button
                variant="secondary"
                disabled={sections[section].isFetchingNextPage}
                onClick={() => void sections[section].fetchNextPage()}
              >
                {t('home.showMore')}
              </Button>
            )}
          </section>
        ))}
      </div>
    );
  }
  return (
    <section aria-labelledby="your-meetups">
      <h2 id="your-meetups">{t('home.yourMeetups')}</h2>
      {content}
    </section>
  );
}

function SectionBadge({ meetup }: { meetup: MyMeetup }) {
  const { t } = useTranslation();
  if (meetup.status === 'draft') {
    return (
      <Badge tone="neutral" icon={<PencilLine aria-hidden size={14} />}>
        {t('home.draft')}
      </Badge>
    );
  }
  if (meetup.section === 'waitlisted' && meetup.waitlistPosition !== null) {
    return (
      <Badge tone="warning" icon={<Hourglass aria-hidden size={14} />} className="whitespace-normal!">
        {t('home.waitlistPosition', { position: meetup.waitlistPosition })}
      </Badge>
    );
  }
  return null;
}
