import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Identity } from '@asn-kit/server-kit';
import { needsChain, privateAccess } from './employee.access.js';

const [kabid, kepala, own, elsewhere] = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
const target = { nip: '199403122019032001', opdCode: 'BKPSDM', chainPositionIds: [kabid, kepala] };
const who = (over: Partial<Identity>): Identity => ({
  sub: 's',
  nip: null,
  roles: ['pegawai'],
  opd: null,
  ...over,
});

describe('privateAccess', () => {
  it('refuses an anonymous caller as UNAUTHENTICATED', () => {
    expect(privateAccess({ identity: null, viewerPositionId: null, target })).toEqual({
      allowed: false,
      code: 'UNAUTHENTICATED',
    });
  });

  it('lets the employee, the atasan chain, the OPD admin and BKPSDM admins see', () => {
    expect(
      privateAccess({ identity: who({ nip: '19940312 201903 2 001' }), viewerPositionId: own, target }),
    ).toMatchObject({ as: 'self' });
    expect(
      privateAccess({ identity: who({ nip: '197808172003121002' }), viewerPositionId: kabid, target }),
    ).toMatchObject({ as: 'atasan' });
    expect(
      privateAccess({ identity: who({ nip: '1', roles: ['pegawai'] }), viewerPositionId: kepala, target }),
    ).toMatchObject({ as: 'atasan' });
    expect(
      privateAccess({
        identity: who({ roles: ['admin_opd'], opd: 'BKPSDM' }),
        viewerPositionId: null,
        target,
      }),
    ).toMatchObject({ as: 'admin_opd' });
    expect(
      privateAccess({ identity: who({ roles: ['admin_bkpsdm'] }), viewerPositionId: null, target }),
    ).toMatchObject({ as: 'admin_bkpsdm' });
  });

  it('refuses colleagues, subordinates, other OPD admins and analysts as FORBIDDEN', () => {
    const forbidden = { allowed: false, code: 'FORBIDDEN' };
    expect(privateAccess({ identity: who({ nip: '2' }), viewerPositionId: elsewhere, target })).toEqual(
      forbidden,
    );
    expect(
      privateAccess({
        identity: who({ roles: ['admin_opd'], opd: 'DINKES' }),
        viewerPositionId: null,
        target,
      }),
    ).toEqual(forbidden);
    expect(privateAccess({ identity: who({ roles: ['analis'] }), viewerPositionId: null, target })).toEqual(
      forbidden,
    );
    expect(
      privateAccess({ identity: who({ roles: ['admin_opd'], opd: null }), viewerPositionId: null, target }),
    ).toEqual(forbidden);
  });

  it('asks for the reporting chain only when roles and self do not decide', () => {
    expect(needsChain(null, target)).toBe(false);
    expect(needsChain(who({ roles: ['admin_bkpsdm'] }), target)).toBe(false);
    expect(needsChain(who({ nip: target.nip }), target)).toBe(false);
    expect(needsChain(who({ nip: '197808172003121002' }), target)).toBe(true);
    expect(needsChain(who({ nip: null, roles: ['analis'] }), target)).toBe(false);
  });
});
