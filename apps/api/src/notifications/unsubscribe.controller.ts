import { Controller, Get, Header, HttpCode, HttpStatus, Inject, Logger, Post, Query, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { MAIL_LINK_PATHS } from '@inclusieplein/contract';
import type { Response } from 'express';
import { APP_CONFIG } from '../config/app-config.module';
import type { AppConfig } from '../config/config';
import { escapeHtml } from '../mail/mail-layout';
import { UnsubscribeTokens } from '../mail/unsubscribe-tokens';
import { PreferencesService } from './preferences.service';

function page(title: string, paragraphs: string[]): string {
  return [
    '<!DOCTYPE html>',
    '<html lang="nl">',
    '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)} - Inclusieplein</title></head>`,
    '<body style="font-family: Arial, sans-serif; font-size: 18px; line-height: 1.5; max-width: 40em; margin: 0 auto; padding: 1em;">',
    '<main>',
    `<h1>${escapeHtml(title)}</h1>`,
    ...paragraphs.map((paragraph) => `<p>${paragraph}</p>`),
    '</main>',
    '</body>',
    '</html>',
  ].join('\n');
}

/**
 * The unsubscribe link of notification mails. It needs no login: the signed token names the
 * person. Unsubscribing sets their e-mail frequency to `never` for all notification mails, not
 * only for one network, because people who click it expect the mails to stop. Account mails
 * (verification, password reset) are still sent. GET shows a page and does it, because the link
 * in the mail is opened in a browser. POST is the RFC 8058 one-click request of mail programs.
 */
@ApiExcludeController()
@Controller('mail/unsubscribe')
export class UnsubscribeController {
  private readonly logger = new Logger(UnsubscribeController.name);

  constructor(
    private readonly tokens: UnsubscribeTokens,
    private readonly preferences: PreferencesService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get()
  @Header('Content-Type', 'text/html; charset=utf-8')
  @Header('Cache-Control', 'no-store')
  async unsubscribeByLink(@Query('token') token: unknown, @Res({ passthrough: true }) response: Response): Promise<string> {
    const settingsUrl = escapeHtml(`${this.config.mail.publicUrl}${MAIL_LINK_PATHS.notificationSettings}`);
    if (!(await this.unsubscribe(token))) {
      response.status(HttpStatus.BAD_REQUEST);
      return page('Deze link werkt niet', [
        'De link om je af te melden is niet goed. Misschien is hij niet helemaal gekopieerd.',
        `Je kunt je ook afmelden bij <a href="${settingsUrl}">je instellingen voor meldingen</a>.`,
      ]);
    }
    return page('Je bent afgemeld', [
      'Je krijgt geen e-mails over meldingen meer.',
      'Je ziet je meldingen nog wel op Inclusieplein.',
      `Wil je toch weer e-mails krijgen? Dat kan bij <a href="${settingsUrl}">je instellingen voor meldingen</a>.`,
    ]);
  }

  @Post()
  @HttpCode(HttpStatus.OK)
  @Header('Content-Type', 'text/plain; charset=utf-8')
  async unsubscribeOneClick(@Query('token') token: unknown, @Res({ passthrough: true }) response: Response): Promise<string> {
    if (!(await this.unsubscribe(token))) {
      response.status(HttpStatus.BAD_REQUEST);
      return 'The unsubscribe token is invalid.';
    }
    return 'Unsubscribed from notification mails.';
  }

  private async unsubscribe(token: unknown): Promise<boolean> {
    const userId = typeof token === 'string' && token.length <= 200 ? this.tokens.verify(token) : null;
    if (!userId) return false;
    await this.preferences.setEmailFrequency(userId, 'never');
    this.logger.log({ userId }, 'unsubscribed from notification mails');
    return true;
  }
}
