import { Injectable } from '@nestjs/common';
import { on } from 'node:events';
import { EventEmitter } from 'node:events';
import { organisationProjection } from '@norte/projections';
import { ReadModels } from '../platform/read-models';
import type { OrganisationChange } from './dto/organisation.types';

const ORGANISATION_EVENTS = new Set(organisationProjection.canHandle);

/** Live organisation changes, published once the read models include them (so a refetch sees them). */
@Injectable()
export class OrganisationChanges {
  private readonly emitter = new EventEmitter();

  constructor(readModels: ReadModels) {
    this.emitter.setMaxListeners(0);
    readModels.onApplied((event) => {
      if (ORGANISATION_EVENTS.has(event.type)) this.emitter.emit('change', { position: event.position, eventType: event.type });
    });
  }

  async *stream(): AsyncGenerator<{ organisationChanged: OrganisationChange }> {
    for await (const [change] of on(this.emitter, 'change')) {
      yield { organisationChanged: change as OrganisationChange };
    }
  }
}
