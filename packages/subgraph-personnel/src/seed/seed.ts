/**
 * The deterministic Medan seed: org structure, positions with a reporting chain, the demo personas
 * and synthetic employees. Runs only on empty tables, in one transaction, with one audit entry.
 * Ids are name-based UUIDs of stable keys (`orgUnit:<code>`, `position:<key>`, `employee:<nip>`),
 * so the same seed gives the same ids on every run and every database.
 */
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { appendAudit } from '@asn-kit/server-kit';
import { OrgUnit, type OrgUnitEntity } from '../modules/org-unit/org-unit.entity.js';
import { Position } from '../modules/position/position.entity.js';
import { Employee, type EmployeeKind } from '../modules/employee/employee.entity.js';
import { addYears, wholeYearsBetween } from '../modules/calendar/dates.js';

/** The date the seeded careers are computed at. */
const SEED_REFERENCE_DATE = '2026-07-01';
import { parseGolongan } from '../modules/employee/employee.rules.js';
import { AuditEntry } from '../shared/audit.entity.js';
import { nameBasedId } from '../shared/ids.js';
import { mulberry32, type Random } from './prng.js';
import { buildStructure, SOTK_VALID_FROM, type PositionSpec, type UnitSpec } from './org-structure.js';
import { generatePerson, homeAddress, IdentifierRegistry, phoneNumber, type PersonDraft } from './people.js';
import { PERSONA_RECORDS, type DemoPersona, type PersonaRecord } from './personas.js';

/** Options of {@link seedPersonnel}. */
export interface SeedOptions {
  /** PRNG seed; the same seed gives the same people. */
  seed?: number;
  /** Number of employees including the personas (default 400). */
  employees?: number;
}

/** What the seed created (or found), so the launcher can seed other subgraphs for the same people. */
export interface SeedResult {
  /** False when the tables were not empty and nothing was written. */
  seeded: boolean;
  employees: Array<{
    id: string;
    nip: string;
    kind: EmployeeKind;
    orgUnitCode: string;
    appointmentDate: string;
  }>;
  orgUnits: Array<{ id: string; code: string }>;
  personas: Array<DemoPersona & { id: string }>;
}

export const DEFAULT_SEED = 20260701;
export const DEFAULT_EMPLOYEES = 400;

/** Seeds the personnel schema when it is empty; returns the employees and units either way. */
export async function seedPersonnel(orm: MikroORM, options: SeedOptions = {}): Promise<SeedResult> {
  const em = orm.em.fork();
  const existing = (await em.count(OrgUnit, {})) + (await em.count(Employee, {}));
  let seeded = false;
  if (existing === 0) {
    const plan = planSeed(options);
    await em.transactional((tem) => writeSeed(tem, plan));
    seeded = true;
  }
  return summarize(orm.em.fork(), seeded);
}

/** Everything the seed will write, ids included, computed without a database (same seed, same plan). */
export interface SeedPlan {
  units: Array<UnitSpec & { id: string }>;
  positions: Array<PositionSpec & { id: string }>;
  people: Array<{ id: string; draft: PersonDraft; positionKey: string }>;
}

/** The UUID the seed gives an org unit (by code), a position (by key) or an employee (by NIP). */
export function seedId(kind: 'orgUnit' | 'position' | 'employee', key: string): string {
  return nameBasedId(`${kind}:${key}`);
}

