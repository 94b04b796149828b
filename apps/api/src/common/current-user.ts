import { CanActivate, createParamDecorator, ExecutionContext, Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { UserEntity } from '../users/user.entity';
import { forbidden, notAuthenticated } from './api-error';

/** Injects the signed-in person that passport restored from the session, or undefined for a visitor. */
export const CurrentUser = createParamDecorator((_data: unknown, context: ExecutionContext): UserEntity | undefined => {
  const request = context.switchToHttp().getRequest<Request>();
  return request.user as UserEntity | undefined;
});

/** Rejects visitors with 401. */
@Injectable()
export class SignedInGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    if (!context.switchToHttp().getRequest<Request>().user) throw notAuthenticated();
    return true;
  }
}

/** Rejects visitors with 401 and people who are not platform administrators with 403. */
@Injectable()
export class AdminGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const user = context.switchToHttp().getRequest<Request>().user as UserEntity | undefined;
    if (!user) throw notAuthenticated();
    if (!user.isAdmin) throw forbidden('Only platform administrators may do this.');
    return true;
  }
}
