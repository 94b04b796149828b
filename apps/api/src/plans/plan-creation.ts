import type { PlanStatus } from '@inclusieplein/contract';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { PostEntity } from '../discussions/post.entity';
import { ThreadEntity } from '../discussions/thread.entity';
import { NetworkEntity } from '../networks/network.entity';
import { UserEntity } from '../users/user.entity';
import { PlanSnapshot, storePlanContent } from './plan-content';
import { PlanStatusChangeEntity } from './plan-history.entity';
import { planThreadOpening, planThreadTitle } from './plan-thread';
import { PlanEntity } from './plan.entity';

export interface NewPlan {
  network: NetworkEntity;
  author: UserEntity;
  snapshot: PlanSnapshot;
  status: PlanStatus;
  changeSummary: string;
  source: { planId: string; revision: number } | null;
}

/**
 * Inserts a plan with revision 1, its actions, its first status record and its discussion thread
 * with an opening post that links to the plan. Runs inside the caller's transaction, so a failure
 * at any step stores nothing.
 */
export async function insertPlan(manager: EntityManager, input: NewPlan): Promise<{ plan: PlanEntity; thread: ThreadEntity }> {
  const planId = randomUUID();
  const now = new Date();

  const thread = await manager.save(
    manager.create(ThreadEntity, {
      networkId: input.network.id,
      title: planThreadTitle(input.snapshot.title),
      authorId: input.author.id,
      lastActivityAt: now,
    }),
  );
  await manager.insert(PostEntity, {
    threadId: thread.id,
    parentId: null,
    depth: 0,
    authorId: input.author.id,
    body: planThreadOpening(input.snapshot.title, input.network.slug, planId),
  });

  await manager.insert(PlanEntity, {
    id: planId,
    networkId: input.network.id,
    threadId: thread.id,
    title: input.snapshot.title,
    status: input.status,
    revision: 1,
    sourcePlanId: input.source?.planId ?? null,
    sourceRevision: input.source?.revision ?? null,
    createdById: input.author.id,
    updatedById: input.author.id,
    updatedAt: now,
  });
  const plan = await manager.findOneByOrFail(PlanEntity, { id: planId });
  await storePlanContent(manager, plan, input.snapshot, 1, {
    authorId: input.author.id,
    changeSummary: input.changeSummary,
    restoredFrom: null,
  });
  await manager.insert(PlanStatusChangeEntity, {
    planId,
    fromStatus: null,
    toStatus: input.status,
    changedById: input.author.id,
    note: null,
  });
  return { plan, thread };
}
