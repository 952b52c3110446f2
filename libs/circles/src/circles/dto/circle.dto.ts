import { ApiProperty } from '@nestjs/swagger';
import { ImageDto } from '@neuland/media';
import { PageDtoOf } from '@neuland/http';
import {
  CIRCLE_JOIN_POLICIES,
  CIRCLE_ROLES,
  CIRCLE_VISIBILITIES,
  type CircleJoinPolicy,
  type CircleRole,
  type CircleVisibility,
} from '../circle-states.js';

export class CirclePersonDto {
  @ApiProperty() userId: string;
  @ApiProperty() handle: string;
  @ApiProperty() displayName: string;
  @ApiProperty({ type: ImageDto, nullable: true }) photo: ImageDto | null;
}

/** The caller's place in the circle. */
export class CircleViewerDto {
  @ApiProperty({ enum: CIRCLE_ROLES, nullable: true }) role: CircleRole | null;
  @ApiProperty({ description: 'Owner or co-organiser (or an admin): may run the circle.' })
  isOrganiser: boolean;
  @ApiProperty({ description: 'A join request waits for the organisers.' }) requestPending: boolean;
  @ApiProperty() banned: boolean;
  @ApiProperty({ description: 'Whether the circle shows on the member’s profile.' }) shownOnProfile: boolean;
}

export class CircleDto {
  @ApiProperty() id: string;
  @ApiProperty({ example: 'karriereexperten-hamburg' }) slug: string;
  @ApiProperty() name: string;
  @ApiProperty({ description: 'Markdown as the organisers wrote it.' }) description: string;
  @ApiProperty({ description: 'The description as safe HTML.' }) descriptionHtml: string;
  @ApiProperty() city: string;
  @ApiProperty({ type: [String] }) topics: string[];
  @ApiProperty({ enum: CIRCLE_VISIBILITIES }) visibility: CircleVisibility;
  @ApiProperty({ enum: CIRCLE_JOIN_POLICIES }) joinPolicy: CircleJoinPolicy;
  @ApiProperty({ type: String, nullable: true }) joinQuestion: string | null;
  @ApiProperty() memberCount: number;
  @ApiProperty({ type: ImageDto, nullable: true }) logo: ImageDto | null;
  @ApiProperty({ type: ImageDto, nullable: true }) cover: ImageDto | null;
  @ApiProperty({ type: CirclePersonDto, nullable: true }) owner: CirclePersonDto | null;
  @ApiProperty({ type: CircleViewerDto }) viewer: CircleViewerDto;
}

export class CircleListItemDto {
  @ApiProperty() id: string;
  @ApiProperty() slug: string;
  @ApiProperty() name: string;
  @ApiProperty() city: string;
  @ApiProperty({ type: [String] }) topics: string[];
  @ApiProperty() memberCount: number;
  @ApiProperty({ type: ImageDto, nullable: true }) logo: ImageDto | null;
}

export class CircleListItemPageDto extends PageDtoOf(CircleListItemDto) {}
