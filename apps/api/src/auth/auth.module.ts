import { Module } from '@nestjs/common';
import { UsersModule } from '../users/users.module';
import { AccountEmailController } from './account-email.controller';
import { AccountEmailService } from './account-email.service';
import { AuthController } from './auth.controller';
import { LoginThrottle } from './login-throttle';

@Module({
  imports: [UsersModule],
  controllers: [AuthController, AccountEmailController],
  providers: [LoginThrottle, AccountEmailService],
})
export class AuthModule {}
