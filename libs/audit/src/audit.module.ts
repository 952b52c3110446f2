import { Global, Module } from '@nestjs/common';
import { AuditTrail } from './audit-trail.js';

/** The audit trail, for every feature that changes someone else's data. */
@Global()
@Module({ providers: [AuditTrail], exports: [AuditTrail] })
export class AuditModule {}
