import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post, UseGuards } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { ExternalNetwork, Member, NetworkDetail, NetworkListResponse } from '@inclusieplein/contract';
import { AdminGuard, CurrentUser, SignedInGuard } from '../common/current-user';
import { MemberDto } from '../memberships/memberships.dto';
import { MembershipsService } from '../memberships/memberships.service';
import { UserEntity } from '../users/user.entity';
import { ExternalNetworksService } from './external-networks.service';
import {
  AppointOwnerDto,
  CreateNetworkDto,
  DecideProposalDto,
  ExternalNetworkDto,
  ExternalNetworkInputDto,
  NetworkDetailDto,
  NetworkInputDto,
  NetworkListResponseDto,
} from './networks.dto';
import { NetworksService } from './networks.service';

@ApiTags('networks')
@Controller()
export class NetworksController {
  constructor(
    private readonly networks: NetworksService,
    private readonly externalNetworks: ExternalNetworksService,
    private readonly memberships: MembershipsService,
  ) {}

  @Get('networks')
  @ApiOkResponse({ type: NetworkListResponseDto })
  async list(@CurrentUser() user: UserEntity | undefined): Promise<NetworkListResponse> {
    const [networks, externalNetworks] = await Promise.all([this.networks.listActive(user), this.externalNetworks.list()]);
    return { networks, externalNetworks };
  }

  @Post('networks')
  @UseGuards(AdminGuard)
  @ApiCreatedResponse({ type: NetworkDetailDto, description: 'Administrators create an active network directly.' })
  create(@Body() body: CreateNetworkDto, @CurrentUser() user: UserEntity): Promise<NetworkDetail> {
    const { ownerEmail, ...input } = body;
    return this.networks.createByAdmin(input, ownerEmail, user);
  }

  @Get('networks/:slug')
  @ApiOkResponse({ type: NetworkDetailDto })
  detail(@Param('slug') slug: string, @CurrentUser() user: UserEntity | undefined): Promise<NetworkDetail> {
    return this.networks.getDetailBySlug(slug, user);
  }

  @Post('networks/:slug/owners')
  @UseGuards(AdminGuard)
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: MemberDto })
  appointOwner(@Param('slug') slug: string, @Body() body: AppointOwnerDto, @CurrentUser() user: UserEntity): Promise<Member> {
    return this.memberships.appointOwner(slug, body.email, user);
  }

  @Get('network-proposals')
  @UseGuards(SignedInGuard)
  @ApiOkResponse({ type: [NetworkDetailDto], description: 'Pending proposals for administrators, your own otherwise.' })
  proposals(@CurrentUser() user: UserEntity): Promise<NetworkDetail[]> {
    return this.networks.listProposals(user);
  }

  @Post('network-proposals')
  @UseGuards(SignedInGuard)
  @ApiCreatedResponse({ type: NetworkDetailDto })
  propose(@Body() body: NetworkInputDto, @CurrentUser() user: UserEntity): Promise<NetworkDetail> {
    return this.networks.propose(body, user);
  }

  @Post('network-proposals/:id/approve')
  @UseGuards(AdminGuard)
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: NetworkDetailDto })
  approve(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: DecideProposalDto,
    @CurrentUser() user: UserEntity,
  ): Promise<NetworkDetail> {
    return this.networks.approve(id, user, body.reason ?? null);
  }

  @Post('network-proposals/:id/decline')
  @UseGuards(AdminGuard)
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: NetworkDetailDto })
  decline(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: DecideProposalDto,
    @CurrentUser() user: UserEntity,
  ): Promise<NetworkDetail> {
    return this.networks.decline(id, user, body.reason ?? null);
  }

  @Get('external-networks')
  @ApiOkResponse({ type: [ExternalNetworkDto] })
  listExternal(): Promise<ExternalNetwork[]> {
    return this.externalNetworks.list();
  }

  @Post('external-networks')
  @UseGuards(AdminGuard)
  @ApiCreatedResponse({ type: ExternalNetworkDto })
  createExternal(@Body() body: ExternalNetworkInputDto, @CurrentUser() user: UserEntity): Promise<ExternalNetwork> {
    return this.externalNetworks.create(body, user);
  }

  @Delete('external-networks/:id')
  @UseGuards(AdminGuard)
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse()
  removeExternal(@Param('id', new ParseUUIDPipe()) id: string): Promise<void> {
    return this.externalNetworks.remove(id);
  }
}
