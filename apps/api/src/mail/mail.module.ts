import { Global, Module } from '@nestjs/common';
import { APP_CONFIG } from '../config/app-config.module';
import type { AppConfig } from '../config/config';
import { Clock } from './clock';
import { MailOutboxService } from './mail-outbox.service';
import { createMailTransport, MAIL_TRANSPORT } from './mail-transport';
import { MailWorker } from './mail-worker';
import { UnsubscribeTokens } from './unsubscribe-tokens';

/** Global, because account mails (auth) and notification mails (notifications) both queue mails. */
@Global()
@Module({
  providers: [
    Clock,
    MailOutboxService,
    MailWorker,
    UnsubscribeTokens,
    { provide: MAIL_TRANSPORT, inject: [APP_CONFIG], useFactory: (config: AppConfig) => createMailTransport(config.mail.smtp) },
  ],
  exports: [Clock, MailOutboxService, MailWorker, UnsubscribeTokens],
})
export class MailModule {}
