// What other features may use: the modules, and (for the notifications worker) whether an invitation or offer may still be
// mailed and the opt-out links of a mail to an address.
export * from './invitations-core.module.js';
export * from './invitations-errors.js';
export * from './invitations-http.module.js';
export { InvitationsService } from './invitations/invitations.service.js';
export { InvitationMailGate } from './invitation-mail-gate.js';
export { InvitationOptOuts, type InvitationOptOutLinks } from './opt-outs/invitation-opt-outs.service.js';
export { signInvitationOptOutToken, type OptOutLanguage } from './opt-outs/invitation-opt-out-token.js';
export { TripsService } from './trips/trips.service.js';
