/**
 * The internal directory other subgraphs read (hidden from the public graph): each employee's
 * org unit, OPD and supervisors. Structure only, so any signed-in caller may read it; only
 * subgraphs can reach it (the gateway does not expose `@inaccessible` fields).
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Identity } from '@asn-kit/server-kit';
import { requireIdentity } from '../../shared/auth.js';
import { parseId } from '../../shared/ids.js';
import { normalizeNipInput } from '../nip/nip.rules.js';
import { descendantIds } from '../org-unit/org-unit.loaders.js';
import type { EmployeeEntity } from '../employee/employee.entity.js';
import type { EmployeeService } from '../employee/employee.service.js';
import type { OrgUnitService } from '../org-unit/org-unit.service.js';
import type { PositionService } from '../position/position.service.js';

/** `DirectoryEntry`. */
export interface DirectoryEntryModel {
  id: string;
  nip: string;
  kind: EmployeeEntity['kind'];
  status: EmployeeEntity['status'];
  orgUnitId: string;
  opdId: string | null;
  opdCode: string | null;
  supervisorId: string | null;
  supervisorOfSupervisorId: string | null;
  positionKind: string | null;
  rankSince: string | null;
}

/** At most this many entries per call. */
const MAX_ENTRIES = 500;

/** Directory reads for one request. */
export class DirectoryService {
  constructor(
    private readonly em: EntityManager,
    private readonly employees: EmployeeService,
    private readonly orgUnits: OrgUnitService,
    private readonly positions: PositionService,
    private readonly identity: Identity | null,
  ) {}

  /** `Query.employeeDirectory`. */
  async entries(ids: readonly string[] | null | undefined, nips: readonly string[] | null | undefined) {
    requireIdentity(this.identity);
    const found: EmployeeEntity[] = [];
    for (const id of (ids ?? []).slice(0, MAX_ENTRIES)) {
      const pk = parseId(id);
      const e = pk ? await this.employees.byId(pk) : null;
      if (e) found.push(e);
    }
    for (const nip of (nips ?? []).slice(0, MAX_ENTRIES)) {
      const e = await this.employees.byNip(normalizeNipInput(nip));
      if (e) found.push(e);
    }
    return Promise.all(found.map((e) => this.entry(e)));
  }

  /** `Query.orgUnitMemberIds`. */
  async memberIds(orgUnitId: string, includeDescendants: boolean): Promise<string[]> {
    requireIdentity(this.identity);
    const pk = parseId(orgUnitId);
    if (!pk) return [];
    const units = includeDescendants ? await descendantIds(this.em, pk) : [pk];
    const rows: Array<{ id: string }> = await this.em.execute(
      `select id from personnel.employee where status = 'ACTIVE' and org_unit_id = any(?::uuid[]) order by nip`,
      [`{${units.join(',')}}`],
    );
    return rows.map((r) => r.id);
  }

  private async opdOf(orgUnitId: string): Promise<{ opdId: string | null; opdCode: string | null }> {
    const unit = await this.orgUnits.byId(orgUnitId);
    if (!unit) return { opdId: null, opdCode: null };
    const opd = await this.orgUnits.opd(unit);
    return { opdId: opd.id, opdCode: opd.code };
  }

  private async entry(e: EmployeeEntity): Promise<DirectoryEntryModel> {
    const supervisor = await this.positions.supervisorOf(e);
    const above = supervisor ? await this.positions.supervisorOf(supervisor) : null;
    return {
      id: e.id,
      nip: e.nip,
      kind: e.kind,
      status: e.status,
      orgUnitId: e.orgUnitId,
      ...(await this.opdOf(e.orgUnitId)),
      supervisorId: supervisor?.id ?? null,
      supervisorOfSupervisorId: above?.id ?? null,
      positionKind: e.positionId ? ((await this.positions.byId(e.positionId))?.kind ?? null) : null,
      rankSince: e.rankSince ?? null,
    };
  }
}
