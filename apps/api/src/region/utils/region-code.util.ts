import { BadUserInputError } from '../../common/errors/domain-error';

/** Statistics Finland codes are zero-padded digit strings: municipalities 3 digits, areas and regions 2. */
const MUNICIPALITY_CODE = /^\d{3}$/;
const AREA_CODE = /^\d{2}$/;

/** Refuses anything but a 3-digit municipality code, as BAD_USER_INPUT naming `field`. */
export function assertMunicipalityCode(field: string, value: string): void {
  if (!MUNICIPALITY_CODE.test(value)) {
    throw new BadUserInputError(field, `${field} must be a 3-digit municipality code, e.g. "091".`);
  }
}

/** Refuses anything but a 2-digit wellbeing area or region code, as BAD_USER_INPUT naming `field`. */
export function assertAreaCode(field: string, value: string): void {
  if (!AREA_CODE.test(value)) {
    throw new BadUserInputError(field, `${field} must be a 2-digit code, e.g. "09".`);
  }
}
