import { Module } from '@nestjs/common';
import { MembershipsModule } from '../memberships/memberships.module';
import { DigestService } from './digest.service';
import { NotificationListener } from './notification-listener';
import { NotificationsController } from './notifications.controller';
import { NotificationsService } from './notifications.service';
import { PreferencesService } from './preferences.service';
import { UnsubscribeController } from './unsubscribe.controller';

@Module({
  imports: [MembershipsModule],
  controllers: [NotificationsController, UnsubscribeController],
  providers: [NotificationsService, PreferencesService, NotificationListener, DigestService],
  exports: [NotificationsService],
})
export class NotificationsModule {}
