/**
 * The maximum length of every text input of the graph (issue 12, hole 4): each `String` or `ID`
 * argument and input-object field of each subgraph, keyed by its schema coordinate —
 * `Input.field` for an input-object field, `Type.field(argument)` for an argument.
 *
 * One place per subgraph, used by everything that states or enforces a maximum:
 * - each subgraph enforces them for every operation (`textLimitsPlugin` of server-kit);
 * - the SDL description of each field says "At most N characters." with the same N, and every
 *   text input has one (test/text-limits.test.ts);
 * - no maximum exceeds the database column that stores the value (each subgraph's
 *   text-limits test reads the columns after its migrations);
 * - the widgets' `maxlength` (packages/widgets/src/limits.ts, compared by a widgets test);
 * - the table in README.md (`npm run compose` writes it).
 *
 * Counting: Unicode code points after trimming leading and trailing whitespace
 * (`String.prototype.trim`), the trimming the services apply before they store text.
 *
 * Pure data, no imports: the widgets' tests load it in the browser.
 */

/** Maxima in characters, by schema coordinate. */
export type TextLimits = Readonly<Record<string, number>>;

/** Ids are UUIDs (36 characters); room for another opaque form, nothing more. */
const ID = 64;
/** A NIP or NI PPPK (18 digits) or a NIK (16), as typed: with spaces or separators. */
const NIP = 32;
/** A person's name without titles (Perka BKN 22/2007 records names, not their length). */
const NAME = 150;
/** Free text someone writes for a reader: a reason, a note, a decision. */
const NOTE = 1000;
/** Free text that describes a plan or an evaluation (RHK, indicators, feedback). */
const DESCRIPTION = 2000;
const ADDRESS = 300;
const PHONE = 32;
const SEARCH = 100;
/** A URL: at most the evidence columns (`varchar(2000)`). */
const URL = 2000;

/** The personnel subgraph. */
export const personnelTextLimits: TextLimits = {
  // calendar
  'Query.workWeek(employeeId)': ID,
  'Query.workingDays(employeeId)': ID,
  'Mutation.setWorkWeek(orgUnitId)': ID,
  /** calendar_day.name varchar(255); a holiday's name, e.g. "Cuti Bersama Hari Raya Idul Fitri 1447 Hijriah". */
  'CalendarDayInput.name': NAME,
  'CompensationInput.employeeId': ID,
  // directory (internal)
  'Query.employeeDirectory(ids)': ID,
  'Query.employeeDirectory(nips)': NIP,
  'Query.orgUnitMemberIds(orgUnitId)': ID,
  // employee
  'Query.employee(id)': ID,
  'Query.employee(nip)': NIP,
  /** An opaque cursor this subgraph gave out (base64url of a sort key). */
  'Query.employees(after)': 200,
  'EmployeeFilter.orgUnitId': ID,
  /** `III/a`, `IX` or `9`, possibly spaced (`III / a`); stored normalised (varchar(5) or a number). */
  'EmployeeFilter.golongan': 16,
  'EmployeeFilter.search': SEARCH,
  /** Normalised to 18 digits before it is stored (varchar(18)). */
  'CreateEmployeeInput.nip': NIP,
  'CreateEmployeeInput.name': NAME,
  /** employee.front_title varchar(64). */
  'CreateEmployeeInput.frontTitle': 64,
  /** employee.back_title varchar(128). */
  'CreateEmployeeInput.backTitle': 128,
  /** employee.birth_place varchar(128): a city or regency name. */
  'CreateEmployeeInput.birthPlace': 100,
  /** Normalised to 16 digits before it is stored (varchar(16)). */
  'CreateEmployeeInput.nik': NIP,
  'CreateEmployeeInput.golongan': 16,
  'CreateEmployeeInput.positionId': ID,
  'CreateEmployeeInput.orgUnitId': ID,
  'CreateEmployeeInput.homeAddress': ADDRESS,
  /** employee.phone varchar(32). */
  'CreateEmployeeInput.phone': PHONE,
  // leave
  'Query.leaveRequest(id)': ID,
  'Query.leaveBalance(employeeId)': ID,
  'LeaveEligibilityInput.employeeId': ID,
  'LeaveStatisticsFilter.orgUnitId': ID,
  'SubmitLeaveRequestInput.reason': NOTE,
  'SubmitLeaveRequestInput.addressDuringLeave': ADDRESS,
  /** leave_request.phone_during_leave varchar(32). */
  'SubmitLeaveRequestInput.phoneDuringLeave': PHONE,
  'DecideLeaveRequestInput.requestId': ID,
  'DecideLeaveRequestInput.note': NOTE,
  'Mutation.cancelLeaveRequest(requestId)': ID,
  'ImportLeaveHistoryInput.employeeId': ID,
  'RecordPastLeaveInput.employeeId': ID,
  'DelegateLeaveApprovalInput.approverId': ID,
  'DelegateLeaveApprovalInput.delegateId': ID,
  'SetLeaveAuthorityInput.orgUnitId': ID,
  'SetLeaveAuthorityInput.positionId': ID,
  // nip
  'Query.nipInfo(nip)': NIP,
  // org units
  'Query.orgUnit(id)': ID,
  /** org_unit.code varchar(64), e.g. `KEC-MEDAN-BARU`. */
  'Query.orgUnit(code)': 64,
  'OrgUnitFilter.parentId': ID,
  'OrgUnitFilter.search': SEARCH,
};

