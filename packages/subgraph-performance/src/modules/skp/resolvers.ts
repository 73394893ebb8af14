/** SKP queries, mutations and fields. Thin: the service authorizes and decides. */
import type { Resolvers } from '../../resolvers.generated.js';

const employee = (id: string | null | undefined) => (id ? { id } : null);

export const skpResolvers = {
  Query: {
    skp: (_p, { id }, ctx) => ctx.skp.get(id),
    skpsToRate: (_p, { year }, ctx) => ctx.skp.toRate(year),
    promotionEligibility: (_p, { employeeId, asOf }, ctx) => ctx.skp.promotion(employeeId, asOf),
    distributionCheck: (_p, { orgUnitId, year, organizationPredikat }, ctx) =>
      ctx.skp.distributionCheck(orgUnitId, year, organizationPredikat),
    predikatDistribution: (_p, { orgUnitId, year, includeDescendants }, ctx) =>
      ctx.skp.predikatDistribution(orgUnitId, year, includeDescendants ?? true),
    organizationPredikat: (_p, { orgUnitId, year }, ctx) => ctx.skp.organizationPredikat(orgUnitId, year),
    trainingCompliance: async (_p, { orgUnitId, year, includeDescendants }, ctx) => {
      const result = await ctx.skp.trainingCompliance(orgUnitId, year, includeDescendants ?? true);
      return { ...result, short: result.short.map((r) => ({ ...r, employee: { id: r.employeeId } })) };
    },
  },
  Mutation: {
    setOrganizationPredikat: (_p, { orgUnitId, year, predikat }, ctx) =>
      ctx.skp.setOrganizationPredikat(orgUnitId, year, predikat),
    createSkp: (_p, { input }, ctx) => ctx.skp.create(input),
    addWorkResult: (_p, { input }, ctx) => ctx.skp.addWorkResult(input),
    addIndicator: (_p, { input }, ctx) => ctx.skp.addIndicator(input),
    agreeSkp: (_p, { skpId }, ctx) => ctx.skp.agree(skpId),
    recordRealization: (_p, { input }, ctx) => ctx.skp.recordRealization(input),
    evaluateSkp: (_p, { input }, ctx) => ctx.skp.evaluate(input),
    giveBehaviorFeedback: (_p, { skpId, rating }, ctx) => ctx.skp.giveFeedback(skpId, rating),
    acknowledgeSkp: (_p, { skpId }, ctx) => ctx.skp.acknowledge(skpId),
    objectSkp: (_p, { skpId, reason }, ctx) => ctx.skp.object(skpId, reason),
    decideSkpObjection: (_p, args, ctx) => ctx.skp.decideObjection(args),
  },
  Skp: {
    __resolveReference: (ref, ctx) => ctx.skp.get(ref.id),
    employee: (s) => ({ id: s.employeeId }),
    rater: (s) => employee(s.raterId),
    raterSuperior: (s) => employee(s.raterSuperiorId),
    workResults: (s, _a, ctx) => ctx.skp.workResults(s),
    evaluations: (s, _a, ctx) => ctx.skp.evaluations(s),
    annualEvaluation: (s, _a, ctx) => ctx.skp.annualEvaluation(s),
    peerFeedback: (s, _a, ctx) => ctx.skp.peerFeedback(s),
  },
  WorkResult: {
    parentWorkResult: (w, _a, ctx) => ctx.skp.parentWorkResult(w),
    indicators: (w, _a, ctx) => ctx.skp.indicators(w),
  },
  Indicator: {
    // Realisation against target, in percent (PermenPANRB 6/2022 monitoring).
    progress: (i) =>
      i.realization == null ? null : Math.round((Number(i.realization) / Number(i.target)) * 1000) / 10,
  },
  EmployeePerformance: {
    creditPoints: (perf, { annualCoefficient }, ctx) =>
      ctx.skp.creditPointsOf(perf.predikat ?? null, annualCoefficient),
  },
  SkpEvaluation: {
    evaluatedBy: (e) => ({ id: e.evaluatorId }),
    distributionWarnings: (e, _a, ctx) => ctx.skp.distributionWarnings(e),
  },
} satisfies Resolvers;
