// What other features may use: the module, and (for the notifications worker) whether a coffee offer is still open.
export * from './invitations.module.js';
export { InvitationsService } from './invitations/invitations.service.js';
export { TripsService } from './trips/trips.service.js';
export { INVITATION_STATUSES, type InvitationStatus } from './invitations/invitation.entity.js';
