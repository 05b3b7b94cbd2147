import { describe, expectTypeOf, it } from 'vitest';
import type * as z from 'zod';
import type { HonourCode } from '../catalogue/codes.js';
import type {
  CollectiveMembers,
  CollectiveRecord,
  CollectiveYear,
  Discipline,
  HonourReceived,
  IndividualRecord,
  IndividualYear,
  Initiative,
  InitiativeKind,
  LocalRecord,
  PeriodKind,
  Rating,
  Scope,
  TdktRecord,
} from '../core/records.js';
import type { RegimeId } from '../law/regimes.js';
import type { RegimeIdSchema } from './options.js';
import type {
  CollectiveMembersSchema,
  CollectiveRecordSchema,
  CollectiveYearSchema,
  DisciplineSchema,
  HonourCodeSchema,
  HonourReceivedSchema,
  IndividualRecordSchema,
  IndividualYearSchema,
  InitiativeKindSchema,
  InitiativeSchema,
  LocalRecordSchema,
  PeriodKindSchema,
  RatingSchema,
  ScopeSchema,
  TdktRecordSchema,
} from './records.js';
import type { CriterionSpecData as CriterionSpec, CriterionSpecSchema } from './scoring.js';

// Type-level contract: z.infer (output) and z.input of each record schema are exactly the core
// types of src/core/records.ts (under exactOptionalPropertyTypes). `tsc` checks these.
describe('schema types equal the core record types', () => {
  it('enums', () => {
    expectTypeOf<z.infer<typeof RatingSchema>>().toEqualTypeOf<Rating>();
    expectTypeOf<z.input<typeof RatingSchema>>().toEqualTypeOf<Rating>();
    expectTypeOf<z.infer<typeof DisciplineSchema>>().toEqualTypeOf<Discipline>();
    expectTypeOf<z.infer<typeof ScopeSchema>>().toEqualTypeOf<Scope>();
    expectTypeOf<z.infer<typeof InitiativeKindSchema>>().toEqualTypeOf<InitiativeKind>();
    expectTypeOf<z.infer<typeof PeriodKindSchema>>().toEqualTypeOf<PeriodKind>();
    expectTypeOf<z.infer<typeof HonourCodeSchema>>().toEqualTypeOf<HonourCode>();
    expectTypeOf<z.infer<typeof RegimeIdSchema>>().toEqualTypeOf<RegimeId>();
  });

  it('records and their parts', () => {
    expectTypeOf<z.infer<typeof InitiativeSchema>>().toEqualTypeOf<Initiative>();
    expectTypeOf<z.input<typeof InitiativeSchema>>().toEqualTypeOf<Initiative>();
    expectTypeOf<z.infer<typeof HonourReceivedSchema>>().toEqualTypeOf<HonourReceived>();
    expectTypeOf<z.input<typeof HonourReceivedSchema>>().toEqualTypeOf<HonourReceived>();
    expectTypeOf<z.infer<typeof IndividualYearSchema>>().toEqualTypeOf<IndividualYear>();
    expectTypeOf<z.input<typeof IndividualYearSchema>>().toEqualTypeOf<IndividualYear>();
    expectTypeOf<z.infer<typeof IndividualRecordSchema>>().toEqualTypeOf<IndividualRecord>();
    expectTypeOf<z.input<typeof IndividualRecordSchema>>().toEqualTypeOf<IndividualRecord>();
    expectTypeOf<z.infer<typeof CollectiveMembersSchema>>().toEqualTypeOf<CollectiveMembers>();
    expectTypeOf<z.input<typeof CollectiveMembersSchema>>().toEqualTypeOf<CollectiveMembers>();
    expectTypeOf<z.infer<typeof CollectiveYearSchema>>().toEqualTypeOf<CollectiveYear>();
    expectTypeOf<z.input<typeof CollectiveYearSchema>>().toEqualTypeOf<CollectiveYear>();
    expectTypeOf<z.infer<typeof CollectiveRecordSchema>>().toEqualTypeOf<CollectiveRecord>();
    expectTypeOf<z.input<typeof CollectiveRecordSchema>>().toEqualTypeOf<CollectiveRecord>();
    expectTypeOf<z.infer<typeof LocalRecordSchema>>().toEqualTypeOf<LocalRecord>();
    expectTypeOf<z.input<typeof LocalRecordSchema>>().toEqualTypeOf<LocalRecord>();
    expectTypeOf<z.infer<typeof TdktRecordSchema>>().toEqualTypeOf<TdktRecord>();
    expectTypeOf<z.input<typeof TdktRecordSchema>>().toEqualTypeOf<TdktRecord>();
  });

  it('options and specs: see function-types.test.ts (they follow the functions)', () => {
    expectTypeOf<z.infer<typeof CriterionSpecSchema>>().toEqualTypeOf<CriterionSpec>();
    expectTypeOf<z.input<typeof CriterionSpecSchema>>().toEqualTypeOf<CriterionSpec>();
  });
});
