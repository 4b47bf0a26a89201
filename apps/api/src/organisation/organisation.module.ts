import { Module } from '@nestjs/common';
import { GetOrganisationHandler } from './organisation.queries';
import { OrganisationChanges } from './organisation.changes';
import { OrganisationResolver } from './organisation.resolver';

@Module({ providers: [OrganisationResolver, GetOrganisationHandler, OrganisationChanges] })
export class OrganisationModule {}
