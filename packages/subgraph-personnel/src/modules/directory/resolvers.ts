/** The internal directory (hidden from the public graph). */
import type { Resolvers } from '../../resolvers.generated.js';

export const directoryResolvers: Resolvers = {
  Query: {
    employeeDirectory: (_parent, { ids, nips }, ctx) => ctx.directory.entries(ids, nips),
    orgUnitMemberIds: (_parent, { orgUnitId, includeDescendants }, ctx) =>
      ctx.directory.memberIds(orgUnitId, includeDescendants),
  },
};
