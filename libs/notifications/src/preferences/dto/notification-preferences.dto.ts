import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsOptional } from 'class-validator';
import { MAIL_LANGUAGES, type MailLanguage } from '../notification-preference.entity.js';

export class NotificationPreferencesDto {
  @ApiProperty({ description: 'Digests of people you know online who are going to your meetups.' })
  introductions: boolean;

  @ApiProperty({ description: 'Reminders before meetups you are going to.' })
  reminders: boolean;

  @ApiProperty({ description: 'Invitations to meetups.' })
  invitations: boolean;

  @ApiProperty({ description: 'Changes to meetups you are going to: time, place, cancellation, RSVP news.' })
  updates: boolean;

  @ApiProperty({ enum: MAIL_LANGUAGES })
  language: MailLanguage;
}

/** Only these fields can be changed; anything else in the body is refused (400). */
export class UpdateNotificationPreferencesDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean({ message: 'must be true or false' })
  introductions?: boolean;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean({ message: 'must be true or false' })
  reminders?: boolean;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean({ message: 'must be true or false' })
  invitations?: boolean;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean({ message: 'must be true or false' })
  updates?: boolean;

  @ApiPropertyOptional({ enum: MAIL_LANGUAGES })
  @IsOptional()
  @IsIn(MAIL_LANGUAGES, { message: `must be one of ${MAIL_LANGUAGES.join(', ')}` })
  language?: MailLanguage;
}
