import { CanActivate, ExecutionContext, ForbiddenException, Injectable } from '@nestjs/common';
import { AuthenticatedRequest } from './auth-user';

/** Lets only callers whose token carries the admin claim through (stats, listing). */
@Injectable()
export class AdminGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    if (context.switchToHttp().getRequest<AuthenticatedRequest>().user?.isAdmin) return true;
    throw new ForbiddenException({ message: 'admin role required', detail: 'Esta área é restrita à equipe da LITGO.' });
  }
}
