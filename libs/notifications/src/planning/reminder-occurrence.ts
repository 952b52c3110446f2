/** `starts-<epoch seconds>-<minutes before>m`: a moved meetup gets new keys, so its new reminders are new mails. */
export const reminderOccurrence = (startsAt: Date, offsetMs: number) =>
  `${remindersOfStart(startsAt)}${Math.round(offsetMs / 60_000)}m`;

/** The prefix every reminder occurrence of a meetup starting at `startsAt` shares. */
export const remindersOfStart = (startsAt: Date) => `starts-${Math.floor(startsAt.getTime() / 1000)}-`;