/** The performance subgraph. */
export const performanceTextLimits: TextLimits = {
  // skp
  'Query.skp(id)': ID,
  'Query.promotionEligibility(employeeId)': ID,
  'Query.distributionCheck(orgUnitId)': ID,
  'Query.organizationPredikat(orgUnitId)': ID,
  'Query.predikatDistribution(orgUnitId)': ID,
  'Query.trainingCompliance(orgUnitId)': ID,
  'Mutation.setOrganizationPredikat(orgUnitId)': ID,
  'Mutation.agreeSkp(skpId)': ID,
  'Mutation.giveBehaviorFeedback(skpId)': ID,
  'Mutation.acknowledgeSkp(skpId)': ID,
  'Mutation.objectSkp(skpId)': ID,
  'Mutation.objectSkp(reason)': NOTE,
  'Mutation.decideSkpObjection(skpId)': ID,
  'Mutation.decideSkpObjection(decision)': NOTE,
  'CreateSkpInput.employeeId': ID,
  'AddWorkResultInput.skpId': ID,
  'AddWorkResultInput.description': DESCRIPTION,
  'AddWorkResultInput.parentWorkResultId': ID,
  'AddIndicatorInput.workResultId': ID,
  'AddIndicatorInput.description': DESCRIPTION,
  /** indicator.unit varchar(64), e.g. `berkas`, `persen`. */
  'AddIndicatorInput.unit': 64,
  'BehaviorNoteInput.note': NOTE,
  'EvaluateSkpInput.skpId': ID,
  /** evaluation.period varchar(7): `YYYY`, `YYYY-Qn`, `YYYY-Sn` or `YYYY-MM`. */
  'EvaluateSkpInput.period': 7,
  'EvaluateSkpInput.feedback': DESCRIPTION,
  'RecordRealizationInput.indicatorId': ID,
  /** indicator.evidence_url varchar(2000). */
  'RecordRealizationInput.evidenceUrl': URL,
  // training
  'Query.trainingRecord(id)': ID,
  'RecordTrainingInput.employeeId': ID,
  /** training_record.title varchar(300). */
  'RecordTrainingInput.title': 300,
  /** training_record.organizer varchar(200). */
  'RecordTrainingInput.organizer': 200,
  /** training_record.evidence_url varchar(2000). */
  'RecordTrainingInput.evidenceUrl': URL,
};

/** Both subgraphs' maxima, by subgraph name. */
export const TEXT_LIMITS: Readonly<Record<'personnel' | 'performance', TextLimits>> = {
  personnel: personnelTextLimits,
  performance: performanceTextLimits,
};
