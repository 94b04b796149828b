import { Body, Controller, Get, HttpCode, HttpStatus, Post, Req, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { CurrentUser as CurrentUserBody, SessionResponse } from '@inclusieplein/contract';
import type { Request, Response } from 'express';
import { ApiException } from '../common/api-error';
import { CurrentUser } from '../common/current-user';
import { DomainEvents } from '../realtime/domain-events';
import { UserEntity } from '../users/user.entity';
import { CurrentUserDto, LoginDto, RegisterDto, SessionResponseDto } from '../users/users.dto';
import { toCurrentUser, UsersService } from '../users/users.service';
import { AccountEmailService } from './account-email.service';
import { LoginThrottle } from './login-throttle';
import { SESSION_COOKIE } from './session';

/** Passport's `req.logIn` and `req.logOut` as promises. */
function logIn(request: Request, user: UserEntity): Promise<void> {
  return new Promise((resolve, reject) => request.logIn(user, (error) => (error ? reject(error) : resolve())));
}

function logOut(request: Request): Promise<void> {
  return new Promise((resolve, reject) => request.logOut((error) => (error ? reject(error) : resolve())));
}

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly users: UsersService,
    private readonly events: DomainEvents,
    private readonly throttle: LoginThrottle,
    private readonly accountEmail: AccountEmailService,
  ) {}

  @Post('register')
  @ApiCreatedResponse({ type: CurrentUserDto, description: 'The account is created and signed in; a verification mail is queued.' })
  async register(@Body() body: RegisterDto, @Req() request: Request): Promise<CurrentUserBody> {
    const user = await this.users.create(body);
    await this.accountEmail.sendVerification(user);
    await logIn(request, user);
    return toCurrentUser(user);
  }

  @Post('login')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: CurrentUserDto })
  async login(@Body() body: LoginDto, @Req() request: Request): Promise<CurrentUserBody> {
    const clientAddress = request.ip ?? 'unknown';
    if (this.throttle.isBlocked(body.email, clientAddress)) {
      throw new ApiException(
        HttpStatus.TOO_MANY_REQUESTS,
        'too_many_requests',
        'Too many failed logins for this e-mail address; try again in 15 minutes.',
      );
    }
    const user = await this.users.verifyCredentials(body.email, body.password);
    if (!user) {
      this.throttle.recordFailure(body.email, clientAddress);
      throw new ApiException(HttpStatus.UNAUTHORIZED, 'invalid_credentials', 'The e-mail address or password is wrong.');
    }
    this.throttle.recordSuccess(body.email, clientAddress);
    await logIn(request, user);
    return toCurrentUser(user);
  }

  @Post('logout')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse()
  async logout(@Req() request: Request, @Res({ passthrough: true }) response: Response): Promise<void> {
    const sessionId = request.sessionID;
    await logOut(request);
    await new Promise<void>((resolve) => request.session.destroy(() => resolve()));
    if (sessionId) this.events.emit('session.ended', { sessionId });
    response.clearCookie(SESSION_COOKIE, { path: '/' });
  }

  @Get('me')
  @ApiOkResponse({ type: SessionResponseDto })
  me(@CurrentUser() user: UserEntity | undefined): SessionResponse {
    return { user: user ? toCurrentUser(user) : null };
  }
}
