import {
  Body,
  Controller,
  Get,
  Header,
  HttpCode,
  NotFoundException,
  Param,
  ParseUUIDPipe,
  Post,
} from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import { type AuthenticatedUser, CurrentUser } from '@neuland/auth';
import { MeetupAccess } from '../meetups/meetup-access.js';
import { CheckInService } from './check-in.service.js';
import { CheckInDto, HostCheckInDto, SelfCheckInDto } from './dto/check-in.dto.js';
import { MeetupsError } from '../meetups-errors.js';

@ApiTags('check-in')
@ApiBearerAuth()
@Controller({ path: 'api/v1/meetups/:id' })
export class CheckInController {
  constructor(
    private readonly checkIns: CheckInService,
    private readonly access: MeetupAccess,
  ) {}

  @Post('check-ins')
  @HttpCode(200)
  @ApiOkResponse({ type: CheckInDto, description: 'Hosts check an attendee in by their personal code.' })
  @ApiNotFoundResponse({ description: 'CHECK_IN_CODE_UNKNOWN' })
  @ApiConflictResponse({ description: 'MEETUP_CANCELLED, NOT_GOING (the code is of someone without a seat)' })
  checkInByCode(
    @Param('id', new ParseUUIDPipe()) id: string,
    @CurrentUser() user: AuthenticatedUser,
    @Body() body: HostCheckInDto,
  ): Promise<CheckInDto> {
    return this.checkIns.checkInByCode(id, user, body.code);
  }

  @Post('check-in')
  @HttpCode(200)
  @ApiOkResponse({ type: CheckInDto, description: 'An attendee checks in with the code shown at the venue.' })
  checkInAtVenue(
    @Param('id', new ParseUUIDPipe()) id: string,
    @CurrentUser() user: AuthenticatedUser,
    @Body() body: SelfCheckInDto,
  ): Promise<CheckInDto> {
    return this.checkIns.checkInAtVenue(id, user, body.venueCode);
  }

  @Get('rsvp/check-in-code.svg')
  @Header('Content-Type', 'image/svg+xml')
  @Header('Cache-Control', 'private, no-store')
  @ApiProduces('image/svg+xml')
  @ApiOkResponse({ description: "A QR code of the caller's personal check-in code." })
  async qrCode(
    @Param('id', new ParseUUIDPipe()) id: string,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<string> {
    const { viewer } = await this.access.findViewable(id, user);
    if (viewer.rsvp?.status !== 'going') {
      throw new NotFoundException({
        error: MeetupsError.NO_CHECK_IN_CODE,
        message: 'Only people with a seat have a code.',
      });
    }
    // Loaded on the first code shown rather than at start, which every process pays for.
    const { default: qrCode } = await import('qrcode');
    return qrCode.toString(viewer.rsvp.checkInCode, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  }
}
