import { DomainError } from '../common/errors/domain-error';

/** The region feature's entities, named in NOT_FOUND errors (`extensions.entity`). */
export enum RegionEntity {
  MUNICIPALITY = 'Municipality',
  WELLBEING_AREA = 'WellbeingArea',
  REGION = 'Region',
}

/** A well-formed code that names no municipality / wellbeing area / region. */
export class RegionNotFoundError extends DomainError {
  constructor(entity: RegionEntity, code: string) {
    super('NOT_FOUND', `${entity} ${code} does not exist.`, { entity });
  }
}
