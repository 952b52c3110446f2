import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { MultiLine, OptionalNotNull } from '@neuland/http';
import { IsBoolean, IsIn, IsString, IsUUID, MaxLength } from 'class-validator';
import { CIRCLE_ROLES, type CircleRole } from '../../circles/circle-states.js';

export class JoinCircleDto {
  @ApiPropertyOptional({ maxLength: 500, description: "The answer to the circle's join question." })
  @OptionalNotNull()
  @IsString()
  @MaxLength(500)
  @MultiLine()
  answer?: string;

  @ApiPropertyOptional({ description: 'Show the circle on your profile (when it is public). Default: yes.' })
  @OptionalNotNull()
  @IsBoolean()
  shownOnProfile?: boolean;
}

export class MembershipDto {
  @ApiProperty({ enum: CIRCLE_ROLES, nullable: true, description: 'null while a join request waits.' })
  role: CircleRole | null;
  @ApiProperty() requestPending: boolean;
  @ApiProperty() shownOnProfile: boolean;
}

const ASSIGNABLE_ROLES = ['co_organiser', 'member'] as const;

export class CircleRoleDto {
  @ApiProperty({ enum: ASSIGNABLE_ROLES, description: 'The owner changes only by a hand-over.' })
  @IsIn(ASSIGNABLE_ROLES)
  role: (typeof ASSIGNABLE_ROLES)[number];
}

export class HandOverDto {
  @ApiProperty({ description: 'A member of the circle, who becomes its owner; you stay as co-organiser.' })
  @IsUUID()
  userId: string;
}

export class JoinRequestDto {
  @ApiProperty() userId: string;
  @ApiProperty() handle: string;
  @ApiProperty() displayName: string;
  @ApiProperty() answer: string;
  @ApiProperty() requestedAt: string;
}

export class JoinRequestListDto {
  @ApiProperty({ type: [JoinRequestDto] }) items: JoinRequestDto[];
}

export class CircleMemberDto {
  @ApiProperty() userId: string;
  @ApiProperty() handle: string;
  @ApiProperty() displayName: string;
  @ApiProperty({ enum: CIRCLE_ROLES }) role: CircleRole;
  @ApiProperty() joinedAt: string;
  @ApiProperty({ description: "How many of the circle's meetups they went to or are going to." })
  attendanceCount: number;
}
