// A meetup at a glance: a calendar sheet with its day, its title, when (in its own time zone) and where.
import { Column } from '@react-email/column';
import { Link } from '@react-email/link';
import { Row } from '@react-email/row';
import { Section } from '@react-email/section';
import { Text } from '@react-email/text';
import type { MeetupFacts } from '../../delivery/mail-context.js';
import { meetupDay, meetupTime, place } from '../mail-formats.js';
import { ButtonRow, MailButton } from './mail-button.js';
import { TEXT_BLOCK, useMailFrame } from './mail-frame.js';
import { CLASSES, COLOURS, FONT, mutedText, text } from './theme.js';

export const meetupPageUrl = (appUrl: string, meetup: MeetupFacts) => `${appUrl}/m/${meetup.id}`;
export const meetupCalendarUrl = (appUrl: string, meetup: MeetupFacts) =>
  `${appUrl}/api/v1/meetups/${meetup.id}/calendar.ics`;

const label = {
  ...mutedText,
  fontSize: '12px',
  lineHeight: '16px',
  fontWeight: 600,
  letterSpacing: '0.06em',
  textTransform: 'uppercase',
  margin: '12px 0 2px',
} as const;

const value = { ...text, fontWeight: 600, margin: 0 } as const;

export function MeetupBlock({ meetup, cancelled = false }: { meetup: MeetupFacts; cancelled?: boolean }) {
  const { medium, t, language } = useMailFrame();
  const when = meetupTime(meetup, language);
  if (medium === 'text') {
    return (
      <div className={TEXT_BLOCK}>
        <div>{meetup.title}</div>
        <div>{`${t('meetup.when')}: ${when} (${meetup.timeZone})`}</div>
        <div>{`${t('meetup.where')}: ${place(meetup)}`}</div>
      </div>
    );
  }
  const { month, day } = meetupDay(meetup, language);
  return (
    <Section
      className={CLASSES.box}
      style={{
        backgroundColor: COLOURS.wash,
        border: `1px solid ${COLOURS.line}`,
        borderRadius: '12px',
        padding: '20px',
        margin: '8px 0 24px',
      }}
    >
      {cancelled && (
        <Text style={{ margin: '0 0 8px', lineHeight: '20px' }}>
          <span
            className={CLASSES.cancelledChip}
            style={{
              fontFamily: FONT,
              fontSize: '12px',
              lineHeight: '20px',
              fontWeight: 700,
              letterSpacing: '0.06em',
              textTransform: 'uppercase',
              borderRadius: '10px',
              padding: '2px 10px',
              display: 'inline-block',
              backgroundColor: COLOURS.cancelledWash,
              color: COLOURS.cancelled,
            }}
          >
            {t('meetup.cancelled')}
          </span>
        </Text>
      )}
      <Text
        className={CLASSES.text}
        style={{ ...text, fontSize: '20px', lineHeight: '26px', fontWeight: 700, margin: '0 0 16px' }}
      >
        {meetup.title}
      </Text>
      <Row>
        <Column style={{ width: '56px', verticalAlign: 'top' }}>
          <CalendarSheet month={month} day={day} />
        </Column>
        <Column style={{ verticalAlign: 'top', paddingLeft: '16px' }}>
          <Text className={CLASSES.muted} style={{ ...label, marginTop: 0 }}>
            {t('meetup.when')}
          </Text>
          <Text
            className={CLASSES.text}
            style={cancelled ? { ...value, textDecoration: 'line-through' } : value}
          >
            {when}
          </Text>
          <Text className={CLASSES.muted} style={{ ...mutedText, margin: 0 }}>
            {meetup.timeZone}
          </Text>
          <Text className={CLASSES.muted} style={label}>
            {t('meetup.where')}
          </Text>
          <Place meetup={meetup} />
        </Column>
      </Row>
    </Section>
  );
}

function CalendarSheet({ month, day }: { month: string; day: string }) {
  return (
    <table
      role="presentation"
      width="56"
      cellPadding={0}
      cellSpacing={0}
      className={CLASSES.tile}
      style={{
        width: '56px',
        borderCollapse: 'separate',
        border: `1px solid ${COLOURS.line}`,
        borderRadius: '10px',
        backgroundColor: COLOURS.paper,
        textAlign: 'center',
      }}
    >
      <tbody>
        <tr>
          <td
            className={CLASSES.link}
            style={{
              fontFamily: FONT,
              fontSize: '12px',
              lineHeight: '16px',
              fontWeight: 700,
              letterSpacing: '0.06em',
              color: COLOURS.accent,
              padding: '6px 0 0',
            }}
          >
            {month}
          </td>
        </tr>
        <tr>
          <td
            className={CLASSES.text}
            style={{
              fontFamily: FONT,
              fontSize: '24px',
              lineHeight: '30px',
              fontWeight: 700,
              color: COLOURS.ink,
              padding: '0 0 6px',
            }}
          >
            {day}
          </td>
        </tr>
      </tbody>
    </table>
  );
}

/** The venue on one line and its address below it; an online meetup's link. */
function Place({ meetup }: { meetup: MeetupFacts }) {
  const address = meetup.address ?? meetup.city;
  if (!meetup.venueName && !address && meetup.onlineUrl) {
    return (
      <Text style={value}>
        <Link href={meetup.onlineUrl} className={CLASSES.link} style={{ color: COLOURS.accent }}>
          {meetup.onlineUrl}
        </Link>
      </Text>
    );
  }
  return (
    <>
      <Text className={CLASSES.text} style={value}>
        {meetup.venueName ?? address}
      </Text>
      {meetup.venueName && address && (
        <Text className={CLASSES.muted} style={{ ...mutedText, margin: 0 }}>
          {address}
        </Text>
      )}
    </>
  );
}

/** The meetup's page, and (unless it is off) its calendar file. */
export function MeetupButtons({ meetup, calendar = true }: { meetup: MeetupFacts; calendar?: boolean }) {
  const { t, appUrl } = useMailFrame();
  return (
    <ButtonRow>
      <MailButton href={meetupPageUrl(appUrl, meetup)}>{t('meetup.open')}</MailButton>
      {calendar && (
        <MailButton href={meetupCalendarUrl(appUrl, meetup)} secondary>
          {t('meetup.calendar')}
        </MailButton>
      )}
    </ButtonRow>
  );
}
