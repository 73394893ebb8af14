/**
 * The Employee stub: personnel owns employees, this subgraph adds their training. A reference
 * resolves to its key alone; the fields go through the request's loaders, so a page of
 * employees costs one query per field.
 */
import type { Resolvers } from '../../resolvers.generated.js';

export const employeeResolvers = {
  Employee: {
    __resolveReference: (ref) => ({ id: ref.id }),
    trainingHours: (employee, { year }, ctx) => ctx.training.hoursOf(employee.id, year),
    trainingRecords: (employee, { year }, ctx) => ctx.training.recordsOf(employee.id, year ?? null),
    performance: (employee, { year }, ctx) => ctx.skp.performance(employee.id, year),
    promotionEligibility: (employee, { asOf }, ctx) => ctx.skp.promotion(employee.id, asOf),
  },
} satisfies Resolvers;
