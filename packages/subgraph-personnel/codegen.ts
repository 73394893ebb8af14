/**
 * Resolver types for the personnel subgraph, generated from its SDL in `@asn-kit/schema`, with
 * mappers to our MikroORM entity types. Output is git-ignored: run `npm run codegen`.
 */
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: '../schema/personnel/*.graphql',
  generates: {
    'src/resolvers.generated.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        federation: true,
        useTypeImports: true,
        enumsAsTypes: true,
        contextType: './context.js#Context',
        scalars: { Date: 'string', DateTime: 'Date | string', ID: 'string' },
        mappers: {
          Employee: './modules/employee/employee.entity.js#EmployeeEntity',
          EmployeeConnection: './modules/employee/employee.service.js#EmployeeConnectionModel',
          OrgUnit: './modules/org-unit/org-unit.entity.js#OrgUnitEntity',
          Position: './modules/position/position.entity.js#PositionEntity',
          LeaveRequest: './modules/leave/leave.entity.js#LeaveRequestEntity',
          LeaveDecisionRecord: './modules/leave/leave.entity.js#LeaveDecisionEntity',
          LeaveDelegation: './modules/leave/leave.entity.js#LeaveDelegationEntity',
          LeaveAuthorityRule: './modules/leave/leave.entity.js#LeaveAuthorityEntity',
          LeaveBalance: './modules/leave/leave-balance.service.js#LeaveBalanceModel',
          LeaveEligibility: './modules/leave/leave.service.js#EligibilityModel',
          LeavePermit: './modules/leave/leave.permit.js#LeavePermitModel',
          LeaveOverlap: './modules/leave/leave.entity.js#LeaveRequestEntity',
          DirectoryEntry: './modules/directory/directory.js#DirectoryEntryModel',
          CalendarYear: './modules/calendar/calendar.service.js#CalendarYearModel',
          CollectiveLeaveCompensation: './modules/leave/leave.entity.js#LeaveCompensationEntity',
        },
      },
    },
  },
};

export default config;
