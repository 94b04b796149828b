import type { Messages } from '../../apps/web/src/i18n/nl.js' with { 'resolution-mode': 'import' };
import { DEMO_EMAILS, logInThroughForm } from '../browser/support/people';
import { loadWebModule } from '../support/load-web-module';
import { useScreenReader } from './support/fixture';

const { nl } = loadWebModule<{ nl: Messages }>('apps/web/src/i18n/nl.ts');
const fixture = useScreenReader();

/** Fills in a i18next template such as "{{label}}: vul dit in." */
function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_match, key: string) => String(values[key]));
}

function escape(text: string): RegExp {
  return new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
}

test('register with wrong email: errors spoken, then success', async () => {
  const { page, speech } = fixture.session;
  const name = 'Sanne Schermlezer';
  await page.goto(`${fixture.platform.baseUrl}/registreren`);
  await page.getByRole('heading', { level: 1, name: nl.auth.registerTitle }).waitFor();
  await page.getByLabel(nl.fields.displayName.label).fill(name);
  await page.getByLabel(nl.fields.email.label).fill('sanne-at-voorbeeld.nl');
  await page.getByLabel(nl.fields.password.label, { exact: true }).fill('een lange zin als wachtwoord');
  await speech.settle(1_000);

  // Return in a text field submits the form. Orca passes the key on in focus mode.
  await page.getByLabel(nl.fields.password.label, { exact: true }).focus();
  await speech.settle();
  const submitted = speech.mark();
  await fixture.session.press('Return');

  const emailError = fill(nl.errors.field.invalid_email, { label: nl.fields.email.label });
  await speech.waitFor(escape(nl.forms.errorSummaryHeading), { since: submitted });
  await speech.waitFor(escape(emailError), { since: submitted });
  await speech.settle();
  // The summary lists only the email address. The name and password were valid.
  speech.expectNotSaid(escape(fill(nl.errors.field.required, { label: nl.fields.displayName.label })), submitted);

  // The summary's link leads to the field, and the field itself carries the error.
  const toLink = speech.mark();
  await fixture.session.press('Tab');
  await speech.waitFor(escape(`${emailError} link`), { since: toLink });
  await speech.settle(500);
  const toField = speech.mark();
  await fixture.session.press('Return');
  await speech.waitFor(new RegExp(`^${nl.fields.email.label} invoerveld`), { since: toField });
  await speech.waitFor(escape(emailError), { since: toField });
  await speech.settle();
  expect(await page.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('email');

  await page.getByLabel(nl.fields.email.label).fill(`sanne-${Date.now()}@voorbeeld.nl`);
  await speech.settle(500);
  const corrected = speech.mark();
  await fixture.session.press('Return');
  await speech.waitFor(escape(fill(nl.auth.registered, { name })), { since: corrected });
  await speech.settle();
  speech.expectNotSaid(escape(nl.forms.errorSummaryHeading), corrected);
});

test('closed network: pending request spoken', async () => {
  const { page, speech } = fixture.session;
  await page.request.post(`${fixture.platform.baseUrl}/api/auth/logout`);
  await logInThroughForm(page, fixture.platform.baseUrl, DEMO_EMAILS.member);
  await page.goto(`${fixture.platform.baseUrl}/netwerken`);
  await page.getByRole('link', { name: 'Ervaringsdeskundigen onder elkaar' }).click();
  await page.getByText(nl.membership.closedExplanation).waitFor();
  await page.getByLabel(nl.membership.motivationLabel).fill('Ik ben zelf slechtziend en wil graag meepraten.');

  // Orca reads the page on load. A key pressed during that reading only stops it.
  await speech.settle(1_000);
  const button = page.getByRole('button', { name: nl.membership.request });
  const focusing = speech.mark();
  await button.focus();
  await speech.waitFor(new RegExp(`^${nl.membership.request} drukknop`), { since: focusing });
  await speech.settle();
  const requested = speech.mark();
  await fixture.session.press('Return');

  await speech.waitFor(escape(nl.membership.pending), { since: requested, timeoutMs: 5_000 });
  await speech.settle(1_500);
  // Orca may read the pending box again as it reads on from the focused heading, so the count is not checked.
  speech.expectNotSaid(escape(nl.errors.unknown), requested);
  await page.locator('main').getByText(nl.membership.pending).waitFor();
});
