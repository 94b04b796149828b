import type { Page } from 'playwright-core';
import { launchChromium, SharedChromium } from '../support/browser';
import { DemoApi } from '../support/demo-api';
import { expectHeadingFocused, tabTo } from '../support/keyboard';
import { DEMO_EMAILS, logInThroughForm } from '../support/people';
import { PlatformServer, startPlatform } from '../support/platform-server';
import { recordCheck } from '../support/results';
import { waitFocused, waitUntil, waitVisible } from '../support/wait';

// Only keyboard events drive the person who acts in each journey. Logging in goes through the login
// form. New accounts, memberships, threads, replies and reports are set up through the API, because
// they are not under test here. Every journey makes its own threads and people, so none depends on
// another journey's data.
let platform: PlatformServer;
let chromium: SharedChromium;
let els: Page;
let mohamed: Page;
let anna: Page;
let beheerder: Page;

const NETWORK = 'toegankelijke-openbare-ruimte';
const NETWORK_NAME = 'Toegankelijke openbare ruimte';
/** A network that Mohamed owns and where he is the only moderator, so threads can move there. */
const OTHER_NETWORK = 'wonen-en-zelfstandig-leven';
const OTHER_NETWORK_NAME = 'Wonen en zelfstandig leven';
const MOHAMED = 'Mohamed El Amrani';
/** Makes titles, names and e-mail addresses unique per run. */
const RUN_ID = Date.now();

let personCount = 0;

beforeAll(async () => {
  [platform, chromium] = await Promise.all([startPlatform(), launchChromium()]);
  [els, mohamed, anna, beheerder] = await Promise.all([
    loggedIn(DEMO_EMAILS.member),
    loggedIn(DEMO_EMAILS.moderator),
    loggedIn(DEMO_EMAILS.owner),
    loggedIn(DEMO_EMAILS.administrator),
  ]);
}, 120_000);

afterAll(async () => {
  await chromium?.close();
  await platform?.stop();
});

async function loggedIn(email: string): Promise<Page> {
  const context = await chromium.newContext();
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  await logInThroughForm(page, platform.baseUrl, email);
  return page;
}

interface NewPerson {
  page: Page;
  api: DemoApi;
  displayName: string;
}

/** Registers a new account through the API and, unless `join` is false, joins the open demo network. */
async function newPerson(firstName: string, options: { join?: boolean } = {}): Promise<NewPerson> {
  personCount += 1;
  const displayName = `${firstName} Test${personCount}`;
  const context = await chromium.newContext();
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  await page.goto(`${platform.baseUrl}/`);
  const api = new DemoApi(platform.baseUrl, page);
  await api.post('/api/auth/register', {
    displayName,
    email: `${firstName.toLowerCase()}-${RUN_ID}-${personCount}@example.org`,
    password: 'een-lang-wachtwoord',
  });
  if (options.join !== false) {
    const status = await api.get<{ current: { version: number } | null }>(`/api/networks/${NETWORK}/code-of-conduct`);
    await api.post(`/api/networks/${NETWORK}/join`, { acceptedCodeOfConductVersion: status.current?.version ?? null });
  }
  await page.goto(`${platform.baseUrl}/`);
  await waitVisible(page.getByRole('button', { name: 'Uitloggen' }));
  return { page, api, displayName };
}

interface NewThread {
  id: string;
  path: string;
  openingPostId: string;
}

/** Starts a thread as Mohamed through the API. Moderators are exempt from the posting limits. */
async function newThread(title: string): Promise<NewThread> {
  const api = new DemoApi(platform.baseUrl, mohamed);
  const created = await api.post<{ id: string }>(`/api/networks/${NETWORK}/threads`, {
    title,
    body: `Openingsbericht van "${title}".`,
  });
  const detail = await api.get<{ posts: Array<{ id: string }> }>(`/api/threads/${created.id}`);
  return { id: created.id, path: `/netwerken/${NETWORK}/onderwerpen/${created.id}`, openingPostId: detail.posts[0].id };
}

