// Optional body fields come in two kinds, and class-validator's IsOptional() (which lets null through to a
// NOT NULL column) is neither: a field that always has a value may be left out, but not sent as null.
import { ValidateIf } from 'class-validator';

/** May be left out, but not sent as null: the field always has a value. */
export const OptionalNotNull = () => ValidateIf((_dto, value) => value !== undefined);

/** May be left out, or sent as null to clear it (document it with `nullable: true`). */
export const OptionalNullable = () => ValidateIf((_dto, value) => value !== undefined && value !== null);
