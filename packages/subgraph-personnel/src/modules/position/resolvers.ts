/** Position fields (positions are reached through employees and federation references). */
import type { Resolvers } from '../../resolvers.generated.js';
import { parseId } from '../../shared/ids.js';

export const positionResolvers: Resolvers = {
  Position: {
    __resolveReference: (ref, ctx) => {
      const id = parseId(ref.id);
      return id === null ? null : ctx.positions.byId(id);
    },
    id: (position) => position.id,
    orgUnit: async (position, _args, ctx) => {
      const unit = await ctx.orgUnits.byId(position.orgUnitId);
      if (!unit) throw new Error(`position ${position.id} without org unit ${position.orgUnitId}`);
      return unit;
    },
    reportsTo: (position, _args, ctx) => ctx.positions.reportsTo(position),
    holders: (position, _args, ctx) => ctx.positions.holders(position),
  },
};
