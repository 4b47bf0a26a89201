import { Module } from '@nestjs/common';
import { CatalogueResolver } from './catalogue.resolver';
import { CorrectionsResolver } from './corrections.resolver';
import { ServiceModelResolver } from './service-model.resolver';
import { TrueNorthResolver } from './true-north.resolver';
import { UnitsResolver } from './units.resolver';

/** Organisation-level mutations beyond registration: the unit tree, true north, service model, catalogue, corrections. */
@Module({ providers: [UnitsResolver, TrueNorthResolver, ServiceModelResolver, CatalogueResolver, CorrectionsResolver] })
export class CatalogueModule {}
