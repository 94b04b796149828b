import { Body, Controller, Get, HttpCode, HttpStatus, Param, Post, Put, UseGuards } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { CodeOfConduct, CodeOfConductStatus, MyNetworkStanding } from '@inclusieplein/contract';
import { CurrentUser, SignedInGuard } from '../common/current-user';
import { UserEntity } from '../users/user.entity';
import { CodeOfConductService } from './code-of-conduct.service';
import { MemberModerationService } from './member-moderation.service';
import { AcceptCodeOfConductDto, UpdateCodeOfConductDto } from './moderation.dto';
import { CodeOfConductDto, CodeOfConductStatusDto, MyNetworkStandingDto } from './moderation-responses.dto';

@ApiTags('moderation')
@Controller('networks/:slug')
@UseGuards(SignedInGuard)
export class CodeOfConductController {
  constructor(
    private readonly codeOfConduct: CodeOfConductService,
    private readonly members: MemberModerationService,
  ) {}

  @Get('code-of-conduct')
  @ApiOkResponse({ type: CodeOfConductStatusDto, description: 'The current version and whether the signed-in person accepted it.' })
  status(@Param('slug') slug: string, @CurrentUser() user: UserEntity): Promise<CodeOfConductStatus> {
    return this.codeOfConduct.status(slug, user);
  }

  @Get('code-of-conduct/versions')
  @ApiOkResponse({ type: [CodeOfConductDto], description: 'Newest first.' })
  versions(@Param('slug') slug: string, @CurrentUser() user: UserEntity): Promise<CodeOfConduct[]> {
    return this.codeOfConduct.versions(slug, user);
  }

  @Put('code-of-conduct')
  @ApiOkResponse({ type: CodeOfConductDto, description: 'The new version. Owners and administrators only.' })
  update(@Param('slug') slug: string, @Body() body: UpdateCodeOfConductDto, @CurrentUser() user: UserEntity): Promise<CodeOfConduct> {
    return this.codeOfConduct.update(slug, user, body);
  }

  @Post('code-of-conduct/accept')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: CodeOfConductStatusDto, description: 'Members only.' })
  accept(@Param('slug') slug: string, @Body() body: AcceptCodeOfConductDto, @CurrentUser() user: UserEntity): Promise<CodeOfConductStatus> {
    return this.codeOfConduct.accept(slug, user, body.version);
  }

  @Get('my-standing')
  @ApiOkResponse({ type: MyNetworkStandingDto, description: "The signed-in person's mute, ban, warnings and code of conduct status." })
  myStanding(@Param('slug') slug: string, @CurrentUser() user: UserEntity): Promise<MyNetworkStanding> {
    return this.members.myStanding(slug, user);
  }
}
