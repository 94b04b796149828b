import { Injectable } from '@nestjs/common';
import type { EmailFrequency, NetworkWatch, NotificationSettings, WatchLevel } from '@inclusieplein/contract';
import { DEFAULT_WATCH_LEVEL } from '@inclusieplein/contract';
import { DataSource } from 'typeorm';
import { notFound } from '../common/api-error';
import { Clock } from '../mail/clock';
import { NetworkAccessService } from '../memberships/network-access.service';
import { UserEntity } from '../users/user.entity';

/** Watch levels per network and the e-mail frequency per person. */
@Injectable()
export class PreferencesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly access: NetworkAccessService,
  ) {}

  async getWatch(user: UserEntity, slug: string): Promise<NetworkWatch> {
    const network = await this.access.getNetworkBySlug(slug);
    await this.access.assertCanReadContent(network, user);
    const [row] = await this.dataSource.query<Array<{ level: WatchLevel }>>(
      `SELECT level FROM network_watches WHERE user_id = $1 AND network_id = $2`,
      [user.id, network.id],
    );
    return { networkSlug: network.slug, level: row?.level ?? DEFAULT_WATCH_LEVEL };
  }

  /** Sets the level. Only people who may read the network can watch it. */
  async setWatch(user: UserEntity, slug: string, level: WatchLevel): Promise<NetworkWatch> {
    const network = await this.access.getNetworkBySlug(slug);
    await this.access.assertCanReadContent(network, user);
    await this.dataSource.query(
      `INSERT INTO network_watches (user_id, network_id, level, updated_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT (user_id, network_id) DO UPDATE SET level = EXCLUDED.level, updated_at = EXCLUDED.updated_at`,
      [user.id, network.id, level, this.clock.now()],
    );
    return { networkSlug: network.slug, level };
  }

  /** Loads the watch levels of the given people in one network. People without a row get the default. */
  async watchLevels(networkId: string, userIds: string[]): Promise<Map<string, WatchLevel>> {
    const levels = new Map<string, WatchLevel>(userIds.map((id) => [id, DEFAULT_WATCH_LEVEL]));
    if (userIds.length === 0) return levels;
    const rows = await this.dataSource.query<Array<{ user_id: string; level: WatchLevel }>>(
      `SELECT user_id, level FROM network_watches WHERE network_id = $1 AND user_id = ANY($2)`,
      [networkId, userIds],
    );
    for (const row of rows) levels.set(row.user_id, row.level);
    return levels;
  }

  /** Returns the ids of people who watch the network at one of the given levels. */
  async watchers(networkId: string, levels: WatchLevel[]): Promise<string[]> {
    const rows = await this.dataSource.query<Array<{ user_id: string }>>(
      `SELECT user_id FROM network_watches WHERE network_id = $1 AND level = ANY($2)`,
      [networkId, levels],
    );
    return rows.map((row) => row.user_id);
  }

  async getSettings(user: UserEntity): Promise<NotificationSettings> {
    const [row] = await this.dataSource.query<Array<{ email: string; email_frequency: EmailFrequency; email_verified_at: Date | null }>>(
      `SELECT email, email_frequency, email_verified_at FROM users WHERE id = $1`,
      [user.id],
    );
    if (!row) throw notFound('The account');
    return { email: row.email, emailFrequency: row.email_frequency, emailVerified: row.email_verified_at !== null };
  }

  /**
   * Changes the e-mail frequency. Notifications waiting for a digest stay waiting when the new
   * frequency is daily or weekly. With `immediate` or `never` they are not mailed any more. With
   * `never`, notification mails still waiting in the outbox (for example while the SMTP server is
   * down) are cancelled too. Account mails are kept.
   */
  async setEmailFrequency(userId: string, frequency: EmailFrequency): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await manager.query(`UPDATE users SET email_frequency = $2 WHERE id = $1`, [userId, frequency]);
      if (frequency === 'immediate' || frequency === 'never') {
        await manager.query(`UPDATE notifications SET email_status = 'skipped' WHERE user_id = $1 AND email_status = 'pending'`, [userId]);
      }
      if (frequency === 'never') {
        await manager.query(
          `UPDATE mail_outbox SET status = 'cancelled'
            WHERE user_id = $1 AND status = 'pending' AND kind IN ('notification', 'daily_digest', 'weekly_digest')`,
          [userId],
        );
      }
    });
  }
}
