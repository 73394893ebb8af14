/** Employee queries, the registration mutation and the Employee fields (private ones via the service). */
import type { Resolvers } from '../../resolvers.generated.js';
import { formatNip } from '../nip/nip.rules.js';
import { composeFullName, formatGolongan, pangkatOf } from './employee.rules.js';

export const employeeResolvers: Resolvers = {
  Query: {
    me: (_parent, _args, ctx) => ctx.employees.me(),
    employee: (_parent, args, ctx) => ctx.employees.get(args),
    employees: (_parent, { filter, first, after }, ctx) => ctx.employees.list(filter, first, after),
  },
  Mutation: {
    createEmployee: (_parent, { input }, ctx) => ctx.employees.create(input),
  },
  Employee: {
    __resolveReference: (ref, ctx) => ctx.employees.reference(ref.id),
    id: (e) => e.id,
    nipFormatted: (e) => formatNip(e.nip),
    fullName: (e) => composeFullName(e.name, e.frontTitle, e.backTitle),
    golongan: (e) => formatGolongan(e.pnsGolongan, e.pppkGolongan),
    pangkat: (e) => pangkatOf(e.pnsGolongan),
    position: (e, _args, ctx) => (e.positionId ? ctx.positions.byId(e.positionId) : null),
    orgUnit: async (e, _args, ctx) => {
      const unit = await ctx.orgUnits.byId(e.orgUnitId);
      if (!unit) throw new Error(`employee ${e.id} without org unit ${e.orgUnitId}`);
      return unit;
    },
    viewerCanSeePrivate: (e, _args, ctx) => ctx.employees.viewerCanSeePrivate(e),
    birthDate: (e, _args, ctx) => ctx.employees.privateField(e, 'birthDate'),
    birthPlace: (e, _args, ctx) => ctx.employees.privateField(e, 'birthPlace'),
    nik: (e, _args, ctx) => ctx.employees.privateField(e, 'nik'),
    homeAddress: (e, _args, ctx) => ctx.employees.privateField(e, 'homeAddress'),
    phone: (e, _args, ctx) => ctx.employees.privateField(e, 'phone'),
  },
};
