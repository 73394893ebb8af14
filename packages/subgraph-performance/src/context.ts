/** The per-request context: the verified caller, one EntityManager fork, fresh loaders, services. */
import type { Identity } from '@asn-kit/server-kit';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { createTrainingLoaders, type TrainingLoaders } from './modules/training/training.loaders.js';
import { TrainingService } from './modules/training/training.service.js';

export interface Context {
  /** The caller as verified from the gateway's signature; null for an anonymous caller. */
  identity: Identity | null;
  em: EntityManager;
  loaders: TrainingLoaders;
  training: TrainingService;
}

/** Builds the context of one GraphQL operation (never shares an EntityManager between requests). */
export function createContext(orm: MikroORM, identity: Identity | null): Context {
  const em = orm.em.fork();
  const loaders = createTrainingLoaders(em);
  return { identity, em, loaders, training: new TrainingService(em, identity, loaders) };
}
