import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Patch, Post, UseGuards } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { JoinResponse, Member, MembershipRequestDetail } from '@inclusieplein/contract';
import { CurrentUser, SignedInGuard } from '../common/current-user';
import { UserEntity } from '../users/user.entity';
import { ChangeRoleDto, DecideRequestDto, JoinDto, JoinResponseDto, MemberDto, MembershipRequestDetailDto } from './memberships.dto';
import { MembershipsService } from './memberships.service';

@ApiTags('memberships')
@Controller()
@UseGuards(SignedInGuard)
export class MembershipsController {
  constructor(private readonly memberships: MembershipsService) {}

  @Post('networks/:slug/join')
  @ApiOkResponse({ type: JoinResponseDto, description: 'Member of an open network, or a request for a closed one.' })
  join(@Param('slug') slug: string, @Body() body: JoinDto, @CurrentUser() user: UserEntity): Promise<JoinResponse> {
    return this.memberships.join(slug, user, body.motivation, body.acceptedCodeOfConductVersion);
  }

  @Delete('networks/:slug/membership')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse()
  leave(@Param('slug') slug: string, @CurrentUser() user: UserEntity): Promise<void> {
    return this.memberships.leave(slug, user);
  }

  @Get('networks/:slug/members')
  @ApiOkResponse({ type: [MemberDto] })
  members(@Param('slug') slug: string, @CurrentUser() user: UserEntity): Promise<Member[]> {
    return this.memberships.listMembers(slug, user);
  }

  @Patch('networks/:slug/members/:userId')
  @ApiOkResponse({ type: MemberDto })
  changeRole(
    @Param('slug') slug: string,
    @Param('userId', new ParseUUIDPipe()) userId: string,
    @Body() body: ChangeRoleDto,
    @CurrentUser() user: UserEntity,
  ): Promise<Member> {
    return this.memberships.changeRole(slug, userId, body.role, user);
  }

  @Get('networks/:slug/membership-requests')
  @ApiOkResponse({ type: [MembershipRequestDetailDto] })
  pendingRequests(@Param('slug') slug: string, @CurrentUser() user: UserEntity): Promise<MembershipRequestDetail[]> {
    return this.memberships.listPendingRequests(slug, user);
  }

  @Post('membership-requests/:id/approve')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: MembershipRequestDetailDto })
  approve(@Param('id', new ParseUUIDPipe()) id: string, @CurrentUser() user: UserEntity): Promise<MembershipRequestDetail> {
    return this.memberships.approveRequest(id, user);
  }

  @Post('membership-requests/:id/decline')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: MembershipRequestDetailDto })
  decline(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: DecideRequestDto,
    @CurrentUser() user: UserEntity,
  ): Promise<MembershipRequestDetail> {
    return this.memberships.declineRequest(id, user, body.reason ?? null);
  }
}
