/** `Query.nipInfo`: public decoding of a NIP / NI PPPK. */
import type { Resolvers } from '../../resolvers.generated.js';
import { parseNip } from './nip.rules.js';

export const nipResolvers: Resolvers = {
  Query: {
    nipInfo: (_parent, { nip }) => parseNip(nip),
  },
};
