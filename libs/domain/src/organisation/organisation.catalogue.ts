import { assertNever } from '../shared/decider';
import { notFound } from '../shared/errors';
import { optionalText, requireId, requireOneOf, requireText } from '../shared/guards';
import { requireProcess } from '../program/program.catalogue';
import { COURSE_AUDIENCES } from '../program/program.instruments';
import type { CatalogueCommand } from './organisation.commands';
import type { OrganisationEvent } from './organisation.events';
import { effectiveOf, requireNotBefore, requireUnusedId } from './organisation.rules';
import type { OrganisationState } from './organisation.state';

const TITLE_MAX = 200;
const DESCRIPTION_MAX = 4000;

/** Job profiles and courses: what person facts refer to. */
export function decideCatalogue(command: CatalogueCommand, state: OrganisationState): readonly OrganisationEvent[] {
  switch (command.type) {
    case 'DefineJobProfile': {
      const jobProfileId = requireId('jobProfileId', command.data.jobProfileId);
      requireUnusedId(state, 'JobProfileDefined', 'jobProfileId', jobProfileId);
      const title = requireText('title', command.data.title, TITLE_MAX);
      return [{ type: 'JobProfileDefined', data: { jobProfileId, title, description: optionalText('description', command.data.description, DESCRIPTION_MAX) } }];
    }
    case 'ReviseJobProfile': {
      const jobProfileId = requireId('jobProfileId', command.data.jobProfileId);
      const defined = effectiveOf(state, 'JobProfileDefined').find((f) => f.event.data.jobProfileId === jobProfileId);
      if (!defined) throw notFound('jobProfileId', `Job profile '${jobProfileId}' is not defined`);
      requireNotBefore(defined, command.occurredAt);
      const title = requireText('title', command.data.title, TITLE_MAX);
      return [{ type: 'JobProfileRevised', data: { jobProfileId, title, description: optionalText('description', command.data.description, DESCRIPTION_MAX) } }];
    }
    case 'DefineCourse': {
      const courseId = requireId('courseId', command.data.courseId);
      requireUnusedId(state, 'CourseDefined', 'courseId', courseId);
      const title = requireText('title', command.data.title, TITLE_MAX);
      const processId = requireProcess('processId', command.data.processId);
      const audience = requireOneOf('audience', command.data.audience, COURSE_AUDIENCES);
      return [{ type: 'CourseDefined', data: { courseId, title, processId, audience } }];
    }
    default:
      return assertNever(command);
  }
}
