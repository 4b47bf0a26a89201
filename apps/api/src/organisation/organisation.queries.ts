import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { ORGANISATION_ID } from '@norte/domain';
import type { OrganisationView } from '@norte/projections';
import { ReadModels } from '../platform/read-models';
import type { Organisation } from './dto/organisation.types';
import type { UnitKindInput } from './dto/organisation.inputs';

export class GetOrganisation extends Query<Organisation | null> {
  constructor(readonly minPosition?: bigint) {
    super();
  }
}

@QueryHandler(GetOrganisation)
export class GetOrganisationHandler implements IQueryHandler<GetOrganisation, Organisation | null> {
  constructor(private readonly readModels: ReadModels) {}

  async execute({ minPosition }: GetOrganisation): Promise<Organisation | null> {
    await this.readModels.atLeast(minPosition);
    const view = this.readModels.get<OrganisationView>('organisation');
    if (!view.registered) return null;
    return {
      id: ORGANISATION_ID,
      name: view.name,
      locale: view.locale,
      timeZone: view.timeZone,
      mission: view.mission,
      vision: view.vision,
      units: Object.values(view.units).map((u) => ({ ...u, kind: u.kind as UnitKindInput })),
      position: this.readModels.position,
    };
  }
}
