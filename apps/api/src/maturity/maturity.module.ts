import { Module } from '@nestjs/common';
import { LevelsCsvController } from './levels-csv.controller';
import {
  GetMaturityHeatmapHandler,
  GetMaturityLevelsCsvHandler,
  GetMaturityModelsHandler,
  GetMaturityTrendHandler,
  GetTeamMaturityHandler,
} from './maturity.queries';
import { MaturityResolver } from './maturity.resolver';
import { MaturityWarmUp } from './maturity.warm-up';

/** Maturity levels with explanations, heatmaps, trends, model versions and the levels export. */
@Module({
  controllers: [LevelsCsvController],
  providers: [
    MaturityResolver,
    GetTeamMaturityHandler,
    GetMaturityHeatmapHandler,
    GetMaturityTrendHandler,
    GetMaturityModelsHandler,
    GetMaturityLevelsCsvHandler,
    MaturityWarmUp,
  ],
})
export class MaturityModule {}
