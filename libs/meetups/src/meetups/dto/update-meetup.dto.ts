import { PartialType } from '@nestjs/swagger';
import { CreateMeetupDto } from './create-meetup.dto.js';

/** Any subset of the writable fields; absent fields stay as they are. */
export class UpdateMeetupDto extends PartialType(CreateMeetupDto) {}
