import { PartialType } from '@nestjs/swagger';
import { CreateMeetupDto } from './create-meetup.dto.js';

/** Any subset of the writable fields; absent fields stay as they are, and only nullable ones may be null. */
export class UpdateMeetupDto extends PartialType(CreateMeetupDto, { skipNullProperties: false }) {}
