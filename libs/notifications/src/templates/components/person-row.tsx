// A person in an introduction digest: face (or initials), name, handle, headline, and how the reader knows them.
import { Column } from '@react-email/column';
import { Img } from '@react-email/img';
import { Link } from '@react-email/link';
import { Row } from '@react-email/row';
import { Section } from '@react-email/section';
import { Text } from '@react-email/text';
import type { ReactNode } from 'react';
import type { IntroducedPerson } from '../../delivery/mail-context.js';
import type { MailT } from '../mail-texts.js';
import { useMailFrame } from './mail-frame.js';
import { socialAccountLabel, socialAccountUrl } from './social-account-url.js';
import { CLASSES, COLOURS, FONT, mutedText, text } from './theme.js';

/** The people of a digest: a list in the text part, one row each in HTML. */
export function People({ children }: { children: ReactNode }) {
  const { medium } = useMailFrame();
  if (medium === 'text') return <ul>{children}</ul>;
  return <Section style={{ margin: '4px 0 16px' }}>{children}</Section>;
}

/** `how`: what the line under the name says instead of how the reader knows them (a buddy, someone met). */
export function PersonRow({ person, how: saying }: { person: IntroducedPerson; how?: string }) {
  const { medium, t, appUrl } = useMailFrame();
  const ways = saying ? [saying] : howYouKnowWords(person, t);
  const how = ways.join(' · ');
  const shared =
    person.sharedTopics.length > 0
      ? t('introductionDigest.sharedTopics', { topics: person.sharedTopics.join(', ') })
      : null;
  const toldBack = person.toldBack ? t('introductionDigest.toldBack', { name: person.displayName }) : null;
  if (medium === 'text') {
    const headline = person.headline ? ` – ${person.headline}` : '';
    const accounts = person.accounts
      .map(
        ({ platform, handle }) => socialAccountUrl(platform, handle) ?? socialAccountLabel(platform, handle),
      )
      .join(', ');
    const lines = [
      `${person.displayName} (@${person.handle})${headline} – ${how}`,
      person.bioLine,
      accounts && `${t('introductionDigest.accounts')} ${accounts}`,
      shared,
      toldBack,
    ].filter(Boolean);
    return <li>{lines.join(' · ')}</li>;
  }
  return (
    <Row style={{ margin: '0 0 16px' }}>
      <Column style={{ width: '48px', verticalAlign: 'top', paddingTop: '2px' }}>
        <Avatar person={person} />
      </Column>
      <Column style={{ verticalAlign: 'top', paddingLeft: '12px' }}>
        <Text className={CLASSES.text} style={{ ...text, fontWeight: 700, margin: 0 }}>
          {person.displayName}
        </Text>
        <Text className={CLASSES.muted} style={{ ...mutedText, margin: 0 }}>
          <Link
            href={`${appUrl}/p/${encodeURIComponent(person.handle)}`}
            className={CLASSES.link}
            style={{ color: COLOURS.accent, textDecoration: 'underline' }}
          >
            {`@${person.handle}`}
          </Link>
          {person.headline && ` · ${person.headline}`}
        </Text>
        {person.bioLine && (
          <Text className={CLASSES.text} style={{ ...text, margin: '4px 0 0' }}>
            {person.bioLine}
          </Text>
        )}
        {person.accounts.length > 0 && (
          <Text className={CLASSES.muted} style={{ ...mutedText, margin: '4px 0 0' }}>
            {`${t('introductionDigest.accounts')} `}
            {person.accounts.map(({ platform, handle }, index) => {
              const url = socialAccountUrl(platform, handle);
              const label = socialAccountLabel(platform, handle);
              return (
                <span key={`${platform}:${handle}`}>
                  {index > 0 && ' · '}
                  {url ? (
                    <Link
                      href={url}
                      className={CLASSES.link}
                      style={{ color: COLOURS.accent, textDecoration: 'underline' }}
                    >
                      {label}
                    </Link>
                  ) : (
                    label
                  )}
                </span>
              );
            })}
          </Text>
        )}
        {shared && (
          <Text className={CLASSES.text} style={{ ...text, margin: '4px 0 0' }}>
            {shared}
          </Text>
        )}
        <Text style={{ margin: '6px 0 0', lineHeight: '20px' }}>
          {ways.map((way) => (
            <span
              key={way}
              className={person.mutual ? CLASSES.mutualChip : CLASSES.chip}
              style={{
                fontFamily: FONT,
                fontSize: '13px',
                lineHeight: '20px',
                fontWeight: 600,
                borderRadius: '10px',
                padding: '2px 10px',
                margin: '0 4px 4px 0',
                display: 'inline-block',
                backgroundColor: person.mutual ? COLOURS.mutualWash : COLOURS.wash,
                color: person.mutual ? COLOURS.mutual : COLOURS.muted,
              }}
            >
              {way}
            </span>
          ))}
        </Text>
        {toldBack && (
          <Text className={CLASSES.muted} style={{ ...mutedText, margin: '4px 0 0' }}>
            {toldBack}
          </Text>
        )}
      </Column>
    </Row>
  );
}

/**
 * How the reader knows them, in the words of the ties libs/social-graph lets the reader learn ("You follow each
 * other on Mastodon · Sabine follows you here"); the general words where no tie may be named.
 */
function howYouKnowWords(person: IntroducedPerson, t: MailT): string[] {
  if (person.howYouKnow.length === 0)
    return [person.mutual ? t('introductionDigest.mutual') : t('introductionDigest.knownBy')];
  return person.howYouKnow.map(({ way, network }) =>
    t(`howYouKnow.${way}`, { name: person.displayName, where: t(`howYouKnow.where.${network}`) }),
  );
}

/** A photo where the person has one; otherwise their initials, which need no image to load. */
function Avatar({ person }: { person: IntroducedPerson }) {
  if (person.avatarUrl) {
    return (
      <Img
        src={person.avatarUrl}
        alt=""
        width="44"
        height="44"
        style={{ borderRadius: '22px', display: 'block', objectFit: 'cover' }}
      />
    );
  }
  return (
    <table role="presentation" cellPadding={0} cellSpacing={0} width="44" style={{ width: '44px' }}>
      <tbody>
        <tr>
          <td
            className={`${CLASSES.tile} ${CLASSES.link}`}
            style={{
              width: '44px',
              height: '44px',
              borderRadius: '22px',
              backgroundColor: COLOURS.accentWash,
              color: COLOURS.accent,
              fontFamily: FONT,
              fontSize: '16px',
              fontWeight: 700,
              textAlign: 'center',
              verticalAlign: 'middle',
            }}
          >
            {initialsOf(person.displayName)}
          </td>
        </tr>
      </tbody>
    </table>
  );
}

const initialsOf = (name: string) =>
  name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((word) => [...word][0]?.toUpperCase() ?? '')
    .join('');
