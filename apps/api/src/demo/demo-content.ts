import type { NetworkRole, NetworkVisibility } from '@inclusieplein/contract';

/**
 * Demo accounts, networks and threads, shown with a "Demo" label so no one takes them for real
 * people or agreements. The README lists these logins, which all use DEMO_PASSWORD.
 */
export const DEMO_PASSWORD = 'demo-wachtwoord';

export interface DemoAccount {
  key: string;
  email: string;
  displayName: string;
  municipalityCode: string | null;
  roleDescription: string | null;
  isAdmin: boolean;
}

export const DEMO_ACCOUNTS: DemoAccount[] = [
  {
    key: 'admin',
    email: 'beheerder@demo.inclusieplein.nl',
    displayName: 'Demo Beheerder',
    municipalityCode: null,
    roleDescription: 'beheerder van het platform',
    isAdmin: true,
  },
  {
    key: 'anna',
    email: 'anna@demo.inclusieplein.nl',
    displayName: 'Anna de Vries',
    municipalityCode: 'GM0344',
    roleDescription: 'ervaringsdeskundige',
    isAdmin: false,
  },
  {
    key: 'mohamed',
    email: 'mohamed@demo.inclusieplein.nl',
    displayName: 'Mohamed El Amrani',
    municipalityCode: 'GM0599',
    roleDescription: 'beleidsmedewerker gemeente',
    isAdmin: false,
  },
  {
    key: 'els',
    email: 'els@demo.inclusieplein.nl',
    displayName: 'Els Jansen',
    municipalityCode: 'GM0193',
    roleDescription: 'werkgever',
    isAdmin: false,
  },
];

export interface DemoPost {
  author: string;
  body: string;
  replies?: DemoPost[];
}

export interface DemoThread {
  title: string;
  opening: DemoPost;
}

export interface DemoNetwork {
  name: string;
  description: string;
  purpose: string;
  theme: string;
  visibility: NetworkVisibility;
  crpdArticleNumbers: number[];
  municipalityCodes: string[];
  partnerOrganisations: string;
  coordinator: string;
  members: Record<string, NetworkRole>;
  threads: DemoThread[];
}

