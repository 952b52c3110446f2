// Text as RFC 5545 lets it into a calendar, whatever the database holds: ical-generator escapes line breaks,
// commas, semicolons and backslashes in event properties and folds long lines, but it writes the calendar's
// NAME as given and passes every other control character through.
import { escape } from 'ical-generator';

/* eslint-disable no-control-regex -- finding control characters is the point */
const LINE_BREAK = /\r\n?/g;
// TEXT allows tabs and (escaped) line breaks, no other control character.
const OTHER_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f]/g;
/* eslint-enable no-control-regex */

/** An event's text: line breaks as \n (ical-generator escapes them), other control characters dropped. */
export const calendarText = (text: string) => text.replace(LINE_BREAK, '\n').replace(OTHER_CONTROL, '');

/** A calendar-level text property (NAME, X-WR-CALNAME), escaped here because ical-generator does not. */
export const calendarNameText = (text: string) => escape(calendarText(text), false);
