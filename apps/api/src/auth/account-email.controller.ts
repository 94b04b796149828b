import { Body, Controller, HttpCode, HttpStatus, Post, Req, UseGuards } from '@nestjs/common';
import { ApiAcceptedResponse, ApiNoContentResponse, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { CurrentUser, SignedInGuard } from '../common/current-user';
import { UserEntity } from '../users/user.entity';
import { AccountEmailService } from './account-email.service';
import { PasswordResetRequestDto, ResetPasswordDto, VerifyEmailDto } from './account-email.dto';

@ApiTags('auth')
@Controller('auth')
export class AccountEmailController {
  constructor(private readonly accountEmail: AccountEmailService) {}

  @Post('verify-email')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({ description: 'The address is verified. 400 invalid_token or token_expired otherwise.' })
  async verifyEmail(@Body() body: VerifyEmailDto): Promise<void> {
    await this.accountEmail.verifyEmail(body.token);
  }

  @Post('verify-email/resend')
  @UseGuards(SignedInGuard)
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiAcceptedResponse({ description: 'A new verification mail is queued, unless the address is already verified.' })
  async resendVerification(@CurrentUser() user: UserEntity): Promise<void> {
    await this.accountEmail.resendVerification(user);
  }

  @Post('password-reset/request')
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiAcceptedResponse({ description: 'The same response whether or not an account has this address.' })
  async requestPasswordReset(@Body() body: PasswordResetRequestDto): Promise<void> {
    await this.accountEmail.requestPasswordReset(body.email);
  }

  @Post('password-reset')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({ description: 'The password is changed and other sessions of the account have ended.' })
  async resetPassword(@Body() body: ResetPasswordDto, @Req() request: Request): Promise<void> {
    await this.accountEmail.resetPassword(body.token, body.password, request.sessionID ?? null);
  }
}