/** Posts a reply to the thread's opening post through the API and returns the new post's id. */
async function reply(person: NewPerson, thread: NewThread, body: string): Promise<string> {
  const post = await person.api.post<{ id: string }>(`/api/threads/${thread.id}/posts`, { parentId: thread.openingPostId, body });
  return post.id;
}

/** Runs a journey and records it for the results file only when it reached its end. */
function journey(name: string, role: string, run: () => Promise<void>): void {
  it(`${name} by keyboard`, async () => {
    await run();
    recordCheck({ kind: 'journey', route: '', role, name, violations: 0 });
  });
}

/** Waits until the page's polite live region reads `text`. */
async function waitAnnounced(page: Page, text: string): Promise<void> {
  await waitVisible(page.locator('[role="status"][aria-live="polite"]', { hasText: text }));
}

async function openPage(page: Page, path: string): Promise<void> {
  await page.goto(`${platform.baseUrl}${path}`);
  await waitVisible(page.getByRole('heading', { level: 1 }), 10_000);
}

/** Finds the card of a thread in a network's thread list by its exact title. */
function threadCard(page: Page, title: string) {
  return page.locator('li.card').filter({ has: page.getByRole('link', { name: title, exact: true }) });
}

/** Opens the member panel of `name` on the network page, by keyboard. */
async function openMemberPanel(page: Page, name: string): Promise<void> {
  await openPage(page, `/netwerken/${NETWORK}`);
  await tabTo(page, page.getByRole('button', { name: `Modereren ${name}` }), { maxPresses: 250 });
  await page.keyboard.press('Enter');
  await waitFocused(page.getByRole('heading', { name: `Moderatie van ${name}` }), 'the member panel');
}

