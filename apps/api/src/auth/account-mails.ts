import { EMAIL_RULES, MAIL_LINK_PATHS } from '@inclusieplein/contract';
import { renderMail, type RenderedMail } from '../mail/mail-layout';

/** Builds the web app's address for an account link. The token goes in the query string. */
export function accountLink(publicUrl: string, path: string, token: string): string {
  return `${publicUrl}${path}?token=${encodeURIComponent(token)}`;
}

/** Builds the verification mail in plain Dutch (language level B1). */
export function verificationMail(publicUrl: string, displayName: string, token: string): RenderedMail {
  return renderMail({
    subject: 'Bevestig je e-mailadres voor Inclusieplein',
    heading: `Hallo ${displayName},`,
    paragraphs: [
      'Je hebt een account gemaakt op Inclusieplein.',
      'Klik op de link hieronder. Zo weten we dat dit e-mailadres van jou is.',
      `De link werkt ${EMAIL_RULES.verificationHours} uur. Je kunt de link één keer gebruiken.`,
    ],
    action: { label: 'Bevestig mijn e-mailadres', url: accountLink(publicUrl, MAIL_LINK_PATHS.verifyEmail, token) },
    footer: ['Heb je geen account gemaakt? Dan hoef je niets te doen.', 'Inclusieplein'],
  });
}

/** Builds the password reset mail in plain Dutch (language level B1). */
export function passwordResetMail(publicUrl: string, displayName: string, token: string): RenderedMail {
  return renderMail({
    subject: 'Nieuw wachtwoord voor Inclusieplein',
    heading: `Hallo ${displayName},`,
    paragraphs: [
      'Iemand vroeg om een nieuw wachtwoord voor jouw account op Inclusieplein.',
      'Klik op de link hieronder. Daar kies je een nieuw wachtwoord.',
      `De link werkt ${EMAIL_RULES.passwordResetMinutes} minuten. Je kunt de link één keer gebruiken.`,
    ],
    action: { label: 'Kies een nieuw wachtwoord', url: accountLink(publicUrl, MAIL_LINK_PATHS.resetPassword, token) },
    footer: ['Heb je hier niet om gevraagd? Dan hoef je niets te doen. Je wachtwoord blijft hetzelfde.', 'Inclusieplein'],
  });
}
