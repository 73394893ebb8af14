import { describe, expect, it } from 'vitest';
import { planSeed, seedId } from './seed.js';
import { DEMO_PERSONAS } from './personas.js';
import { KECAMATAN, kecamatanCode } from './org-structure.js';
import { parseNip } from '../modules/nip/nip.rules.js';
import { checkNikAgainstNip, parseNik } from '../modules/nip/nik.rules.js';
import { golonganSystemOf } from '../modules/employee/employee.rules.js';

describe('planSeed', () => {
  const plan = planSeed();

  it('is deterministic for a seed and differs for another', () => {
    expect(planSeed().people.map((p) => p.draft)).toEqual(plan.people.map((p) => p.draft));
    expect(planSeed({ seed: 7 }).people.map((p) => p.draft.nip)).not.toEqual(
      plan.people.map((p) => p.draft.nip),
    );
  });

  it('gives every unit, position and employee a distinct UUID derived from its stable key', () => {
    const again = planSeed();
    const ids = (p: typeof plan) => [...p.units, ...p.positions, ...p.people].map((x) => x.id);
    expect(ids(again)).toEqual(ids(plan));
    const all = ids(plan);
    for (const id of all)
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(new Set(all).size).toBe(all.length);
    expect(plan.units.find((u) => u.code === 'BKPSDM')!.id).toBe(seedId('orgUnit', 'BKPSDM'));
    const pegawai = DEMO_PERSONAS.find((p) => p.key === 'pegawai')!;
    const row = plan.people.find((p) => p.draft.nip === pegawai.nip)!;
    expect(row.id).toBe(seedId('employee', pegawai.nip));
    // Stable keys, not positions in the list: a smaller seed keeps the ids of the people it shares.
    const small = planSeed({ employees: 20 });
    expect(small.people.find((p) => p.draft.nip === pegawai.nip)!.id).toBe(row.id);
  });

  it('creates 400 employees by default, about 65% PNS and 30% PPPK, a few CPNS and part-time PPPK', () => {
    expect(plan.people).toHaveLength(400);
    const count = (kind: string) => plan.people.filter((p) => p.draft.kind === kind).length;
    expect(count('PNS')).toBeGreaterThanOrEqual(240);
    expect(count('PNS')).toBeLessThanOrEqual(280);
    expect(count('PPPK')).toBe(120);
    expect(count('CPNS')).toBeGreaterThan(0);
    expect(count('PPPK_PART_TIME')).toBeGreaterThan(0);
  });

  it('gives everyone a valid, unique NIP of the right form and a Medan NIK that agrees with it', () => {
    const nips = new Set<string>();
    const niks = new Set<string>();
    for (const { draft } of plan.people) {
      const nip = parseNip(draft.nip);
      expect(nip.problems, draft.nip).toEqual([]);
      expect(nip.kind).toBe(golonganSystemOf(draft.kind));
      expect(nip.birthDate).toBe(draft.birthDate);
      expect(nip.gender).toBe(draft.gender);
      if (nip.kind === 'PNS') expect(draft.appointmentDate.slice(0, 7)).toBe(nip.appointmentMonth);
      const nik = parseNik(draft.nik);
      expect(nik.valid).toBe(true);
      expect(draft.nik.startsWith('1271')).toBe(true);
      expect(checkNikAgainstNip(nik, nip)).toEqual([]);
      nips.add(draft.nip);
      niks.add(draft.nik);
    }
    expect(nips.size).toBe(plan.people.length);
    expect(niks.size).toBe(plan.people.length);
  });

  it('keeps golongan consistent with the kind and the position', () => {
    const byKey = new Map(plan.positions.map((p) => [p.key, p]));
    for (const { draft, positionKey } of plan.people) {
      const position = byKey.get(positionKey)!;
      if (draft.kind === 'PNS' || draft.kind === 'CPNS') {
        expect(draft.pnsGolongan).toMatch(/^(I|II|III|IV)\/[a-e]$/);
        expect(draft.pppkGolongan).toBeNull();
      } else {
        expect(draft.pppkGolongan).toBeGreaterThanOrEqual(1);
        expect(draft.pppkGolongan).toBeLessThanOrEqual(17);
        expect(['FUNGSIONAL', 'PELAKSANA']).toContain(position.kind);
      }
      if (position.kind === 'JPT_PRATAMA') expect(draft.pnsGolongan).toMatch(/^IV\/[b-d]$/);
      if (position.kind === 'ADMINISTRATOR' && draft.nip !== DEMO_PERSONAS[1]!.nip)
        expect(draft.pnsGolongan).toMatch(/^IV\/[ab]$/);
      if (position.kind === 'PELAKSANA' && draft.kind === 'PNS')
        expect(draft.pnsGolongan).toMatch(/^(II\/[a-d]|III\/[ab])$/);
      // Below the retirement age (PP 11/2017 Pasal 239) in the seed's reference year.
      expect(2026 - Number(draft.birthDate.slice(0, 4))).toBeLessThan(60);
    }
  });

  it('puts the personas in their places, with a real reporting chain between pegawai and atasan', () => {
    const byNip = new Map(plan.people.map((p) => [p.draft.nip, p]));
    const byKey = new Map(plan.positions.map((p) => [p.key, p]));
    for (const persona of DEMO_PERSONAS) {
      expect(parseNip(persona.nip).valid).toBe(true);
      expect(byNip.get(persona.nip)?.draft.name).toBe(persona.name);
    }
    const pegawai = byKey.get(byNip.get(DEMO_PERSONAS.find((p) => p.key === 'pegawai')!.nip)!.positionKey)!;
    const atasan = byNip.get(DEMO_PERSONAS.find((p) => p.key === 'atasan')!.nip)!;
    expect(pegawai.reportsTo).toBe(atasan.positionKey);
    expect(pegawai.unit.startsWith('BKPSDM')).toBe(true);
    const other = byNip.get(DEMO_PERSONAS.find((p) => p.key === 'pegawai-lain')!.nip)!;
    expect(byKey.get(other.positionKey)!.unit.startsWith('BKPSDM')).toBe(false);
    expect(DEMO_PERSONAS.find((p) => p.key === 'admin-opd')).toMatchObject({
      roles: ['pegawai', 'admin_opd'],
      opd: 'DINKES',
    });
  });

  it('has the OPD list, the 21 kecamatan and BKPSDM with bidang and subbidang', () => {
    const codes = new Set(plan.units.map((u) => u.code));
    for (const code of [
      'PEMKO',
      'SETDA',
      'SETWAN',
      'INSPEKTORAT',
      'BKPSDM',
      'DINKES',
      'RSUD-PIRNGADI',
      'RSUD-BACHTIAR-DJAFAR',
    ]) {
      expect(codes.has(code), code).toBe(true);
    }
    expect(KECAMATAN).toHaveLength(21);
    for (const k of KECAMATAN) expect(codes.has(kecamatanCode(k))).toBe(true);
    const bkpsdm = plan.units.filter((u) => u.code.startsWith('BKPSDM.'));
    expect(bkpsdm.filter((u) => u.kind === 'BIDANG')).toHaveLength(4);
    expect(bkpsdm.filter((u) => u.kind === 'SUBBIDANG').length).toBeGreaterThanOrEqual(8);
    for (const p of plan.positions) {
      expect(codes.has(p.unit), p.key).toBe(true);
      if (p.reportsTo)
        expect(
          plan.positions.some((q) => q.key === p.reportsTo),
          p.key,
        ).toBe(true);
    }
  });
});
