/** GraphQL resolvers of training: thin, each one call into `TrainingService`. */
import type { Resolvers } from '../../resolvers.generated.js';

export const trainingResolvers = {
  Query: {
    trainingRecord: (_parent, { id }, ctx) => ctx.training.byId(id),
  },
  Mutation: {
    recordTraining: (_parent, { input }, ctx) =>
      ctx.training.record({ ...input, evidenceUrl: input.evidenceUrl ?? null }),
  },
  TrainingRecord: {
    __resolveReference: (ref, ctx) => ctx.training.byId(ref.id),
    employee: (record) => ({ id: record.employeeId }),
  },
} satisfies Resolvers;
