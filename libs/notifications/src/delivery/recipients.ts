// The recipient of a mail as delivery needs them: address, name, language and what they turned off. Read when the
// mail goes out, not when it was planned: a changed address, name or turned-off category counts.
import { Injectable } from '@nestjs/common';
import { UsersService } from '@neuland/auth';
import { ProfilesService } from '@neuland/profiles';
import type { NotificationCategory } from '../notification-kinds.js';
import { NotificationPreferences } from '../preferences/notification-preferences.service.js';
import type { MailLanguage } from '../templates/mail-texts.js';

export interface Recipient {
  /** null for an address of someone not on Neuland: no preferences, "never invite me again" instead. */
  id: string | null;
  email: string;
  displayName: string;
  language: MailLanguage;
  wants: Record<NotificationCategory, boolean>;
}

@Injectable()
export class Recipients {
  constructor(
    private readonly users: UsersService,
    private readonly profiles: ProfilesService,
    private readonly preferences: NotificationPreferences,
  ) {}

  async member(userId: string): Promise<Recipient | undefined> {
    // Side by side: a mail waits for one round trip, not three in a row.
    const [contact, settings, wants] = await Promise.all([
      this.users.contactOf(userId),
      this.profiles.settingsOf([userId]).then((found) => found.get(userId)),
      this.preferences.preferencesOf(userId),
    ]);
    if (!contact) return undefined;
    return {
      id: userId,
      email: contact.email,
      displayName: settings?.displayName ?? contact.displayName,
      language: settings?.language ?? 'de',
      wants,
    };
  }

  /**
   * The member who verified `email`, if one has: a mail to that address then follows the member's own settings
   * (name, language, preferences, their unsubscribe link) rather than those of an address of someone not on Neuland.
   * An account that has not verified the address does not count: it may not be the address's owner.
   */
  async memberWhoVerified(email: string): Promise<Recipient | undefined> {
    const user = await this.users.findByVerifiedEmail(email);
    return user ? this.member(user.id) : undefined;
  }

  /**
   * Someone not on Neuland yet, known only by the address an invitation named: their mails speak the language of
   * the member who invited them (the one they chose in the app), as the inviter would write to them.
   */
  async byEmail(email: string, inviterId: string | undefined): Promise<Recipient> {
    const inviter = inviterId ? (await this.profiles.settingsOf([inviterId])).get(inviterId) : undefined;
    return recipientByEmail(email, inviter?.language);
  }
}

/** Someone not on Neuland yet, known only by the address an invitation named. */
export const recipientByEmail = (email: string, language: MailLanguage = 'de'): Recipient => ({
  id: null,
  email,
  displayName: '',
  language,
  wants: { introductions: true, reminders: true, invitations: true, updates: true },
});
