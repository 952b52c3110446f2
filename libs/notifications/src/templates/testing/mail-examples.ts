// Every mail kind with what it shows, twice: as a typical mail, and with text that tries to break out of where it
// is written (markup, quotes, ampersands, line breaks, names longer than a phone is wide). Fixed times, so that
// the snapshots and the screenshots of docs/mails/ change only when a mail does.
import type { IntroducedPerson, MailContext, MeetupFacts } from '../../delivery/mail-context.js';
import type { Recipient } from '../../delivery/recipients.js';
import type { NotificationData } from '../../ledger/notification.entity.js';
import { categoryOf, NOTIFICATION_KINDS, type NotificationKind } from '../../notification-kinds.js';
import type { MailLinks } from '../components/mail-frame.js';
import type { MailLanguage } from '../mail-texts.js';

export const APP_URL = 'https://neuland.example';

export type Variant = 'typical' | 'hostile';

export interface MailExample {
  kind: NotificationKind;
  variant: Variant;
  recipient: Recipient;
  data: NotificationData;
  context: MailContext;
  links: MailLinks;
}

/** What a person typed, at its worst. */
export const HOSTILE = {
  name: `Ada "Ace" O'Neil & <script>alert('name')</script> ${'Wolfeschlegelsteinhausenbergerdorff'.repeat(3)}`,
  title: `Karriere <b>Abend</b> & "Networking" <script>alert('title')</script> ${'Donaudampfschifffahrt'.repeat(4)}`,
  message: `Komm vorbei! <script>alert(1)</script>\nZweite Zeile & "Zitat"\r\n\r\n<img src=x onerror=alert(2)> Dritte`,
  handle: 'ada_lovelace_the_first_programmer_of_all_time',
  venue: `Betahaus <i>Schanze</i> & Café "Zum Hafen"`,
} as const;

const typicalMeetup: MeetupFacts = {
  id: '6f1d2c3b-0a9e-4d8f-b7c6-5e4d3c2b1a09',
  title: 'Karriere-Expertinnen Hamburg',
  city: 'Hamburg',
  venueName: 'Betahaus',
  address: 'Eifflerstraße 43, 22769 Hamburg',
  onlineUrl: null,
  startsAt: new Date('2026-12-03T17:30:00Z'),
  timeZone: 'Europe/Berlin',
  status: 'published',
};

const hostileMeetup: MeetupFacts = {
  ...typicalMeetup,
  title: HOSTILE.title,
  venueName: HOSTILE.venue,
  address: `Eifflerstraße 43 <br> & "Hinterhof", ${'Hausnummernzusatz'.repeat(5)}`,
  timeZone: 'Asia/Kolkata',
};

const people = (variant: Variant): IntroducedPerson[] =>
  variant === 'typical'
    ? [
        {
          displayName: 'Inga Schmidt',
          handle: 'inga',
          headline: 'Product designer at a Hamburg startup',
          avatarUrl: null,
          mutual: false,
          bioLine: 'Designs forms people can fill in; runs the UX Hamburg meetup.',
          accounts: [{ platform: 'mastodon', handle: 'inga@hci.social' }],
          sharedTopics: ['UX'],
          toldBack: false,
          howYouKnow: [{ way: 'youFollow', network: 'mastodon' }],
        },
        {
          displayName: 'Natalie Berg',
          handle: 'natalie',
          headline: null,
          avatarUrl: null,
          mutual: true,
          bioLine: null,
          accounts: [],
          sharedTopics: [],
          toldBack: true,
          howYouKnow: [
            { way: 'eachOther', network: 'here' },
            { way: 'followsYou', network: 'bluesky' },
          ],
        },
      ]
    : [
        {
          displayName: HOSTILE.name,
          handle: HOSTILE.handle,
          headline: `<script>alert('headline')</script> "CTO" & co`,
          avatarUrl: 'https://images.example/a.jpg?size=80&quote="x"',
          mutual: true,
          bioLine: `<img src=x onerror=alert('bio')> & "bio"`,
          accounts: [{ platform: 'website', handle: `evil.example/"><script>alert(1)</script>` }],
          sharedTopics: [`<b>HR</b>`],
          toldBack: true,
          howYouKnow: [{ way: 'eachOther', network: 'mastodon' }],
        },
      ];

/** People both sides agreed to meet (a buddy, a mutual wish, both said "we met"): no word of how they know each other. */
const agreedTo = (variant: Variant): IntroducedPerson[] =>
  people(variant).map((person) => ({ ...person, mutual: false, toldBack: false, howYouKnow: [] }));

