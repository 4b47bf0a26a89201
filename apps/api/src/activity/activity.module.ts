import { Module } from '@nestjs/common';
import { GetPersonAuditTrailHandler, GetStreamAuditTrailHandler } from './audit.queries';
import { AuditResolver } from './audit.resolver';
import { EventLog } from './event-log';
import { GetActivityFeedHandler } from './feed.queries';
import { FeedResolver } from './feed.resolver';
import { GetTeamOutcomesHandler, GetUnitOutcomesHandler } from './outcomes.queries';
import { OutcomesQueriesResolver } from './outcomes.resolver';
import { GetPeopleHandler } from './people.queries';
import { PeopleDirectoryResolver } from './people.resolver';
import { GetRoadmapAttentionHandler, GetTeamRoadmapHandler } from './roadmap.queries';
import { RoadmapBoardResolver } from './roadmap.resolver';

/** Read models beside maturity: roadmap, activity feed, audit trail, people directory, outcome instruments. */
@Module({
  providers: [
    EventLog,
    RoadmapBoardResolver,
    GetTeamRoadmapHandler,
    GetRoadmapAttentionHandler,
    FeedResolver,
    GetActivityFeedHandler,
    AuditResolver,
    GetStreamAuditTrailHandler,
    GetPersonAuditTrailHandler,
    PeopleDirectoryResolver,
    GetPeopleHandler,
    OutcomesQueriesResolver,
    GetTeamOutcomesHandler,
    GetUnitOutcomesHandler,
  ],
})
export class ActivityModule {}