/** Plans the seed: org structure, positions, personas and synthetic employees. Pure. */
export function planSeed(options: SeedOptions = {}): SeedPlan {
  const random = mulberry32(options.seed ?? DEFAULT_SEED);
  const total = Math.max(options.employees ?? DEFAULT_EMPLOYEES, PERSONA_RECORDS.length);
  const { units, positions } = buildStructure();
  const specByKey = new Map(positions.map((p) => [p.key, p]));

  const registry = new IdentifierRegistry();
  const rows: Array<{ draft: PersonDraft; positionKey: string }> = [];
  const filled = new Set<string>();
  for (const persona of PERSONA_RECORDS) {
    if (!specByKey.has(persona.positionKey))
      throw new Error(`persona position ${persona.positionKey} missing`);
    registry.claimNip(persona.nip);
    rows.push({ draft: personaDraft(persona, random, registry), positionKey: persona.positionKey });
    filled.add(persona.positionKey);
  }

  // Managerial positions, most visible first, up to a fifth of the staff; the rest stay vacant (Plt).
  const managerialCap = Math.round(total * 0.2);
  const managerial = positions
    .filter((p) => p.weight === 0 && !filled.has(p.key))
    .map((p, index) => ({ p, index, rank: managerialRank(p) }))
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map((x) => x.p);
  const managersWanted = Math.max(
    0,
    managerialCap - rows.filter((r) => specByKey.get(r.positionKey)!.weight === 0).length,
  );
  for (const spec of managerial.slice(0, Math.min(managersWanted, total - rows.length))) {
    rows.push({ draft: generatePerson(random, registry, spec, 'PNS'), positionKey: spec.key });
  }

  // Non-managerial staff: kinds in the proportions of Medan's ASN (DOMAIN.md §9.4), shuffled.
  const rest = total - rows.length;
  const personaPppk = PERSONA_RECORDS.filter((p) => p.kind === 'PPPK').length;
  const pppk = Math.min(rest, Math.max(0, Math.round(total * 0.3) - personaPppk));
  const partTime = Math.min(rest - pppk, Math.round(total * 0.02));
  const cpns = Math.min(rest - pppk - partTime, Math.round(total * 0.03));
  const kinds = random.shuffle<EmployeeKind>([
    ...Array<EmployeeKind>(pppk).fill('PPPK'),
    ...Array<EmployeeKind>(partTime).fill('PPPK_PART_TIME'),
    ...Array<EmployeeKind>(cpns).fill('CPNS'),
    ...Array<EmployeeKind>(rest - pppk - partTime - cpns).fill('PNS'),
  ]);
  const staff = positions.filter((p) => p.weight > 0);
  for (const kind of kinds) {
    const eligible = staff.filter((p) => fitsKind(p, kind)).map((p) => [p, p.weight] as const);
    const spec = random.weighted(eligible);
    rows.push({ draft: generatePerson(random, registry, spec, kind), positionKey: spec.key });
  }

  return {
    units: units.map((u) => ({ ...u, id: seedId('orgUnit', u.code) })),
    positions: positions.map((p) => ({ ...p, id: seedId('position', p.key) })),
    people: rows.map((r) => ({ id: seedId('employee', r.draft.nip), ...r })),
  };
}

async function writeSeed(em: EntityManager, plan: SeedPlan): Promise<void> {
  const { units, positions, people: rows } = plan;
  const unitIds = await insertUnits(em, units);
  await insertPositions(em, positions, unitIds);
  const specByKey = new Map(positions.map((p) => [p.key, p]));

  for (const { id, draft, positionKey } of rows) {
    const spec = specByKey.get(positionKey)!;
    em.persist(
      em.create(Employee, {
        id,
        ...draft,
        rankSince: rankSinceOf(draft.kind, draft.appointmentDate),
        positionId: spec.id,
        orgUnitId: unitIds.get(spec.unit)!,
      }),
    );
  }
  await em.flush();
  appendAudit(em, AuditEntry, {
    actor: null,
    action: 'seed.run',
    entityType: 'Seed',
    entityId: 'personnel',
    after: { orgUnits: units.length, positions: positions.length, employees: rows.length },
    note: 'Data sintetis untuk demo dan pengujian.',
  });
  await em.flush();
}

/** Which kinds of employment may hold a non-managerial position (DOMAIN.md §2.3). */
function fitsKind(spec: PositionSpec, kind: EmployeeKind): boolean {
  const entryLevel = spec.functionalLevel === 'AHLI_PERTAMA' || spec.functionalLevel === 'TERAMPIL';
  switch (kind) {
    case 'PNS':
      return true;
    case 'CPNS':
      return spec.kind === 'PELAKSANA' || entryLevel;
    case 'PPPK':
      // PPPK hold JF or pelaksana positions (UU 20/2023 Pasal 13).
      return spec.kind === 'PELAKSANA' || entryLevel || spec.functionalLevel === 'AHLI_MUDA';
    case 'PPPK_PART_TIME':
      return spec.kind === 'PELAKSANA';
  }
}

function managerialRank(spec: PositionSpec): number {
  if (spec.key.startsWith('BKPSDM')) return 0;
  if (spec.key.endsWith('/KEPALA') && !spec.unit.includes('.')) return 1;
  if (spec.key.endsWith('/CAMAT') || spec.key.startsWith('SETDA')) return 1;
  if (/^(DINKES|DISKOMINFO|DISDIKBUD|BAPPEDA)[./]/.test(spec.key)) return 2;
  if (spec.key.endsWith('/SEKRETARIS')) return 3;
  return 4;
}

function personaDraft(p: PersonaRecord, random: Random, registry: IdentifierRegistry): PersonDraft {
  const golongan = parseGolongan(String(p.golongan));
  const nik = registry.nik(random, p.kecamatan, p.birthDate, p.gender);
  return {
    nip: p.nip,
    name: p.name,
    frontTitle: p.frontTitle,
    backTitle: p.backTitle,
    gender: p.gender,
    kind: p.kind,
    pnsGolongan: golongan?.system === 'PNS' ? golongan.code : null,
    pppkGolongan: golongan?.system === 'PPPK' ? golongan.grade : null,
    birthDate: p.birthDate,
    birthPlace: p.birthPlace,
    nik,
    appointmentDate: p.appointmentDate,
    status: 'ACTIVE',
    homeAddress: homeAddress(random, p.kecamatan),
    phone: phoneNumber(random),
  };
}

