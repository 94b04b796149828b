import { Body, Controller, Patch, UseGuards } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { CurrentUser as CurrentUserBody } from '@inclusieplein/contract';
import { CurrentUser, SignedInGuard } from '../common/current-user';
import { UserEntity } from './user.entity';
import { CurrentUserDto, UpdateProfileDto } from './users.dto';
import { toCurrentUser, UsersService } from './users.service';

@ApiTags('profile')
@Controller('profile')
@UseGuards(SignedInGuard)
export class ProfileController {
  constructor(private readonly users: UsersService) {}

  @Patch()
  @ApiOkResponse({ type: CurrentUserDto })
  async update(@CurrentUser() user: UserEntity, @Body() body: UpdateProfileDto): Promise<CurrentUserBody> {
    return toCurrentUser(await this.users.updateProfile(user, body));
  }
}
