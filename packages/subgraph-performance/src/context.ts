/** The per-request context: the verified caller, one EntityManager fork, fresh loaders, services. */
import type { Identity } from '@asn-kit/server-kit';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { createTrainingLoaders, type TrainingLoaders } from './modules/training/training.loaders.js';
import { TrainingService } from './modules/training/training.service.js';
import { httpDirectory, type Directory, type DirectoryConfig } from './modules/skp/directory.js';
import { SkpService } from './modules/skp/skp.service.js';

export interface Context {
  /** The caller as verified from the gateway's signature; null for an anonymous caller. */
  identity: Identity | null;
  em: EntityManager;
  loaders: TrainingLoaders;
  training: TrainingService;
  skp: SkpService;
}

/** Where this subgraph finds personnel's directory (none: SKP operations refuse to run). */
export interface ContextOptions {
  directory?: DirectoryConfig;
}

/** A directory that answers nothing, when personnel is not configured. */
const noDirectory: Directory = {
  byId: async () => {
    throw new Error('PERSONNEL_URL is not configured: the SKP module needs the personnel directory');
  },
  byNip: async () => null,
  memberIds: async () => {
    throw new Error('PERSONNEL_URL is not configured: the SKP module needs the personnel directory');
  },
};

/** Builds the context of one GraphQL operation (never shares an EntityManager between requests). */
export function createContext(
  orm: MikroORM,
  identity: Identity | null,
  options: ContextOptions = {},
): Context {
  const em = orm.em.fork();
  const loaders = createTrainingLoaders(em);
  const training = new TrainingService(em, identity, loaders);
  const directory = options.directory ? httpDirectory(options.directory, identity) : noDirectory;
  const hoursOf = async (ids: readonly string[], year: number) => {
    const sums = await loaders.hoursByEmployeeYear.loadMany(ids.map((employeeId) => ({ employeeId, year })));
    return new Map(ids.map((id, i) => [id, typeof sums[i] === 'number' ? (sums[i] as number) : 0]));
  };
  return { identity, em, loaders, training, skp: new SkpService(em, identity, directory, hoursOf) };
}
