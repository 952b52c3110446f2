export const ROLES = ['member', 'organiser', 'admin'] as const;
export type Role = (typeof ROLES)[number];
