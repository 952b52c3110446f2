// What the web app's unsubscribe page reads and sends: one category of one member, named by a signed link.
import { ApiProperty } from '@nestjs/swagger';
import { IsBoolean } from 'class-validator';
import { NOTIFICATION_CATEGORIES, type NotificationCategory } from '../../notification-kinds.js';

export class SubscriptionDto {
  @ApiProperty({ enum: NOTIFICATION_CATEGORIES, description: 'The category the link is for.' })
  category: NotificationCategory;

  @ApiProperty({ description: 'Whether the member still gets mails of this category.' })
  subscribed: boolean;

  @ApiProperty({ enum: ['de', 'en'], description: "The member's profile language, which the page speaks." })
  language: 'de' | 'en';
}

export class ChangeSubscriptionDto {
  @ApiProperty({ description: 'false turns the category off, true turns it back on.' })
  @IsBoolean({ message: 'must be true or false' })
  subscribed: boolean;
}
