/** Org unit queries and fields. Public except `employeeCount`. */
import type { Resolvers } from '../../resolvers.generated.js';
import { parseId } from '../../shared/ids.js';

export const orgUnitResolvers: Resolvers = {
  Query: {
    orgUnits: (_parent, { filter }, ctx) => ctx.orgUnits.list(filter),
    orgUnit: (_parent, args, ctx) => ctx.orgUnits.get(args),
  },
  OrgUnit: {
    __resolveReference: (ref, ctx) => {
      const id = parseId(ref.id);
      return id === null ? null : ctx.orgUnits.byId(id);
    },
    id: (unit) => unit.id,
    parent: (unit, _args, ctx) => ctx.orgUnits.parent(unit),
    children: (unit, _args, ctx) => ctx.orgUnits.children(unit),
    opd: (unit, _args, ctx) => ctx.orgUnits.opd(unit),
    employeeCount: (unit, { includeDescendants }, ctx) =>
      ctx.orgUnits.employeeCount(unit, includeDescendants ?? false),
  },
};
