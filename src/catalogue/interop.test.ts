import { describe, expect, it } from 'vitest';
import { TdktError } from '../core/errors.js';
import {
  type ExternalHonourMapping,
  type ExternalValueMapping,
  getHonour,
  isHonourCode,
  listExternalMappings,
  listInteropSystems,
  mapExternalCode,
  mapExternalValue,
} from './index.js';

function code(e: unknown): string {
  if (e instanceof TdktError) return e.code;
  throw e;
}

describe('mapExternalCode', () => {
  it('maps the 12 LPPM title ids', () => {
    const expected: Record<string, string> = {
      '1647933380': 'CSTDCS',
      '1647933381': 'CSTDTQ',
      '1647508703': 'CSTD_BO_TINH',
      '1647933042': 'LDTT',
      '1647933054': 'CSTT',
      '1647933079': 'CO_CP',
      '1647933114': 'CO_BO_TINH',
      '1647933151': 'TTLDXS',
      '1647933178': 'DVQT',
      '1647933198': 'TTLDTT',
      '1647933213': 'DVTT',
      '1647933227': 'GDVH',
    };
    for (const [id, c] of Object.entries(expected)) {
      expect(mapExternalCode('lppm-title', id)?.code, id).toBe(c);
    }
    expect(listExternalMappings('lppm-title')).toHaveLength(12);
    expect(mapExternalCode('lppm-title', 1647933380)?.code).toBe('CSTDCS');
    // award forms are not seeded in LPPM: the hard-coded Bằng khen id is unknown, map by name
    expect(mapExternalCode('lppm-title', '1671247716')).toBeUndefined();
    expect(mapExternalCode('lppm-title', '1647508703')?.label).toBe(
      'Chiến sĩ thi đua cấp Bộ, ngành, tỉnh, đoàn thể trung ương',
    );
  });

  it('maps QLKT CSTDTQ (toàn quân) to CSTD_BO_TINH issued by the Ministry of Defence', () => {
    const m = mapExternalCode('qlkt', 'CSTDTQ');
    expect(m?.code).toBe('CSTD_BO_TINH');
    expect(m?.code).not.toBe('CSTDTQ');
    expect(m?.issuer).toBe('Bộ Quốc phòng');
    expect(m?.note?.vi).toContain('toàn quân');
    expect(m?.note?.en).toContain('army-wide');
  });

  it('maps the rest of the QLKT vocabulary, ĐVQT/ĐVTT with or without U+0110', () => {
    expect(mapExternalCode('qlkt', 'CSTDCS')?.code).toBe('CSTDCS');
    expect(mapExternalCode('qlkt', 'CSTT')?.code).toBe('CSTT');
    expect(mapExternalCode('qlkt', 'BKBQP')).toMatchObject({
      code: 'BK_BO_TINH',
      issuer: 'Bộ Quốc phòng',
    });
    expect(mapExternalCode('qlkt', 'BKTTCP')?.code).toBe('BK_TTG');
    expect(mapExternalCode('qlkt', '\u0110VQT')?.code).toBe('DVQT');
    expect(mapExternalCode('qlkt', 'DVQT')?.code).toBe('DVQT');
    expect(mapExternalCode('qlkt', 'ĐVQT'.normalize('NFD'))?.code).toBe('DVQT');
    expect(mapExternalCode('qlkt', '\u00D0VQT')?.code).toBe('DVQT'); // Icelandic Eth look-alike
    expect(mapExternalCode('qlkt', 'ĐVTT')?.code).toBe('DVTT');
    expect(mapExternalCode('qlkt', ' đvtt ')?.code).toBe('DVTT');
    expect(mapExternalCode('qlkt', 'ĐVQT')?.external).toBe('\u0110VQT');
    expect(mapExternalCode('qlkt', 'HCCSVV_HANG_BA')?.code).toBe('HUY_CHUONG_CSVV3');
    expect(mapExternalCode('qlkt', 'HCCSVV_HANG_NHI')?.code).toBe('HUY_CHUONG_CSVV2');
    expect(mapExternalCode('qlkt', 'HCCSVV_HANG_NHAT')?.code).toBe('HUY_CHUONG_CSVV1');
    expect(mapExternalCode('qlkt', 'HCBVTQ_HANG_BA')?.code).toBe('HCBVTQ3');
    expect(mapExternalCode('qlkt', 'HCBVTQ_HANG_NHI')?.code).toBe('HCBVTQ2');
    expect(mapExternalCode('qlkt', 'HCBVTQ_HANG_NHAT')?.code).toBe('HCBVTQ1');
    expect(mapExternalCode('qlkt', 'HC_QKQT')?.code).toBe('HUY_CHUONG_QKQT');
    expect(mapExternalCode('qlkt', 'KNC_VSNXD_QDNDVN')).toMatchObject({
      code: 'KY_NIEM_CHUONG',
      issuer: 'Bộ Quốc phòng',
      name: 'Kỷ niệm chương Vì sự nghiệp xây dựng Quân đội nhân dân Việt Nam',
    });
    expect(mapExternalCode('qlkt', 'CSTDTQ2')).toBeUndefined();
  });

  it('maps the BVTN ordered enums with their ranks', () => {
    const emulation = listExternalMappings('bvtn-emulation') as readonly ExternalHonourMapping[];
    expect(emulation.map((m) => [m.external, m.code, m.rank])).toEqual([
      ['CO_SO', 'CSTDCS', 1],
      ['THANH_PHO', 'CSTD_BO_TINH', 2],
      ['BO', 'CSTD_BO_TINH', 3],
      ['TOAN_QUOC', 'CSTDTQ', 4],
    ]);
    expect(mapExternalCode('bvtn-emulation', 'THANH_PHO')?.issuer).toBe('UBND thành phố');
    expect(mapExternalCode('bvtn-certificate', 'THU_TUONG')?.code).toBe('BK_TTG');
    expect(mapExternalCode('bvtn-certificate', 'BO')?.code).toBe('BK_BO_TINH');
    expect(mapExternalCode('bvtn-medal', 'HANG_BA')?.code).toBe('HCLD3');
    expect(mapExternalCode('bvtn-medal', 'HANG_HAI')?.code).toBe('HCLD2');
    expect(mapExternalCode('bvtn-medal', 'HANG_NHAT')?.code).toBe('HCLD1');
    expect(mapExternalCode('bvtn-medal', 'HANG_NHAT')?.rank).toBe(3);
  });

  it('maps the QĐHV titles and the university HR ids', () => {
    expect(mapExternalCode('qdhv-title', 'CHIEN_SI_THI_DUA')?.code).toBe('CSTDCS');
    expect(mapExternalCode('qdhv-title', 'CHIEN_SI_TIEN_TIEN')?.code).toBe('CSTT');
    expect(mapExternalCode('qdhv-title', 'DON_VI_QUYET_THANG')?.code).toBe('DVQT');
    expect(mapExternalCode('qdhv-title', 'DON_VI_TIEN_TIEN')?.code).toBe('DVTT');
    expect(mapExternalCode('hr-university', '01')?.code).toBe('HC_SAO_VANG');
    expect(mapExternalCode('hr-university', '50')?.code).toBe('CO_BO_TINH');
    expect(mapExternalCode('hr-university', '45')).toBeUndefined();
    expect(mapExternalCode('hr-university', 1)).toBeUndefined(); // ids are strings: '01'
  });

  it('throws UNKNOWN_SYSTEM for an unknown system or a value vocabulary', () => {
    for (const s of ['lppm', 'QLKT', '', 'lppm-level', undefined, 3, {}]) {
      let c = '';
      try {
        mapExternalCode(s as never, 'X');
      } catch (e) {
        c = code(e);
      }
      expect(c, String(s)).toBe('UNKNOWN_SYSTEM');
    }
  });

  it('throws INVALID_INPUT for a code that is not a string or a non-negative integer', () => {
    for (const v of [undefined, null, -1, 1.5, Number.NaN, {}, ['CSTT'], true]) {
      let c = '';
      try {
        mapExternalCode('qlkt', v as never);
      } catch (e) {
        c = code(e);
      }
      expect(c, String(v)).toBe('INVALID_INPUT');
    }
  });
});

