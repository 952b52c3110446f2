// The authorisation matrix: for every route of the API document, what each persona gets. One file per area
// (accounts, profiles, meetups, circles, invitations, media, administration); a route the document lists without a row
// here fails the test.
import { accountRows } from './accounts.table.js';
import { adminRows } from './admin.table.js';
import { connectedAccountRows } from './connected-accounts.table.js';
import { circleRows } from './circles.table.js';
import type { Table } from './expectations.js';
import { invitationRows } from './invitations.table.js';
import { mediaRows } from './media.table.js';
import { meetupRows } from './meetups.table.js';
import { networkingRoomRows } from './networking-room.table.js';
import { networkingRows } from './networking.table.js';
import { profileRows } from './profiles.table.js';

export const TABLE: Table = {
  ...accountRows,
  ...profileRows,
  ...connectedAccountRows,
  ...meetupRows,
  ...circleRows,
  ...invitationRows,
  ...networkingRoomRows,
  ...networkingRows,
  ...mediaRows,
  ...adminRows,
};