export const DEMO_NETWORKS: DemoNetwork[] = [
  {
    name: 'Toegankelijke openbare ruimte',
    description: 'Stoepen, oversteekplaatsen, pleinen en parken waar iedereen zich veilig kan bewegen.',
    purpose: 'We delen wat werkt in de straat. Ervaringsdeskundigen en gemeenten lopen samen schouwen en maken afspraken.',
    theme: 'Openbare ruimte',
    visibility: 'open',
    crpdArticleNumbers: [9, 20],
    municipalityCodes: ['GM0344', 'GM0599'],
    partnerOrganisations: 'Demo: lokale belangenorganisatie',
    coordinator: 'Anna de Vries',
    members: { anna: 'owner', mohamed: 'moderator', els: 'member' },
    threads: [
      {
        title: 'Hoe maken we de weekmarkt toegankelijk?',
        opening: {
          author: 'anna',
          body:
            'Op de markt staan de kramen vaak te dicht op elkaar. Met een rolstoel of een blindenstok kom je er niet door.\n\n' +
            'Wie heeft goede afspraken gemaakt met de marktmeester? Wat werkte bij jullie?',
          replies: [
            {
              author: 'mohamed',
              body:
                'In onze gemeente hebben we een vaste looproute van 1,5 meter breed afgesproken. ' +
                'De marktmeester controleert dat elke week.',
              replies: [
                {
                  author: 'anna',
                  body: 'Mooi! Hebben jullie dat ook in de marktverordening gezet? Dan blijft het, ook als er een nieuwe marktmeester komt.',
                  replies: [{ author: 'mohamed', body: 'Ja, sinds dit jaar. Ik zoek de tekst op en zet hem hier.' }],
                },
              ],
            },
            {
              author: 'els',
              body: 'Als ondernemer zie ik het ook van de andere kant. Een duidelijke plattegrond helpt de marktkooplui.',
            },
          ],
        },
      },
      {
        title: 'Geleidelijnen bij de nieuwe bushalte',
        opening: {
          author: 'mohamed',
          body: 'We leggen volgend jaar nieuwe haltes aan. Welke fouten moeten we zeker niet maken met geleidelijnen?',
          replies: [
            {
              author: 'anna',
              body: 'Laat de lijn niet stoppen bij een paal of een reclamebord. En test het met mensen die blind of slechtziend zijn, vóór de oplevering.',
            },
          ],
        },
      },
    ],
  },
  {
    name: 'Werk en inkomen',
    description: 'Werkgevers, gemeenten en ervaringsdeskundigen zoeken samen naar werk dat past.',
    purpose: 'Meer mensen met een beperking aan het werk, met de steun die zij nodig hebben.',
    theme: 'Werk',
    visibility: 'open',
    crpdArticleNumbers: [27, 28],
    municipalityCodes: ['GM0193'],
    partnerOrganisations: '',
    coordinator: 'Els Jansen',
    members: { els: 'owner', mohamed: 'member' },
    threads: [
      {
        title: 'Jobcoach: wie betaalt wat?',
        opening: {
          author: 'els',
          body: 'Ik wil iemand aannemen die een jobcoach nodig heeft. Het is mij niet duidelijk wie de kosten draagt. Wie kan het uitleggen?',
          replies: [
            {
              author: 'mohamed',
              body: 'Dat hangt af van de situatie. Bel eerst het werkgeversservicepunt in je regio, die zoeken het voor je uit.',
            },
          ],
        },
      },
    ],
  },
  {
    name: 'Wonen en zelfstandig leven',
    description: 'Zelf kiezen waar en met wie je woont, met de zorg en hulp die je nodig hebt.',
    purpose: 'Ervaringen delen over woningaanpassingen, woonvormen en ondersteuning thuis.',
    theme: 'Wonen',
    visibility: 'open',
    crpdArticleNumbers: [19, 28],
    municipalityCodes: ['GM0599', 'GM0363'],
    partnerOrganisations: '',
    coordinator: 'Mohamed El Amrani',
    members: { mohamed: 'owner', anna: 'member' },
    threads: [],
  },
  {
    name: 'Inclusief onderwijs',
    description: 'Scholen waar kinderen met en zonder beperking samen leren.',
    purpose: 'Goede voorbeelden verzamelen van scholen en gemeenten die dit al doen.',
    theme: 'Onderwijs',
    visibility: 'open',
    crpdArticleNumbers: [24],
    municipalityCodes: ['GM0014'],
    partnerOrganisations: '',
    coordinator: 'Anna de Vries',
    members: { anna: 'owner' },
    threads: [],
  },
  {
    name: 'Vervoer en mobiliteit',
    description: 'Bus, trein, taxi en deelvervoer die iedereen kan gebruiken.',
    purpose: 'Knelpunten in het vervoer verzamelen en samen met vervoerders oplossen.',
    theme: 'Vervoer',
    visibility: 'open',
    crpdArticleNumbers: [9, 20],
    municipalityCodes: ['GM0772', 'GM0855'],
    partnerOrganisations: '',
    coordinator: 'Mohamed El Amrani',
    members: { mohamed: 'owner', els: 'member' },
    threads: [],
  },
  {
    name: 'Ervaringsdeskundigen onder elkaar',
    description: 'Een besloten plek voor ervaringsdeskundigen om ervaringen en tips te delen.',
    purpose: 'Elkaar steunen en voorbereiden op gesprekken met de gemeente.',
    theme: 'Participatie',
    visibility: 'closed',
    crpdArticleNumbers: [4, 29],
    municipalityCodes: [],
    partnerOrganisations: '',
    coordinator: 'Anna de Vries',
    members: { anna: 'owner' },
    threads: [
      {
        title: 'Voorbereiden op de adviesraad',
        opening: {
          author: 'anna',
          body: 'Volgende week praat de adviesraad met de wethouder. Welke punten nemen we mee?',
        },
      },
    ],
  },
];