describe('mapExternalValue', () => {
  it('maps LPPM enums', () => {
    expect(mapExternalValue('lppm-award-class', 'DANHHIEUTD')?.values).toEqual(['emulation-title']);
    expect(mapExternalValue('lppm-award-class', 'DANHHIEUNN')?.values).toEqual([
      'state-honorary-title',
    ]);
    expect(mapExternalValue('lppm-award-class', 'GIAYKHEN')?.values).toEqual([
      'certificate-of-commendation',
    ]);
    expect(mapExternalValue('lppm-object-kind', 'HOGIADINH')?.values).toEqual(['household']);
    expect(mapExternalValue('lppm-level', 'SBN')?.values).toEqual(['department']);
    expect(mapExternalValue('lppm-level', 'H')?.validTo).toBe('2025-06-30');
    expect(mapExternalValue('lppm-level', 'X')?.values).toEqual(['commune']);
    expect(mapExternalValue('lppm-movement-kind', 'CHUYENDE')?.values).toEqual([
      'thematic',
      'regular',
    ]);
    expect(mapExternalValue('lppm-movement-kind', 'NAMNAM')?.values).toEqual(['stage']);
  });

  it('maps ratings and research levels in order', () => {
    expect(mapExternalValue('qdhv-rating', 'Hoàn thành xuất sắc nhiệm vụ')?.values).toEqual([
      'HTXSNV',
    ]);
    expect(mapExternalValue('qdhv-rating', 'hoàn thành tốt nhiệm vụ')?.values).toEqual(['HTTNV']);
    expect(mapExternalValue('qdhv-rating', 'Hoàn thành nhiệm vụ')?.values).toEqual(['HTNV']);
    expect(
      mapExternalValue('qdhv-rating', 'Không hoàn thành nhiệm vụ'.normalize('NFD'))?.values,
    ).toEqual(['KHTNV']);
    const tasks = listExternalMappings('bvtn-task-completion') as readonly ExternalValueMapping[];
    expect(tasks.map((m) => m.values[0])).toEqual(['KHTNV', 'HTNV', 'HTTNV', 'HTXSNV']);
    expect(mapExternalValue('bvtn-research', 'TRUONG_DAI_HOC')?.values).toEqual(['co-so']);
    expect(mapExternalValue('bvtn-research', 'NHA_NUOC')?.values).toEqual(['toan-quoc']);
  });

  it('maps the MISA-style enums, "Both" to two values', () => {
    expect(mapExternalValue('misa-apply-object', 'Both')?.values).toEqual([
      'individual',
      'collective',
    ]);
    expect(mapExternalValue('misa-commendation-level', 'ProvinceLevel')?.values).toEqual([
      'ministry-province',
    ]);
    expect(mapExternalValue('misa-movement-type', 'Batched')?.values).toEqual(['campaign']);
  });

  it('throws UNKNOWN_SYSTEM for an honour vocabulary', () => {
    expect(() => mapExternalValue('qlkt' as never, 'CSTT')).toThrow(/UNKNOWN_SYSTEM/);
  });
});