/** The data and context each kind is rendered from, as the ledger row and the send-time read give them. */
function sourceOf(kind: NotificationKind, variant: Variant): Pick<MailExample, 'data' | 'context'> {
  const hostile = variant === 'hostile';
  const meetup = hostile ? hostileMeetup : typicalMeetup;
  switch (kind) {
    case 'welcome':
    case 'address-in-use':
      return { data: {}, context: {} };
    case 'verify-email':
      return { data: { link: `${APP_URL}/verify-email?token=verify-token_123` }, context: {} };
    case 'password-reset':
      return { data: { link: `${APP_URL}/password-reset?token=reset-token_123` }, context: {} };
    case 'data-export-ready':
      return {
        data: {
          dataUrl: `${APP_URL}/api/v1/exports/0b6d/data.json?token=data-token`,
          calendarUrl: `${APP_URL}/api/v1/exports/0b6d/meetups.ics?token=data-token`,
          expiresAt: '2026-12-10T14:03:00.000Z',
        },
        context: {},
      };
    case 'report-resolved':
      return {
        data: { subjectKind: hostile ? '<b>meetup</b>' : 'meetup', outcome: 'action_taken' },
        context: {},
      };
    case 'social-claim-dropped':
      return {
        data: {
          platform: hostile ? '<b>mastodon</b>' : 'mastodon',
          handle: hostile ? HOSTILE.name : 'ada@mastodon.example',
        },
        context: {},
      };
    case 'organiser-request-decided':
      return { data: { decision: hostile ? 'declined' : 'approved' }, context: {} };
    case 'introduction-digest':
      return { data: {}, context: { meetup, people: people(variant) } };
    case 'meetup-reminder':
      return { data: {}, context: { meetup, checkInCode: 'K7Q-4MZ' } };
    case 'meetup-cancelled':
      return {
        data: { message: hostile ? HOSTILE.message : 'Die Location ist leider abgebrannt.' },
        context: { meetup },
      };
    case 'meetup-updated':
    case 'rsvp-confirmed':
    case 'waitlist-promoted':
      return { data: {}, context: { meetup } };
    case 'meetup-invitation':
      return {
        data: {},
        context: {
          meetup,
          invitation: {
            inviterName: hostile ? HOSTILE.name : 'Silke Organisatorin',
            personalMessage: hostile ? HOSTILE.message : 'Komm vorbei, ich stelle Dich Inga vor!',
            acceptUrl: `${APP_URL}/meetups/${meetup.id}?invitation=invitation-token`,
            declineUrl: `${APP_URL}/meetups/${meetup.id}?invitation=invitation-token&answer=decline`,
            expiresAt: new Date('2026-12-01T22:59:00Z'),
          },
        },
      };
    case 'seat-offered':
      return {
        data: {},
        context: {
          meetup,
          seatOffer: {
            giverName: hostile ? HOSTILE.name : 'Inga Jürgensen',
            expiresAt: new Date('2026-12-03T05:30:00Z'),
            answerUrl: `${APP_URL}/meetups/${meetup.id}#seat-offer`,
          },
        },
      };
    case 'coffee-offer':
      return {
        data: {},
        context: {
          coffeeOffer: {
            travellerName: hostile ? HOSTILE.name : 'Dieter',
            city: hostile ? `Leipzig <script>alert('city')</script> & "Umgebung"` : 'Leipzig',
            startsOn: '2026-12-07',
            endsOn: hostile ? '2026-12-07' : '2026-12-09',
            note: hostile ? HOSTILE.message : 'Kaffee & Kuchen im Westen?',
            tripUrl: `${APP_URL}/trips/8a7b6c5d-4e3f-4a1b-9c8d-7e6f5a4b3c2d`,
          },
        },
      };
    case 'buddy-paired':
      return {
        data: {},
        context: { meetup, person: agreedTo(variant)[0], buddyRole: hostile ? 'be_welcomed' : 'welcome' },
      };
    case 'meeting-wish-mutual':
      return { data: {}, context: { meetup, person: agreedTo(variant)[0] } };
    case 'circle-new-meetup':
    case 'circle-weekly-digest':
      return {
        data: { meetupIds: [meetup.id] },
        context: {
          circle: {
            id: '9b8a7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
            name: hostile
              ? `Karriere <b>Kreis</b> & "Freunde" ${'Hafenrundfahrt'.repeat(4)}`
              : 'Karriereexperten Hamburg',
            pageUrl: `${APP_URL}/c/karriereexperten-hamburg`,
          },
          meetups:
            kind === 'circle-weekly-digest' || hostile
              ? [
                  meetup,
                  {
                    ...meetup,
                    id: '7e6d5c4b-3a29-4187-a6b5-c4d3e2f1a0b9',
                    startsAt: new Date('2026-12-10T17:30:00Z'),
                  },
                ]
              : [meetup],
        },
      };
    case 'met-in-person':
      return {
        data: {},
        context: {
          meetup,
          people: agreedTo(variant),
          followAllUrl: `${APP_URL}/m/${meetup.id}/we-met/follow-all`,
        },
      };
  }
}

/** The ways out a member (or, for an invitation in the hostile variant, an address) gets for the kind. */
function linksOf(kind: NotificationKind, toAddress: boolean): MailLinks {
  if (toAddress)
    return {
      oneClickUrl: `${APP_URL}/api/v1/invitation-opt-outs/opt-out-token`,
      neverInvitePageUrl: `${APP_URL}/never-invite/opt-out-token`,
    };
  if (!categoryOf(kind)) return {};
  if (kind === 'circle-new-meetup' || kind === 'circle-weekly-digest')
    return {
      oneClickUrl: `${APP_URL}/api/v1/unsubscribe/circle/circle-unsubscribe-token`,
      circle: { name: 'Karriereexperten Hamburg', pageUrl: `${APP_URL}/c/karriereexperten-hamburg` },
    };
  return {
    oneClickUrl: `${APP_URL}/api/v1/unsubscribe/unsubscribe-token`,
    unsubscribePageUrl: `${APP_URL}/unsubscribe/unsubscribe-token`,
  };
}

export function mailExample(kind: NotificationKind, variant: Variant, language: MailLanguage): MailExample {
  // A hostile invitation goes to an address of someone not on Neuland: no name, the never-invite link.
  const toAddress = variant === 'hostile' && kind === 'meetup-invitation';
  const recipient: Recipient = {
    id: toAddress ? null : '2a9c0d4e-7b1f-4c3a-8e5d-6f7a8b9c0d1e',
    email: 'ada@example.org',
    displayName: toAddress ? '' : variant === 'hostile' ? HOSTILE.name : 'Ada',
    language,
    wants: { introductions: true, reminders: true, invitations: true, updates: true },
  };
  return { kind, variant, recipient, ...sourceOf(kind, variant), links: linksOf(kind, toAddress) };
}

export const EVERY_KIND = Object.keys(NOTIFICATION_KINDS) as NotificationKind[];
