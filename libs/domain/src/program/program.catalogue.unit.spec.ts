import { PROCESS_IDS, PROCESSES, requirePractice, requireProcess } from './program.catalogue';

describe('the program catalogue', () => {
  it('lists the seven processes in program order', () =>
    expect(PROCESS_IDS).toEqual(['true-north', 'life-purpose', 'alignment', 'leadership', 'service-excellence', 'service-model', 'emotional-connection']));
  it('has stable kebab-case practice ids, unique across processes', () => {
    const practices = PROCESS_IDS.flatMap((id) => [...PROCESSES[id].practices]);
    practices.forEach((id) => expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/));
    expect(new Set(practices).size).toBe(practices.length);
  });
  it('labels every process in es, en and pt', () => PROCESS_IDS.forEach((id) => expect(Object.keys(PROCESSES[id].label).sort()).toEqual(['en', 'es', 'pt'])));
  it('rejects unknown processes and practices of another process', () => {
    expect(requirePractice('practiceId', requireProcess('processId', 'true-north'), 'mission')).toBe('mission');
    expect(() => requireProcess('processId', 'toString')).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'processId' }));
    expect(() => requirePractice('practiceId', 'leadership', 'mission')).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'practiceId' }));
  });
});
