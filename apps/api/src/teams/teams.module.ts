import { Module } from '@nestjs/common';
import { ActivitiesResolver } from './activities.resolver';
import { OutcomesResolver } from './outcomes.resolver';
import { RoadmapResolver } from './roadmap.resolver';

/** Mutations on a team's stream: roadmap, activities, outcome instruments, corrections. */
@Module({ providers: [RoadmapResolver, ActivitiesResolver, OutcomesResolver] })
export class TeamsModule {}
