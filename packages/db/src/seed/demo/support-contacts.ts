import { type PrismaClient } from '../../generated/prisma/client.js';
import { PERHELINJA_ID } from './networks.js';
import { ORG_MLL_VS, ORG_TURKU_ETK, ORG_TURUN_KAUPUNKILAHETYS } from './organizations.js';

/**
 * Support contacts (issue 16; seed 002's coordination team): Perhelinja's topic list and a year of
 * contacts from its member organisations, logged by its coordinators. The people are INVENTED
 * (first name + an obviously made-up surname); notes are short and hold no client data.
 */
const topicId = (n: number) => `5a1e0b6e-0c1f-4c3e-9d0a-d10000000${String(n).padStart(3, '0')}`;
const contactId = (n: number) => `5a1e0b6e-0c1f-4c3e-9d0a-d20000000${String(n).padStart(3, '0')}`;

const TOPICS: readonly [string, string, string, string][] = [
  ['rekrytointi', 'Rekrytointi', 'Rekrytering', 'Recruitment'],
  ['perehdytys', 'Perehdytys', 'Introduktion', 'Orientation'],
  ['ohjaus', 'Ohjaus ja mentorointi', 'Handledning och mentorskap', 'Guidance and mentoring'],
  ['tyohyvinvointi', 'Työhyvinvointi', 'Välbefinnande i arbetet', 'Wellbeing at work'],
  ['rahoitus', 'Rahoitus', 'Finansiering', 'Funding'],
  ['palvelukuvaus', 'Palvelukuvaus', 'Tjänstebeskrivning', 'Service description'],
  ['kayttoonotto', 'Käyttöönotto', 'Införande', 'Deployment'],
  ['sopimukset', 'Sopimukset', 'Avtal', 'Contracts'],
];
export const DEMO_SUPPORT_TOPICS = TOPICS.map(([slug, fi, sv, en], position) => ({
  id: topicId(position + 1),
  networkId: PERHELINJA_ID,
  slug,
  label: { fi, sv, en },
  position,
}));

const ORGS = [ORG_TURKU_ETK, ORG_MLL_VS, ORG_TURUN_KAUPUNKILAHETYS];
const PEOPLE = [
  'Aino Esimerkki',
  'Mikko Testinen',
  'Laura Kuvitelma',
  'Jussi Malliniemi',
  'Sanna Demola',
  null,
];
const CHANNELS = ['PHONE', 'EMAIL', 'MEETING', 'VISIT', 'CHAT'] as const;
const NOTES = [
  'Kysyi hakuajasta ja liitteistä.',
  'Uuden työntekijän perehdytyssuunnitelma; lähetetty malli.',
  'Palvelukuvauksen selkokielinen versio, sovittiin läpikäynti.',
  'Käyttöönotto uudella alueella: alueen kartoitus kesken.',
  'Työnohjauksen järjestäminen pienessä yhdistyksessä.',
  null,
];
/** Contacts per month over the year (a rising trend, as seed 002 describes). */
const PER_MONTH = [3, 3, 4, 4, 5, 3, 2, 4, 5, 6, 6, 5];

const DAY = 86_400_000;

/** `list[index % length]` (the lists are never empty). */
function pick<T>(list: readonly T[], index: number): T {
  const value = list[index % list.length];
  if (value === undefined) throw new Error('empty demo list');
  return value;
}

/** Inserts the topics and the contacts (fixed ids, ON CONFLICT DO NOTHING). Returns contacts added. */
export async function seedSupportContacts(prisma: PrismaClient, now: Date): Promise<number> {
  await prisma.supportTopic.createMany({ data: DEMO_SUPPORT_TOPICS, skipDuplicates: true });
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const contacts = [];
  const links = [];
  let n = 0;
  for (const [month, count] of PER_MONTH.entries()) {
    for (let k = 0; k < count; k += 1) {
      n += 1;
      // Month 0 is eleven months ago; days spread inside the month, never after yesterday.
      const daysAgo = Math.max(1, (11 - month) * 30 + ((k * 7 + n * 3) % 28));
      const contactedOn = new Date(today - daysAgo * DAY);
      const recent = daysAgo <= 21;
      const status: 'OPEN' | 'FOLLOW_UP' | 'CLOSED' = recent
        ? n % 3 === 0
          ? 'FOLLOW_UP'
          : 'OPEN'
        : 'CLOSED';
      const id = contactId(n);
      contacts.push({
        id,
        networkId: PERHELINJA_ID,
        organizationId: pick(ORGS, n),
        contactedOn,
        channel: pick(CHANNELS, n * 2),
        status,
        followUpOn: status === 'FOLLOW_UP' ? new Date(today + 7 * DAY) : null,
        contactPerson: pick(PEOPLE, n),
        note: pick(NOTES, n * 5),
        closedAt: status === 'CLOSED' ? new Date(contactedOn.getTime() + 3 * DAY) : null,
      });
      const first = (n * 3) % DEMO_SUPPORT_TOPICS.length;
      links.push({ contactId: id, topicId: pick(DEMO_SUPPORT_TOPICS, first).id });
      if (n % 3 === 0) {
        const second = (first + 1 + (n % 4)) % DEMO_SUPPORT_TOPICS.length;
        links.push({ contactId: id, topicId: pick(DEMO_SUPPORT_TOPICS, second).id });
      }
    }
  }
  const added = await prisma.supportContact.createMany({ data: contacts, skipDuplicates: true });
  await prisma.supportContactTopic.createMany({ data: links, skipDuplicates: true });
  return added.count;
}
