import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OutboxEvent } from './outbox-event.entity.js';
import { OutboxService } from './outbox.service.js';
import { OutboxStore } from './outbox-store.js';

@Global()
@Module({
  imports: [TypeOrmModule.forFeature([OutboxEvent])],
  providers: [OutboxService, OutboxStore],
  exports: [OutboxService, OutboxStore],
})
export class OutboxModule {}