describe('keyboard-only moderation actions', () => {
  journey('pin and unpin a thread', 'moderator', async () => {
    const title = `Vastzetten test ${RUN_ID}`;
    const thread = await newThread(title);
    await openPage(mohamed, thread.path);
    await tabTo(mohamed, mohamed.getByRole('button', { name: 'Vastzetten bovenaan' }), { maxPresses: 60 });
    await mohamed.keyboard.press('Enter');
    await waitFocused(mohamed.getByRole('group', { name: 'Onderwerp bovenaan vastzetten' }), 'the confirm step');
    await tabTo(mohamed, mohamed.getByRole('button', { name: 'Ja, vastzetten' }));
    await mohamed.keyboard.press('Enter');
    await waitFocused(mohamed.getByRole('heading', { name: 'Moderatie van dit onderwerp' }), 'the moderation heading');
    await waitAnnounced(mohamed, 'Het onderwerp staat nu bovenaan.');
    await waitVisible(mohamed.getByText('Dit onderwerp staat vast bovenaan.'));
    await waitVisible(mohamed.getByRole('button', { name: 'Losmaken' }));

    // A member gets the pinned label on the thread's card, and the pinned thread is listed first.
    await openPage(els, `/netwerken/${NETWORK}`);
    await waitVisible(threadCard(els, title).getByText('Vast bovenaan'));
    expect(await els.locator('li.card h3').first().innerText()).toBe(title);

    // Focus is still on the moderation heading, so the next button is the one that unpins.
    await tabTo(mohamed, mohamed.getByRole('button', { name: 'Losmaken' }), { maxPresses: 10 });
    await mohamed.keyboard.press('Enter');
    await waitFocused(mohamed.getByRole('group', { name: 'Onderwerp losmaken' }), 'the confirm step');
    await tabTo(mohamed, mohamed.getByRole('button', { name: 'Ja, losmaken' }));
    await mohamed.keyboard.press('Enter');
    await waitFocused(mohamed.getByRole('heading', { name: 'Moderatie van dit onderwerp' }), 'the moderation heading');
    await waitAnnounced(mohamed, 'Het onderwerp is losgemaakt.');
    await waitVisible(mohamed.getByRole('button', { name: 'Vastzetten bovenaan' }));

    await openPage(els, `/netwerken/${NETWORK}`);
    await waitVisible(threadCard(els, title));
    expect(await threadCard(els, title).getByText('Vast bovenaan').count()).toBe(0);
  });

  journey('move a thread to another network', 'moderator', async () => {
    const title = `Verplaatsen test ${RUN_ID}`;
    const thread = await newThread(title);
    await openPage(mohamed, thread.path);
    await tabTo(mohamed, mohamed.getByRole('button', { name: 'Verplaatsen' }), { maxPresses: 60 });
    await mohamed.keyboard.press('Enter');
    await waitFocused(mohamed.getByRole('group', { name: 'Onderwerp verplaatsen' }), 'the confirm step');

    // Confirming without a network shows the error summary.
    await tabTo(mohamed, mohamed.getByRole('button', { name: 'Ja, verplaatsen' }));
    await mohamed.keyboard.press('Enter');
    await waitFocused(mohamed.getByRole('alert').filter({ hasText: 'Er ging iets mis' }).first(), 'the error summary');

    // Typing the start of a name selects that option in a closed select.
    const select = mohamed.getByRole('combobox', { name: 'Naar welk netwerk?' });
    await tabTo(mohamed, select);
    await mohamed.keyboard.type('Wonen');
    await waitUntil(
      async () => (await select.locator('option:checked').innerText()) === OTHER_NETWORK_NAME,
      `the select did not choose ${OTHER_NETWORK_NAME}`,
    );
    await tabTo(mohamed, mohamed.getByRole('button', { name: 'Ja, verplaatsen' }));
    await mohamed.keyboard.press('Enter');
    await expectHeadingFocused(mohamed, title);
    await waitAnnounced(mohamed, 'Het onderwerp is verplaatst.');
    expect(mohamed.url()).toBe(`${platform.baseUrl}/netwerken/${OTHER_NETWORK}/onderwerpen/${thread.id}`);

    await openPage(mohamed, `/netwerken/${OTHER_NETWORK}`);
    await waitVisible(threadCard(mohamed, title));
    await openPage(els, `/netwerken/${NETWORK}`);
    await waitVisible(els.getByRole('heading', { name: 'Onderwerpen' }));
    await waitUntil(async () => (await els.locator('li.card').count()) > 0, 'the thread list to load');
    expect(await threadCard(els, title).count()).toBe(0);
  });

  journey('edit a member post as moderator', 'moderator', async () => {
    const thread = await newThread(`Aanpassen test ${RUN_ID}`);
    const author = await newPerson('Bram');
    const original = 'Mijn telefoonnummer is 06-12345678, bel me maar.';
    const postId = await reply(author, thread, original);
    const edited = 'Stuur me een bericht via het platform.';

    await openPage(mohamed, thread.path);
    await tabTo(mohamed, mohamed.getByRole('button', { name: `Aanpassen als moderator bericht van ${author.displayName}` }), {
      maxPresses: 80,
    });
    await mohamed.keyboard.press('Enter');
    const textbox = mohamed.getByRole('textbox', { name: `Tekst van het bericht van ${author.displayName}` });
    await waitFocused(textbox, 'the edit field');
    await mohamed.keyboard.press('ControlOrMeta+A');
    await mohamed.keyboard.type(edited);
    await tabTo(mohamed, mohamed.getByRole('button', { name: 'Bewaar wijziging' }));
    await mohamed.keyboard.press('Enter');
    await waitAnnounced(mohamed, 'Je bericht is aangepast.');

    // Every reader sees the new text, and the history names the moderator as the editor.
    await openPage(els, thread.path);
    const post = els.locator(`[id="bericht-${postId}"]`);
    await waitVisible(post.getByText(edited));
    expect(await post.getByText(original).count()).toBe(0);
    await tabTo(els, post.getByRole('button', { name: /toon eerdere versies/ }), { maxPresses: 80 });
    await els.keyboard.press('Enter');
    await waitVisible(post.getByText(`Aangepast door moderator ${MOHAMED} op`));
    await waitVisible(post.getByText(original));
    const revisions = await author.api.get<Array<{ byModerator: boolean }>>(`/api/posts/${postId}/revisions`);
    expect(revisions[0]?.byModerator).toBe(true);
  });

  journey('warn a member', 'moderator', async () => {
    const member = await newPerson('Cor');
    const reason = `Blijf vriendelijk tegen andere leden ${RUN_ID}.`;
    await openMemberPanel(mohamed, member.displayName);
    await tabTo(mohamed, mohamed.getByRole('button', { name: 'Waarschuwen' }));
    await mohamed.keyboard.press('Enter');
    await waitFocused(mohamed.getByRole('group', { name: `${member.displayName} waarschuwen` }), 'the confirm step');
    await tabTo(mohamed, mohamed.getByRole('textbox', { name: /Reden/ }));
    await mohamed.keyboard.type(reason);
    await tabTo(mohamed, mohamed.getByRole('button', { name: 'Ja, waarschuwen' }));
    await mohamed.keyboard.press('Enter');
    await waitFocused(mohamed.getByRole('heading', { name: `Moderatie van ${member.displayName}` }), 'the member panel heading');
    await waitAnnounced(mohamed, `${member.displayName} is gewaarschuwd.`);
    await waitVisible(mohamed.getByText('1 waarschuwing.'));

    // The member reads the warning and its reason on the network page.
    await openPage(member.page, `/netwerken/${NETWORK}`);
    await waitVisible(member.page.getByText(/Je kreeg een waarschuwing van een moderator op/));
    await waitVisible(member.page.getByText(`Reden: ${reason}`));
  });

  journey('ban and unban a member', 'moderator', async () => {
    const member = await newPerson('Dirk');
    await openMemberPanel(mohamed, member.displayName);
    await tabTo(mohamed, mohamed.getByRole('button', { name: 'Blokkeren' }));
    await mohamed.keyboard.press('Enter');
    await waitFocused(mohamed.getByRole('group', { name: `${member.displayName} blokkeren` }), 'the confirm step');
    await tabTo(mohamed, mohamed.getByRole('textbox', { name: /Reden/ }));
    await mohamed.keyboard.type('Steeds weer reclame.');
    await tabTo(mohamed, mohamed.getByRole('button', { name: 'Ja, blokkeren' }));
    await mohamed.keyboard.press('Enter');
    await waitAnnounced(mohamed, `${member.displayName} is geblokkeerd.`);

    // The banned person tries to join again and reads why that fails.
    await openPage(member.page, `/netwerken/${NETWORK}`);
    await tabTo(member.page, member.page.getByRole('button', { name: 'Word lid' }), { maxPresses: 120 });
    await member.page.keyboard.press('Enter');
    await waitVisible(member.page.getByText('Je bent geblokkeerd in dit netwerk. Je kunt geen lid worden.'));

    // The moderator lifts the ban from the list of banned people.
    await openPage(mohamed, `/netwerken/${NETWORK}/moderatie`);
    await tabTo(mohamed, mohamed.getByRole('button', { name: `Blokkade opheffen ${member.displayName}` }), { maxPresses: 150 });
    await mohamed.keyboard.press('Enter');
    await waitFocused(mohamed.getByRole('group', { name: `Blokkade van ${member.displayName} opheffen` }), 'the confirm step');
    await tabTo(mohamed, mohamed.getByRole('button', { name: 'Ja, opheffen' }));
    await mohamed.keyboard.press('Enter');
    await waitFocused(mohamed.getByRole('heading', { name: 'Geblokkeerde personen' }), 'the bans heading');
    await waitAnnounced(mohamed, `De blokkade van ${member.displayName} is opgeheven.`);
    expect(await mohamed.getByRole('button', { name: `Blokkade opheffen ${member.displayName}` }).count()).toBe(0);

    await openPage(member.page, `/netwerken/${NETWORK}`);
    await tabTo(member.page, member.page.getByRole('button', { name: 'Word lid' }), { maxPresses: 120 });
    await member.page.keyboard.press('Enter');
    await waitAnnounced(member.page, `Je bent nu lid van ${NETWORK_NAME}.`);
  });

  journey('approve the first post of a new member', 'moderator', async () => {
    const thread = await newThread(`Goedkeuren test ${RUN_ID}`);
    const body = `Mijn eerste bericht hier ${RUN_ID}.`;
    const settings = mohamed.getByRole('textbox', { name: 'Hoeveel eerste berichten keur je eerst goed?' });
    try {
      await openPage(mohamed, `/netwerken/${NETWORK}/moderatie`);
      await tabTo(mohamed, settings, { maxPresses: 150 });
      await mohamed.keyboard.press('ControlOrMeta+A');
      await mohamed.keyboard.type('1');
      await tabTo(mohamed, mohamed.getByRole('button', { name: 'Instellingen opslaan' }));
      await mohamed.keyboard.press('Enter');
      await waitAnnounced(mohamed, 'Opgeslagen. Je keurt het eerste bericht van nieuwe leden eerst goed.');

      const author = await newPerson('Eva');
      await reply(author, thread, body);

      // The post is shown as waiting to its author and is hidden from other members.
      await openPage(author.page, thread.path);
      await waitVisible(author.page.getByText('Dit bericht wacht op een moderator. Daarna kan iedereen het lezen.'));
      await waitVisible(author.page.getByText(body));
      await openPage(els, thread.path);
      await waitVisible(els.getByText(`Openingsbericht van "Goedkeuren test ${RUN_ID}".`));
      expect(await els.getByText(body).count()).toBe(0);

      await openPage(mohamed, `/netwerken/${NETWORK}/moderatie`);
      await tabTo(mohamed, mohamed.getByRole('button', { name: `Goedkeuren bericht van ${author.displayName}` }), { maxPresses: 150 });
      await mohamed.keyboard.press('Enter');
      // The queue reads its result by moving focus to it, not through the live region.
      await waitFocused(mohamed.getByText(`Het bericht van ${author.displayName} is goedgekeurd. Iedereen kan het nu lezen.`), 'the result');

      await openPage(els, thread.path);
      await waitVisible(els.getByText(body));
      await openPage(author.page, thread.path);
      await waitVisible(author.page.getByText(body));
      expect(await author.page.getByText('Dit bericht wacht op een moderator.', { exact: false }).count()).toBe(0);
    } finally {
      // Later journeys post as new members, so approval goes off again whatever happened above.
      await new DemoApi(platform.baseUrl, mohamed).put(`/api/networks/${NETWORK}/moderation/settings`, { firstPostsRequiringApproval: 0 });
    }
  });

  journey('resolve two reports at once', 'moderator', async () => {
    const title = `Samen afhandelen test ${RUN_ID}`;
    const thread = await newThread(title);
    const first = await newPerson('Fien');
    const second = await newPerson('Gijs');
    const elsApi = new DemoApi(platform.baseUrl, els);
    for (const person of [first, second]) {
      const postId = await reply(person, thread, `Koop mijn spullen, zegt ${person.displayName}.`);
      await elsApi.post(`/api/posts/${postId}/reports`, { category: 'spam', details: null });
    }

    await openPage(mohamed, `/netwerken/${NETWORK}/moderatie`);
    for (const person of [first, second]) {
      await tabTo(mohamed, mohamed.getByRole('checkbox', { name: `Selecteer over ${title}, van ${person.displayName}` }), {
        maxPresses: 150,
      });
      await mohamed.keyboard.press('Space');
    }
    await waitVisible(mohamed.getByText(/^2 van \d+ geselecteerd\.$/));
    await tabTo(mohamed, mohamed.getByRole('button', { name: 'Selectie afhandelen zonder actie' }), {
      backwards: true,
      maxPresses: 200,
    });
    await mohamed.keyboard.press('Enter');
    await waitFocused(mohamed.getByText('2 meldingen zijn afgehandeld.'), 'the result');
    expect(await mohamed.getByRole('checkbox', { name: new RegExp(`^Selecteer over ${title}`) }).count()).toBe(0);
  });

  journey('join after accepting the code of conduct', 'owner', async () => {
    const code = `Wees vriendelijk en geduldig ${RUN_ID}.`;
    await openPage(anna, `/netwerken/${NETWORK}/gedragscode`);
    await tabTo(anna, anna.getByRole('textbox', { name: 'Tekst van de gedragscode' }), { maxPresses: 80 });
    await anna.keyboard.press('ControlOrMeta+A');
    await anna.keyboard.type(code);
    await tabTo(anna, anna.getByRole('textbox', { name: /Wat is er veranderd\?/ }));
    await anna.keyboard.type('Een nieuwe zin over geduld.');
    await tabTo(anna, anna.getByRole('button', { name: 'Nieuwe versie opslaan' }));
    await anna.keyboard.press('Enter');
    await waitAnnounced(anna, 'is opgeslagen.');

    // A new person must tick the box before joining. Without it, the error summary takes focus.
    const person = await newPerson('Hanna', { join: false });
    const page = person.page;
    await openPage(page, `/netwerken/${NETWORK}`);
    await waitVisible(page.getByText(code));
    await tabTo(page, page.getByRole('button', { name: 'Word lid' }), { maxPresses: 120 });
    await page.keyboard.press('Enter');
    const summary = page.getByRole('alert').filter({ hasText: 'Er ging iets mis' }).first();
    await waitFocused(summary, 'the error summary');
    await waitVisible(summary.getByText(/vink het vakje aan/));
    await tabTo(page, page.getByRole('checkbox', { name: 'Ik houd me aan de gedragscode' }));
    await page.keyboard.press('Space');
    await tabTo(page, page.getByRole('button', { name: 'Word lid' }));
    await page.keyboard.press('Enter');
    await waitAnnounced(page, `Je bent nu lid van ${NETWORK_NAME}.`);
  });

  journey('administrator hides a post without membership', 'administrator', async () => {
    const thread = await newThread(`Beheerder test ${RUN_ID}`);
    const author = await newPerson('Ilse');
    const postId = await reply(author, thread, 'Een bericht dat de beheerder verbergt.');
    const reason = 'Dit bericht deelt privégegevens.';

    await openPage(beheerder, thread.path);
    await tabTo(beheerder, beheerder.getByRole('button', { name: `Verbergen bericht van ${author.displayName}` }), { maxPresses: 80 });
    await beheerder.keyboard.press('Enter');
    await waitFocused(beheerder.getByRole('group', { name: `Bericht van ${author.displayName} verbergen` }), 'the confirm step');
    await tabTo(beheerder, beheerder.getByRole('textbox', { name: /Reden/ }));
    await beheerder.keyboard.type(reason);
    await tabTo(beheerder, beheerder.getByRole('button', { name: 'Ja, verbergen' }));
    await beheerder.keyboard.press('Enter');
    await waitAnnounced(beheerder, 'Het bericht is verborgen.');

    await openPage(author.page, thread.path);
    await waitVisible(author.page.locator(`[id="bericht-${postId}"]`).getByText(`Verborgen door een moderator: ${reason}`));
  });

  journey('administrator overview announces new reports', 'administrator', async () => {
    const title = `Overzicht test ${RUN_ID}`;
    const thread = await newThread(title);
    const author = await newPerson('Joost');
    const postId = await reply(author, thread, 'Een bericht dat Els meldt terwijl de beheerder kijkt.');

    await openPage(beheerder, '/moderatie');
    await waitVisible(beheerder.locator('[data-live="joined"]'));
    await new DemoApi(platform.baseUrl, els).post(`/api/posts/${postId}/reports`, { category: 'off_topic', details: null });

    // The overview shows the report and announces it once, without a reload.
    await waitAnnounced(beheerder, 'Er is 1 nieuwe melding.');
    await waitVisible(beheerder.getByRole('checkbox', { name: `Selecteer over ${title}, van ${author.displayName}` }));
  });

  journey('moderator of another network gets no access', 'owner', async () => {
    // Els owns "Werk en inkomen", so she moderates that network, but she is only a member of this one.
    await openPage(els, `/netwerken/${NETWORK}/moderatie`);
    await waitVisible(els.getByText('Deze pagina is alleen voor moderatoren en eigenaren van dit netwerk.'));
    expect(await els.getByRole('checkbox').count()).toBe(0);
    expect(await els.getByRole('button', { name: 'Instellingen opslaan' }).count()).toBe(0);
  });
});