describe('listInteropSystems / listExternalMappings', () => {
  it('lists every system once, frozen, with valid mappings', () => {
    const systems = listInteropSystems();
    expect(Object.isFrozen(systems)).toBe(true);
    expect(new Set(systems.map((s) => s.id)).size).toBe(systems.length);
    expect(systems.filter((s) => s.kind === 'honour').map((s) => s.id)).toEqual([
      'lppm-title',
      'qlkt',
      'bvtn-emulation',
      'bvtn-certificate',
      'bvtn-medal',
      'qdhv-title',
      'hr-university',
    ]);
    for (const s of systems) {
      expect(Object.isFrozen(s)).toBe(true);
      const list = listExternalMappings(s.id);
      expect(list.length).toBeGreaterThan(0);
      expect(s.ordered).toBe(list.some((m) => m.rank !== undefined));
      for (const m of list) {
        expect(Object.isFrozen(m)).toBe(true);
        if (s.kind === 'honour') {
          const h = m as ExternalHonourMapping;
          expect(isHonourCode(h.code)).toBe(true);
          expect(getHonour(h.code).code).toBe(h.code);
          // the mapping round-trips through its own external code
          expect(mapExternalCode(s.id as never, h.external)).toBe(m);
        } else {
          expect(mapExternalValue(s.id as never, m.external)).toBe(m);
        }
      }
    }
    expect(() => listExternalMappings('nope' as never)).toThrow(TdktError);
  });
});
