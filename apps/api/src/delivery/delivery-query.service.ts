import { Injectable } from '@nestjs/common';
import { type DeliveryArea, type Municipality, type ServiceDelivery } from '@linja/db';

import { type Actor } from '../auth/actor';
import { BadUserInputError } from '../common/errors/domain-error';
import { type Connection } from '../common/pagination/connection.model';
import { cursorPart, toPageRequest } from '../common/pagination/cursor';
import { paginateLoaded } from '../common/pagination/in-memory';
import { type Loaders } from '../loaders/loaders';
import { assertMunicipalityCode } from '../region/utils/region-code.util';
import { type ServiceParent } from '../service-offering/service-offering.mapper';
import { type ServiceDeliveriesArgs } from './dto/delivery.inputs';
import { type ServiceDeliveryParent, toServiceDeliveryParent } from './delivery.mapper';
import { isDeliveryVisible } from './utils/delivery-access.util';

type Place = Pick<Municipality, 'code' | 'wellbeingAreaCode' | 'regionCode'>;

function servesPlace(
  delivery: ServiceDelivery,
  areas: readonly DeliveryArea[],
  place: Place,
): boolean {
  return (
    delivery.isNationwide ||
    delivery.isRemote ||
    areas.some(
      (area) =>
        area.municipalityCode === place.code ||
        area.wellbeingAreaCode === place.wellbeingAreaCode ||
        area.regionCode === place.regionCode,
    )
  );
}

/**
 * Reading deliveries. Everything goes through the request's DataLoaders, so listing the deliveries of
 * a page of services costs the same few queries whatever the page size.
 */
@Injectable()
export class DeliveryQueryService {
  /** A service's deliveries the actor may see, optionally only those serving one municipality. */
  async listForService(
    actor: Actor,
    service: ServiceParent,
    args: ServiceDeliveriesArgs,
    loaders: Loaders,
  ): Promise<Connection<ServiceDeliveryParent>> {
    toPageRequest(args, [cursorPart.text]); // refuse bad paging before loading anything
    const [rows, place] = await Promise.all([
      loaders.deliveriesByServiceId.load(service.id),
      this.placeOf(args.municipalityCode, loaders),
    ]);
    const visible = rows.filter((row) => isDeliveryVisible(actor, service, row));
    const serving = place ? await this.servingPlace(visible, place, loaders) : visible;
    return paginateLoaded(serving, args, toServiceDeliveryParent);
  }

  private async placeOf(
    code: string | null | undefined,
    loaders: Loaders,
  ): Promise<Place | undefined> {
    if (code === null || code === undefined) return undefined;
    assertMunicipalityCode('municipalityCode', code);
    const row = await loaders.municipalityByCode.load(code);
    if (!row)
      throw new BadUserInputError('municipalityCode', `Unknown municipality code "${code}".`);
    return row;
  }

  private async servingPlace(
    deliveries: readonly ServiceDelivery[],
    place: Place,
    loaders: Loaders,
  ): Promise<ServiceDelivery[]> {
    const areaLists = await loaders.areasByDeliveryId.loadMany(deliveries.map((row) => row.id));
    return deliveries.filter((delivery, index) => {
      const areas = areaLists[index];
      if (areas instanceof Error) throw areas;
      return servesPlace(delivery, areas ?? [], place);
    });
  }
}
