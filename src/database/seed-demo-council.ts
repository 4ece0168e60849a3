import type { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { istanbulDate } from '../common/clock.js';
import type { RequestUser } from '../common/request-user.js';
import type { CouncilMemberResponse, GroupResponse } from '../contracts/working-groups.js';
import { WorkingGroupMember } from '../modules/working-groups/working-group-member.entity.js';
import { WorkingGroup } from '../modules/working-groups/working-group.entity.js';
import { WorkingGroupsService } from '../modules/working-groups/working-groups.service.js';
import { setActor } from './actor.js';

export const DEMO_COUNCIL = 'Kahramanmaraş Kent Meclisi';
/** The municipality whose plan the demo recommendation names: only an illustration (another city). */
export const DEMO_LINKED_PLAN_INSTITUTION = 'Bilecik Belediyesi';

/** The system acting for the seed: counts as an administrator; the audit trail names no user. */
const SEED_CALLER: RequestUser = {
  id: '00000000-0000-4000-8000-000000000000',
  email: 'seed@pusula.local',
  name: 'Ayşe Yıldız',
  sessionId: '',
  isSuperadmin: true,
  memberships: new Map(),
};

const MEMBERS: Array<[name: string, represents: string | null]> = [
  ['Fatma Arslan', 'Engelliler Federasyonu Kahramanmaraş Temsilciliği'],
  ['Mustafa Kılıç', 'Kahramanmaraş Ticaret ve Sanayi Odası'],
  ['Zeynep Öztürk', 'Mimarlar Odası Kahramanmaraş Şubesi'],
  ['Ali Şahin', 'Dulkadiroğlu Mahalle Muhtarları Derneği'],
  ['Hatice Yılmaz', null],
  ['İbrahim Doğan', 'Görme Engelliler Derneği'],
  ['Elif Aydın', null],
  ['Hüseyin Çetin', 'Ziraat Odası'],
  ['Emine Kara', 'Kadın Kooperatifi'],
  ['Osman Koç', 'Sütçü İmam Üniversitesi Ziraat Fakültesi'],
  ['Ayşe Kurt', 'Onikişubat Kent Bostanı Gönüllüleri'],
  ['Mehmet Özdemir', null],
  ['Merve Aslan', 'Gençlik Meclisi'],
  ['Yusuf Polat', 'Amatör Spor Kulüpleri Federasyonu'],
];

/** YYYY-MM-DD of day `day` of the month `offset` months from `today`'s month. */
function dayOf(today: string, offset: number, day: number): string {
  const [year, month] = today.split('-').map(Number);
  const index = year * 12 + (month - 1) + offset;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * The demo city council's working groups (planning-cycle.md 7): its general assembly and board,
 * two active groups elected and meeting for a year (one of them skipped a month, so
 * WG_MONTHLY_MEETING shows), one proposal with only 4 founders (WG_FOUNDERS shows; written as a
 * stored record, since the server refuses such a proposal), and two recommendations, one of
 * them accepted by the municipal council and linked to a target of the Bilecik plan. That
 * pairing of two cities is only an illustration: a council's recommendations name its own
 * city's municipality.
 */
export async function seedDemoCouncil(
  app: INestApplicationContext,
  log: (line: string) => void,
): Promise<void> {
  const dataSource = app.get(DataSource);
  const [council] = await dataSource.query<Array<{ id: string }>>(
    `SELECT id FROM institutions WHERE name = $1 AND kind = 'kent-konseyi'`,
    [DEMO_COUNCIL],
  );
  if (council === undefined) return;
  const groups = app.get(WorkingGroupsService);
  if ((await groups.members(council.id)).length > 0) return;
  const today = istanbulDate();
  const members: CouncilMemberResponse[] = [];
  for (const [index, [name, represents]] of MEMBERS.entries()) {
    members.push(
      await groups.addMember(council.id, {
        name,
        represents,
        contact: `0344 000 00 ${String(index + 10)}`,
        activeFrom: dayOf(today, -24, 1),
      }),
    );
  }
  const id = (index: number): string => members[index].id;
  await groups.replaceBoard(council.id, { memberIds: [1, 2, 9, 11].map(id) });

  const active = async (
    name: string,
    aim: string,
    founders: number[],
    joined: number[],
    chair: number,
    managers: number[],
    missed: number | null,
  ): Promise<GroupResponse> => {
    let group = await groups.propose(council.id, {
      name,
      aim,
      scope: 'Kahramanmaraş merkez ilçeleri (Onikişubat, Dulkadiroğlu)',
      duration: '24 ay',
      workPlan: 'Ayda bir toplantı; altı ayda bir yürütme kuruluna rapor',
      proposedOn: dayOf(today, -14, 3),
      founderIds: founders.map(id),
    });
    await groups.decide(council.id, group.id, {
      decision: 'accepted',
      date: dayOf(today, -13, 20),
      number: `YK-${dayOf(today, -13, 20).slice(0, 4)}/${founders[0] + 7}`,
    });
    await groups.addGroupMembers(council.id, group.id, { memberIds: joined.map(id) });
    const present = [...founders, ...joined].map(id);
    await groups.elect(council.id, group.id, {
      date: dayOf(today, -12, 5),
      presentIds: present,
      votes: present.map((memberId, index) => ({ memberId, votes: present.length - index })),
      chairId: id(chair),
      managerIds: managers.map(id),
    });
    for (let offset = -12; offset <= -1; offset += 1) {
      if (offset === missed) continue;
      group = await groups.meet(SEED_CALLER, council.id, group.id, {
        date: dayOf(today, offset, 12),
        place: 'Kahramanmaraş Kent Meclisi Toplantı Salonu',
        agenda: `${name}: aylık değerlendirme\nÖneri taslaklarının görüşülmesi`,
        attendanceIds: present.filter((_, index) => (index + offset) % 5 !== 0),
        decisions: [
          `Aylık çalışma raporu yürütme kuruluna sunulacak (${dayOf(today, offset, 12).slice(0, 7)})`,
        ],
      });
    }
    return group;
  };

  const access = await active(
    'Engelsiz Kent Çalışma Grubu',
    'Kentte engelli bireylerin kaldırım, toplu taşıma ve kamu binalarına erişimini iyileştirmek',
    [0, 1, 2, 3, 4],
    [5, 6],
    0,
    [1, 2, 3, 4],
    -6,
  );
  const farming = await active(
    'Kent Tarımı ve Gıda Çalışma Grubu',
    'Mahalle bostanlarını ve yerel üreticinin kente ulaşmasını desteklemek',
    [7, 8, 9, 10, 11],
    [12],
    7,
    [8, 9, 10, 11],
    null,
  );

  const [plan] = await dataSource.query<Array<{ id: string }>>(
    `SELECT p.id FROM plans p JOIN institutions i ON i.id = p.institution_id WHERE i.name = $1 ORDER BY p.start_year LIMIT 1`,
    [DEMO_LINKED_PLAN_INSTITUTION],
  );
  const ramps = await groups.recommend(SEED_CALLER, council.id, access.id, {
    meetingId: access.meetings[1].id,
    title: 'Kaldırım rampaları için ortak standart',
    text: 'Yeni yapılan ve yenilenen kaldırımlarda rampalar TS 9111’e uygun yapılmalı; hissedilebilir yüzeyler kesintisiz sürmeli.',
    planId: plan?.id ?? null,
    planCode: plan === undefined ? null : 'H1.1',
  });
  const stepsOf = [
    ['executive-board', 2, 'accepted', 'Yürütme kurulu kararı'],
    ['general-assembly', 3, 'amended', 'Genel kurulda hissedilebilir yüzey maddesi eklendi'],
    ['municipal-council', 5, 'accepted', 'Belediye meclisi kararı: kabul'],
  ] as const;
  for (const [stage, month, decision, note] of stepsOf) {
    await groups.addStep(council.id, access.id, ramps.id, {
      stage,
      date: dayOf(today, -12 + month, 25),
      decision,
      note,
    });
  }
  if (plan !== undefined) {
    await groups.reply(SEED_CALLER, plan.id, ramps.id, {
      text: 'Fen İşleri Müdürlüğü kaldırım yenileme işlerinde bu standardı uygulayacak.',
    });
  }
  const gardens = await groups.recommend(SEED_CALLER, council.id, farming.id, {
    meetingId: farming.meetings[4].id,
    title: 'Her mahalleye bir bostan',
    text: 'Belediyeye ait boş parsellerde mahalle bostanları kurulsun; gönüllüler ve okullar birlikte işletsin.',
  });
  await groups.addStep(council.id, farming.id, gardens.id, {
    stage: 'executive-board',
    date: dayOf(today, -6, 28),
    decision: 'accepted',
    note: null,
  });

  // Only 4 founders: the server refuses such a proposal (WG_FOUNDERS), so the demo stores it as
  // it stands, for the council's validation to show the rule.
  await dataSource.transaction(async (manager) => {
    await setActor(manager, null, 'demo');
    const inserted = await manager.insert(WorkingGroup, {
      institutionId: council.id,
      name: 'Gençlik ve Spor Çalışma Grubu',
      aim: 'Gençlerin spor tesislerine erişimini artırmak',
      scope: 'Okullar, mahalle spor alanları',
      duration: '12 ay',
      workPlan: 'İki ayda bir toplantı',
      state: 'proposed',
      proposedOn: dayOf(today, -1, 15),
    });
    const groupId = String(inserted.identifiers[0].id);
    await manager.insert(
      WorkingGroupMember,
      [12, 13, 5, 6].map((index) => ({
        institutionId: council.id,
        groupId,
        memberId: id(index),
        founder: true,
      })),
    );
  });
  log(
    `Demo working groups loaded: ${DEMO_COUNCIL} — ${members.length} members, 3 groups, 2 recommendations (one linked to ${DEMO_LINKED_PLAN_INSTITUTION} H1.1, an illustrative pairing)`,
  );
}
