/**
 * Who approves a leave request (Peraturan BKN 24/2017: the atasan langsung considers, the pejabat
 * yang berwenang memberikan cuti decides) and whether the caller may decide its current step now
 * (the approver, or their Plh/Plt on the day). Used by the workflow (submit, decide) and by the reads
 * that depend on it (viewerCanDecide, who may see a request, who may see the overlaps).
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Identity } from '@asn-kit/server-kit';
import { hasRole } from '../../shared/auth.js';
import type { EmployeeEntity } from '../employee/employee.entity.js';
import type { EmployeeService } from '../employee/employee.service.js';
import type { PositionService } from '../position/position.service.js';
import { todayInMedan, type OrgUnitService } from '../org-unit/org-unit.service.js';
import { LeaveAuthority, LeaveDelegation, type LeaveRequestEntity, type LeaveType } from './leave.entity.js';
import { isPending } from './leave.workflow.js';

/** The approver of a step, and whether the caller stands in for them. */
export type DeciderVerdict = { ok: true; onBehalfOfId: string | null } | { ok: false };

/** The approval chain for one request's caller. */
export class LeaveApprovers {
  private readonly verdicts = new Map<string, Promise<DeciderVerdict>>();

  constructor(
    private readonly em: EntityManager,
    private readonly employees: EmployeeService,
    private readonly orgUnits: OrgUnitService,
    private readonly positions: PositionService,
    private readonly identity: Identity | null,
  ) {}

  /** {@link deciderVerdict} on the request's own EntityManager, memoized per leave request (reads only). */
  mayDecide(request: LeaveRequestEntity): Promise<boolean> {
    let verdict = this.verdicts.get(request.id);
    if (!verdict) {
      verdict = this.deciderVerdict(request);
      this.verdicts.set(request.id, verdict);
    }
    return verdict.then((v) => v.ok);
  }

  /**
   * May the caller decide the request's current step? The approver of the step; their Plh/Plt on
   * the day (Perban 24/2017 with SE Kepala BKN 1/2021 on Plh/Plt authority); BKPSDM where no
   * official is named (CLTN: decided by the PPK after BKN approval, recorded by BKPSDM). Never the
   * requester.
   */
  async deciderVerdict(request: LeaveRequestEntity, em: EntityManager = this.em): Promise<DeciderVerdict> {
    if (!this.identity || !request.currentStep || !isPending(request.status)) return { ok: false };
    const viewer = await this.employees.viewer();
    if (viewer?.id === request.employeeId) return { ok: false };
    const approverId = approverOf(request);
    if (approverId === null) {
      return hasRole(this.identity, 'admin_bkpsdm') && viewer
        ? { ok: true, onBehalfOfId: null }
        : { ok: false };
    }
    if (!viewer) return { ok: false };
    if (viewer.id === approverId) return { ok: true, onBehalfOfId: null };
    const today = todayInMedan();
    const delegation = await em.findOne(LeaveDelegation, {
      approverId,
      delegateId: viewer.id,
      startDate: { $lte: today },
      endDate: { $gte: today },
    });
    return delegation ? { ok: true, onBehalfOfId: approverId } : { ok: false };
  }

  /**
   * The approvers of a new request. Atasan langsung: the holder of the nearest held position up the
   * reporting chain (Perban 24/2017). PYBMC: the holder of the position a `leave_authority` rule
   * names for the OPD and type, else the head of the OPD (top of the chain) — INTERP: Medan's
   * delegation from the PPK is UNCONFIRMED, hence configurable. CLTN: none (PP 11/2017 Pasal 333 jo.
   * Perban 24/2017: the PPK after BKN approval, not delegable — recorded by BKPSDM). When the atasan
   * is also the PYBMC there is one step.
   */
  async approversFor(
    employee: EmployeeEntity,
    type: LeaveType,
  ): Promise<{ supervisorId: string | null; officialId: string | null }> {
    const chain = employee.positionId ? await this.positions.chain(employee.positionId) : [];
    const holderOf = async (positionId: string) =>
      (await this.positions.holderOf(positionId, employee.id))?.id ?? null;
    let supervisorId = (await this.positions.supervisorOf(employee))?.id ?? null;
    let officialId: string | null = null;
    if (type !== 'UNPAID') {
      const unit = await this.orgUnits.byId(employee.orgUnitId);
      const opdId = unit ? (await this.orgUnits.opd(unit)).id : null;
      const rules = await this.em.find(LeaveAuthority, {
        $or: [{ orgUnitId: opdId }, { orgUnitId: null }],
      });
      const score = (r: { orgUnitId?: string | null; type?: LeaveType | null }) =>
        (r.orgUnitId ? 2 : 0) + (r.type ? 1 : 0);
      const rule = rules
        .filter((r) => (!r.type || r.type === type) && (!r.orgUnitId || r.orgUnitId === opdId))
        .sort((a, b) => score(b) - score(a))[0];
      const officialPosition = rule?.positionId ?? chain.at(-1) ?? null;
      officialId = officialPosition ? await holderOf(officialPosition) : null;
    }
    if (supervisorId !== null && supervisorId === officialId) supervisorId = null;
    return { supervisorId, officialId };
  }
}

/** The approver of the current step (null: BKPSDM, or nothing pending). */
export function approverOf(request: LeaveRequestEntity): string | null {
  if (request.currentStep === 'SUPERVISOR') return request.supervisorId ?? null;
  if (request.currentStep === 'OFFICIAL') return request.officialId ?? null;
  return null;
}
