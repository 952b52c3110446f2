import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { OptionalNotNull } from '@neuland/http';
import { IsBoolean } from 'class-validator';

export class NotificationPreferencesDto {
  @ApiProperty({ description: 'Digests of people you know online who are going to your meetups.' })
  introductions: boolean;

  @ApiProperty({ description: 'Reminders before meetups you are going to.' })
  reminders: boolean;

  @ApiProperty({ description: 'Invitations to meetups.' })
  invitations: boolean;

  @ApiProperty({ description: 'Changes to meetups you are going to: time, place, cancellation, RSVP news.' })
  updates: boolean;
}

/** Only these fields can be changed; anything else in the body is refused (400). */
export class UpdateNotificationPreferencesDto {
  @ApiPropertyOptional()
  @OptionalNotNull()
  @IsBoolean({ message: 'must be true or false' })
  introductions?: boolean;

  @ApiPropertyOptional()
  @OptionalNotNull()
  @IsBoolean({ message: 'must be true or false' })
  reminders?: boolean;

  @ApiPropertyOptional()
  @OptionalNotNull()
  @IsBoolean({ message: 'must be true or false' })
  invitations?: boolean;

  @ApiPropertyOptional()
  @OptionalNotNull()
  @IsBoolean({ message: 'must be true or false' })
  updates?: boolean;
}