/**
 * Seeded TMT pangkat: a regular rank promotion every 4 years since the TMT (PP 99/2000, kenaikan
 * pangkat reguler), the latest one on or before the seed's reference date; PPPK have no pangkat.
 */
function rankSinceOf(kind: EmployeeKind, appointmentDate: string): string | null {
  if (kind !== 'PNS' && kind !== 'CPNS') return null;
  const years = Math.max(0, wholeYearsBetween(appointmentDate, SEED_REFERENCE_DATE));
  return addYears(appointmentDate, years - (years % 4));
}

function depthOf<T extends { parent: string | null }>(byCode: Map<string, T>, code: string): number {
  let depth = 0;
  for (let cur = byCode.get(code); cur?.parent; cur = byCode.get(cur.parent)) depth++;
  return depth;
}

/**
 * Inserts units level by level, so that every foreign key points at a row already written; an
 * OPD's `opdId` is itself. Returns the ids by code.
 */
async function insertUnits(em: EntityManager, units: SeedPlan['units']): Promise<Map<string, string>> {
  const byCode = new Map(units.map((u) => [u.code, u]));
  const ids = new Map(units.map((u) => [u.code, u.id]));
  const entities = new Map<string, OrgUnitEntity>();
  const maxDepth = Math.max(...units.map((u) => depthOf(byCode, u.code)));
  for (let depth = 0; depth <= maxDepth; depth++) {
    for (const u of units.filter((x) => depthOf(byCode, x.code) === depth)) {
      const parent = u.parent ? entities.get(u.parent)! : null;
      const entity = em.create(OrgUnit, {
        id: u.id,
        code: u.code,
        name: u.name,
        kind: u.kind,
        parentId: parent?.id ?? null,
        opdId: depth === 0 ? null : depth === 1 ? u.id : parent!.opdId,
        level: depth,
        validFrom: SOTK_VALID_FROM,
        validTo: null,
      });
      entities.set(u.code, entity);
    }
    await em.flush();
  }
  return ids;
}

/** Inserts positions top-down along the reporting chain. */
async function insertPositions(
  em: EntityManager,
  positions: SeedPlan['positions'],
  unitIds: Map<string, string>,
): Promise<void> {
  const byKey = new Map(positions.map((p) => [p.key, { ...p, parent: p.reportsTo }]));
  const depths = new Map(positions.map((p) => [p.key, depthOf(byKey, p.key)]));
  const maxDepth = Math.max(...depths.values());
  for (let depth = 0; depth <= maxDepth; depth++) {
    for (const p of positions.filter((x) => depths.get(x.key) === depth)) {
      const unitId = unitIds.get(p.unit);
      if (unitId === undefined) throw new Error(`position ${p.key}: unknown unit ${p.unit}`);
      em.create(Position, {
        id: p.id,
        title: p.title,
        kind: p.kind,
        functionalLevel: p.functionalLevel,
        orgUnitId: unitId,
        reportsToId: p.reportsTo ? byKey.get(p.reportsTo)!.id : null,
      });
    }
    await em.flush();
  }
}

/** Units by level then code, employees by NIP: a stable order whatever the ids. */
async function summarize(em: EntityManager, seeded: boolean): Promise<SeedResult> {
  const units = await em.find(OrgUnit, {}, { orderBy: { level: 'asc', code: 'asc' } });
  const codeById = new Map(units.map((u) => [u.id, u.code]));
  const employees = await em.find(Employee, {}, { orderBy: { nip: 'asc' } });
  const idByNip = new Map(employees.map((e) => [e.nip, e.id]));
  return {
    seeded,
    employees: employees.map((e) => ({
      id: e.id,
      nip: e.nip,
      kind: e.kind,
      orgUnitCode: codeById.get(e.orgUnitId) ?? '',
      appointmentDate: e.appointmentDate,
    })),
    orgUnits: units.map((u) => ({ id: u.id, code: u.code })),
    personas: PERSONA_RECORDS.filter((p) => idByNip.has(p.nip)).map(
      ({ key, nip, name, fullName, roles, opd, label }) => ({
        key,
        nip,
        name,
        fullName,
        roles,
        ...(opd ? { opd } : {}),
        label,
        id: idByNip.get(nip)!,
      }),
    ),
  };
}
