import { hashPassword } from '../users/password-hashing';
import { DataSource, EntityManager, In } from 'typeorm';
import { PostEntity } from '../discussions/post.entity';
import { ThreadEntity } from '../discussions/thread.entity';
import { MembershipEntity } from '../memberships/membership.entity';
import { NetworkEntity } from '../networks/network.entity';
import { slugify } from '../networks/slug';
import { MunicipalityEntity } from '../reference-data/municipality.entity';
import { UserEntity } from '../users/user.entity';
import { DEMO_ACCOUNTS, DEMO_NETWORKS, DEMO_PASSWORD, DemoPost } from './demo-content';

const MINUTE = 60_000;

/**
 * Adds the demo accounts, networks and threads in one transaction, unless demo content exists
 * already. Returns whether it added anything. Posts get times in the recent past, spaced apart,
 * so the reply tree reads in a natural order.
 */
export async function seedDemoContent(dataSource: DataSource): Promise<boolean> {
  if (await dataSource.getRepository(UserEntity).existsBy({ isDemo: true })) return false;
  const passwordHash = await hashPassword(DEMO_PASSWORD);

  await dataSource.transaction(async (manager) => {
    const users = new Map<string, UserEntity>();
    for (const account of DEMO_ACCOUNTS) {
      const { key, ...fields } = account;
      const user = await manager.save(manager.create(UserEntity, { ...fields, passwordHash, isDemo: true }));
      users.set(key, user);
    }

    let clock = Date.now() - 7 * 24 * 60 * MINUTE;
    const nextTime = () => new Date((clock += 37 * MINUTE));

    for (const demo of DEMO_NETWORKS) {
      // Demo mode can be switched on after people created networks, so a real network with a demo name stays and
      // its demo copy is left out.
      if (await isNameOrSlugTaken(manager, demo.name)) continue;
      const municipalities = demo.municipalityCodes.length
        ? await manager.findBy(MunicipalityEntity, { code: In(demo.municipalityCodes) })
        : [];
      const network = await manager.save(
        manager.create(NetworkEntity, {
          slug: slugify(demo.name),
          name: demo.name,
          description: demo.description,
          purpose: demo.purpose,
          theme: demo.theme,
          visibility: demo.visibility,
          status: 'active',
          crpdArticleNumbers: demo.crpdArticleNumbers,
          municipalities,
          partnerOrganisations: demo.partnerOrganisations,
          coordinator: demo.coordinator,
          decidedById: users.get('admin')!.id,
          decidedAt: new Date(clock),
          createdAt: new Date(clock),
          isDemo: true,
        }),
      );
      for (const [key, role] of Object.entries(demo.members)) {
        await manager.insert(MembershipEntity, { networkId: network.id, userId: users.get(key)!.id, role });
      }
      for (const thread of demo.threads) {
        const createdAt = nextTime();
        const saved = await manager.save(
          manager.create(ThreadEntity, {
            networkId: network.id,
            title: thread.title,
            authorId: users.get(thread.opening.author)!.id,
            lastActivityAt: createdAt,
            createdAt,
            isDemo: true,
          }),
        );
        const replyCount = await insertPost(manager, saved.id, null, 0, thread.opening, users, nextTime, createdAt);
        await manager.update(ThreadEntity, { id: saved.id }, { replyCount, lastActivityAt: new Date(clock) });
      }
    }
  });
  return true;
}

async function isNameOrSlugTaken(manager: EntityManager, name: string): Promise<boolean> {
  return manager
    .createQueryBuilder(NetworkEntity, 'network')
    .where("lower(network.name) = lower(:name) AND network.status <> 'declined'", { name })
    .orWhere('network.slug = :slug', { slug: slugify(name) })
    .getExists();
}

/** Inserts a post and its replies; returns the number of replies below the opening post. */
async function insertPost(
  manager: EntityManager,
  threadId: string,
  parentId: string | null,
  depth: number,
  post: DemoPost,
  users: Map<string, UserEntity>,
  nextTime: () => Date,
  createdAt: Date = nextTime(),
): Promise<number> {
  const saved = await manager.save(
    manager.create(PostEntity, { threadId, parentId, depth, authorId: users.get(post.author)!.id, body: post.body, createdAt }),
  );
  let count = depth > 0 ? 1 : 0;
  for (const reply of post.replies ?? []) {
    count += await insertPost(manager, threadId, saved.id, depth + 1, reply, users, nextTime);
  }
  return count;
}
