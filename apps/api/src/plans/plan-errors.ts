import { HttpException, HttpStatus } from '@nestjs/common';
import type { PlanConflictBody, PlanDetail } from '@inclusieplein/contract';
import { ApiException } from '../common/api-error';

/** 409 for a save based on an outdated revision. The body contains the current plan to merge with. */
export class PlanConflictException extends HttpException {
  constructor(current: PlanDetail) {
    const body: PlanConflictBody = {
      statusCode: HttpStatus.CONFLICT,
      code: 'revision_conflict',
      message: `The plan was changed by someone else. Revision ${current.revision} is the current one, so merge your changes with it and save again.`,
      current,
    };
    super(body, HttpStatus.CONFLICT);
  }
}

/** Error thrown inside a transaction so that it rolls back. The service turns it into PlanConflictException afterwards. */
export class StaleRevisionError extends Error {
  constructor() {
    super('stale base revision');
  }
}

export const planLocked = (reason: string | null): ApiException =>
  new ApiException(HttpStatus.CONFLICT, 'plan_locked', `This plan is locked and cannot be changed: ${reason ?? 'no reason given'}.`);
