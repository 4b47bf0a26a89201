import { command, deciderSpec } from '@norte/testing';
import type { OrganisationCommand as C } from './organisation.commands';
import { organisationDecider } from './organisation.decide';
import { on, profileDefined, registered } from './organisation.fixtures.spec';

const spec = deciderSpec(organisationDecider);

describe('job profiles and courses', () => {
  it('defines a job profile', () =>
    spec.given([registered]).when(command<C>('DefineJobProfile', { jobProfileId: 'jp1', title: 'Advisor', description: 'Serves walk-in customers' })).then([
      { type: 'JobProfileDefined', data: { jobProfileId: 'jp1', title: 'Advisor', description: 'Serves walk-in customers' } },
    ]));
  it('rejects a profile id already used and a title over 200 characters', () => {
    spec.given([registered, profileDefined()]).when(command<C>('DefineJobProfile', { jobProfileId: 'jp1', title: 'X', description: null })).thenThrows({ code: 'CONFLICT', field: 'jobProfileId', facts: ['profile-jp1'] });
    spec.given([registered]).when(command<C>('DefineJobProfile', { jobProfileId: 'jp1', title: 'x'.repeat(201), description: null })).thenThrows({ code: 'BAD_USER_INPUT', field: 'title' });
  });
  it('revises a defined profile', () =>
    spec.given([registered, profileDefined()]).when(command<C>('ReviseJobProfile', { jobProfileId: 'jp1', title: 'Senior advisor', description: null })).then([
      { type: 'JobProfileRevised', data: { jobProfileId: 'jp1', title: 'Senior advisor', description: null } },
    ]));
  it('rejects revising an unknown profile, or before it was defined', () => {
    spec.given([registered]).when(command<C>('ReviseJobProfile', { jobProfileId: 'jp1', title: 'X', description: null })).thenThrows({ code: 'NOT_FOUND', field: 'jobProfileId' });
    spec.given([registered, profileDefined('jp1', '03-01')]).when(command<C>('ReviseJobProfile', { jobProfileId: 'jp1', title: 'X', description: null }, { occurredAt: on('02-01') })).thenThrows({ code: 'CONFLICT', field: 'occurredAt', facts: ['profile-jp1'] });
  });
  it('defines a course for a process and an audience', () =>
    spec.given([registered]).when(command<C>('DefineCourse', { courseId: 'c1', title: 'Serving with excellence', processId: 'service-excellence', audience: 'front-line' })).then([
      { type: 'CourseDefined', data: { courseId: 'c1', title: 'Serving with excellence', processId: 'service-excellence', audience: 'front-line' } },
    ]));
  it('rejects a course for an unknown process or audience', () => {
    spec.given([registered]).when(command<C>('DefineCourse', { courseId: 'c1', title: 'X', processId: 'P5', audience: 'front-line' })).thenThrows({ code: 'BAD_USER_INPUT', field: 'processId' });
    spec.given([registered]).when(command<C>('DefineCourse', { courseId: 'c1', title: 'X', processId: 'service-excellence', audience: 'everyone' })).thenThrows({ code: 'BAD_USER_INPUT', field: 'audience' });
  });
});
