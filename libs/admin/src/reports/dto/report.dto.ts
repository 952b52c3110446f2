import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { MultiLine, OptionalNotNull, PageDtoOf, PageQuery, trim } from '@neuland/http';
import { IsIn, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';

export const REPORT_SUBJECTS = ['profile', 'meetup', 'invitation'] as const;
export type ReportSubject = (typeof REPORT_SUBJECTS)[number];

export const REPORT_RESOLUTIONS = ['dismissed', 'meetup_hidden', 'member_suspended'] as const;
export type ReportResolution = (typeof REPORT_RESOLUTIONS)[number];

/** What the reporter learns: whether action was taken, never which or against whom. */
export const REPORT_OUTCOMES = ['open', 'no_action', 'action_taken'] as const;
export type ReportOutcome = (typeof REPORT_OUTCOMES)[number];

export class CreateReportDto {
  @ApiProperty({ enum: REPORT_SUBJECTS })
  @IsIn(REPORT_SUBJECTS, { message: `must be one of ${REPORT_SUBJECTS.join(', ')}` })
  subject: ReportSubject;

  @ApiProperty({ format: 'uuid', description: "The profile's userId, the meetup's or the invitation's id." })
  @IsUUID('all', { message: 'must be a UUID' })
  subjectId: string;

  @ApiProperty({ minLength: 1, maxLength: 1000 })
  @Transform(trim)
  @IsString()
  @MinLength(1, { message: 'must not be empty' })
  @MaxLength(1000, { message: 'must be at most 1000 characters long' })
  @MultiLine()
  reason: string;
}

export class ResolveReportDto {
  @ApiProperty({ enum: REPORT_RESOLUTIONS })
  @IsIn(REPORT_RESOLUTIONS, { message: `must be one of ${REPORT_RESOLUTIONS.join(', ')}` })
  resolution: ReportResolution;
}

export class ReportQueueQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ['open', 'resolved'], default: 'open' })
  @OptionalNotNull()
  @IsIn(['open', 'resolved'], { message: 'must be open or resolved' })
  status: 'open' | 'resolved' = 'open';
}

/** A report as its reporter sees it. */
export class MyReportDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: REPORT_SUBJECTS }) subject: ReportSubject;
  @ApiProperty({ format: 'uuid' }) subjectId: string;
  @ApiProperty() reason: string;
  @ApiProperty({ enum: REPORT_OUTCOMES }) outcome: ReportOutcome;
  @ApiProperty() createdAt: string;
  @ApiPropertyOptional({ nullable: true, type: String }) resolvedAt: string | null;
}

export class ReportPersonDto {
  @ApiProperty({ format: 'uuid' }) userId: string;
  @ApiPropertyOptional({ nullable: true, type: String }) displayName: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) handle: string | null;
}

/** A report in the admins' queue. */
export class AdminReportDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: REPORT_SUBJECTS }) subject: ReportSubject;
  @ApiProperty({ format: 'uuid' }) subjectId: string;
  @ApiProperty() reason: string;
  @ApiProperty({ type: ReportPersonDto }) reporter: ReportPersonDto;
  @ApiPropertyOptional({ type: ReportPersonDto, nullable: true, description: 'Who answers for the subject.' })
  reportedMember: ReportPersonDto | null;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'uuid' }) meetupId: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) meetupTitle: string | null;
  @ApiProperty({ description: 'Whether the reported member is suspended now.' })
  reportedMemberSuspended: boolean;
  @ApiPropertyOptional({ enum: REPORT_RESOLUTIONS, nullable: true }) resolution: ReportResolution | null;
  @ApiProperty() createdAt: string;
  @ApiPropertyOptional({ nullable: true, type: String }) resolvedAt: string | null;
}

export class MyReportPageDto extends PageDtoOf(MyReportDto) {}
export class AdminReportPageDto extends PageDtoOf(AdminReportDto) {}
