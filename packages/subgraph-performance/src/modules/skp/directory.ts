/**
 * What this subgraph learns from personnel, through its internal (`@inaccessible`) directory:
 * who an employee's atasan is, their OPD, and the members of an org unit. Asked over HTTP on
 * behalf of the caller (signed like the gateway signs), memoized per request.
 */
import { callSubgraph, type Identity } from '@asn-kit/server-kit';

/** An employee as the directory describes them. */
export interface DirectoryEntry {
  id: string;
  nip: string;
  kind: 'PNS' | 'CPNS' | 'PPPK' | 'PPPK_PART_TIME';
  status: string;
  orgUnitId: string;
  opdId: string | null;
  opdCode: string | null;
  supervisorId: string | null;
  supervisorOfSupervisorId: string | null;
  positionKind: string | null;
  rankSince: string | null;
}

/** The directory as the services use it. */
export interface Directory {
  byId(id: string): Promise<DirectoryEntry | null>;
  byNip(nip: string): Promise<DirectoryEntry | null>;
  memberIds(orgUnitId: string, includeDescendants: boolean): Promise<string[]>;
}

const FIELDS =
  'id nip kind status orgUnitId opdId opdCode supervisorId supervisorOfSupervisorId positionKind rankSince';

/** Where personnel answers, and the secret requests are signed with. */
export interface DirectoryConfig {
  personnelUrl: string;
  signingSecret: string;
}

/** A per-request directory over HTTP for `identity`. */
export function httpDirectory(config: DirectoryConfig, identity: Identity | null): Directory {
  const cache = new Map<string, Promise<unknown>>();
  const memo = <T>(key: string, load: () => Promise<T>): Promise<T> => {
    let hit = cache.get(key) as Promise<T> | undefined;
    if (!hit) {
      hit = load();
      cache.set(key, hit);
    }
    return hit;
  };
  const call = <T>(query: string, variables: Record<string, unknown>) =>
    callSubgraph<T>(config.personnelUrl, query, variables, identity, config.signingSecret);
  const entry = (key: 'ids' | 'nips', value: string) =>
    memo(`${key}:${value}`, async () => {
      const data = await call<{ employeeDirectory: DirectoryEntry[] }>(
        `query($ids: [ID!], $nips: [String!]) { employeeDirectory(ids: $ids, nips: $nips) { ${FIELDS} } }`,
        { [key]: [value] },
      );
      return data.employeeDirectory[0] ?? null;
    });
  return {
    byId: (id) => entry('ids', id),
    byNip: (nip) => entry('nips', nip),
    memberIds: (orgUnitId, includeDescendants) =>
      memo(`members:${orgUnitId}:${includeDescendants}`, async () => {
        const data = await call<{ orgUnitMemberIds: string[] }>(
          `query($id: ID!, $d: Boolean!) { orgUnitMemberIds(orgUnitId: $id, includeDescendants: $d) }`,
          { id: orgUnitId, d: includeDescendants },
        );
        return data.orgUnitMemberIds;
      }),
  };
}
